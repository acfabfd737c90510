package org.frameworkportal.render;

import java.util.List;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.model.Role;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.PageMeta;
import org.frameworkportal.render.Views.Transition;

/** A role's levels side by side, and what changes on the way to each next role. */
final class ComparePage extends PageKind<RoleFace> {

  ComparePage(Pages pages) {
    super(pages);
  }

  @Override
  public List<RoleFace> subjects(Reads reads) {
    return RolePage.allRoles(reads);
  }

  @Override
  public String path(RoleFace role) {
    return pages.paths.compare(role);
  }

  @Override
  Shown show(RoleFace subject, Reads reads) {
    Role role = reads.role(subject.fullId());
    FrameworkDetails framework = reads.framework(role.frameworkId());
    LevelComparison.Side from =
        new LevelComparison.Side(role, framework, reads.statementSkills(role.fullId()));
    List<Transition> transitions =
        reads.nextInFull(role.fullId()).stream()
            .map(
                next ->
                    LevelComparison.transition(
                        from,
                        new LevelComparison.Side(
                            next,
                            reads.framework(next.frameworkId()),
                            reads.statementSkills(next.fullId()))))
            .toList();
    PageMeta meta =
        new PageMeta(
            "compare.ftlh",
            path(subject),
            "Compare the levels: " + role.title(),
            "What each level of "
                + role.title()
                + " adds, and what changes on the way to the next role.",
            "compare",
            Pages.markers("framework", role.frameworkId(), "role", role.fullId()),
            roleCrumbs(pages, framework, role));
    return new Shown(
        meta,
        LevelComparison.of(
            role,
            framework,
            reads.site().categories(),
            reads.statementIds(role.fullId()),
            transitions));
  }

  /** Home, the role's framework, the role: the trail above a role's compare and checklist pages. */
  static List<Views.Crumb> roleCrumbs(Pages pages, FrameworkDetails framework, Role role) {
    return List.of(
        pages.homeCrumb(),
        pages.frameworkCrumb(framework),
        new Views.Crumb(role.title(), pages.paths.role(role)));
  }
}
