package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.List;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.RelatedRole;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.FrameworkPathway;
import org.frameworkportal.render.Views.LateralMove;
import org.frameworkportal.render.Views.PageMeta;
import org.frameworkportal.render.Views.PathwaysView;

/** Every framework's pathway, and for each role the closest role in another profession. */
final class PathwaysPage extends PageKind<String> {

  PathwaysPage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return List.of(pages.paths.pathways());
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  Shown show(String path, Reads reads) {
    List<FrameworkPathway> pictures =
        reads.frameworks().stream()
            .map(
                framework ->
                    new FrameworkPathway(
                        framework, PathwayPicture.of(framework, reads.routes(framework.id()))))
            .toList();
    List<LateralMove> moves = new ArrayList<>();
    for (RoleFace role : reads.rolesAtoZ()) {
      FrameworkDetails framework = reads.framework(role.frameworkId());
      for (RelatedRole related : reads.related(role.fullId(), true, 1)) {
        moves.add(new LateralMove(role, framework, related));
      }
    }
    PageMeta meta =
        new PageMeta(
            "pathways.ftlh",
            path,
            "Career pathways",
            "Every role of every framework by grade, the progressions between them, and the"
                + " closest roles in other professions.",
            "page",
            Pages.markers(),
            List.of(pages.homeCrumb()));
    List<FrameworkDetails> frameworks = reads.frameworks();
    GradeTable byGrade =
        GradeTable.of(
            frameworks,
            frameworks.stream().map(framework -> reads.roleFaces(framework.id())).toList());
    return new Shown(meta, new PathwaysView(pictures, moves, byGrade));
  }
}
