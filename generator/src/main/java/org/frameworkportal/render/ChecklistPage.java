package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.List;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.PageMeta;

/** A printable checklist of everything a role needs at one level, to tick and keep. */
final class ChecklistPage extends PageKind<ChecklistPage.RoleLevel> {

  /** One checklist: a role at a level. */
  record RoleLevel(RoleFace role, String level) {}

  ChecklistPage(Pages pages) {
    super(pages);
  }

  @Override
  public List<RoleLevel> subjects(Reads reads) {
    List<RoleLevel> checklists = new ArrayList<>();
    for (FrameworkDetails framework : reads.frameworks()) {
      for (RoleFace role : reads.roleFaces(framework.id())) {
        framework.levels().forEach(level -> checklists.add(new RoleLevel(role, level.id())));
      }
    }
    return checklists;
  }

  @Override
  public String path(RoleLevel checklist) {
    return pages.paths.checklist(checklist.role(), checklist.level());
  }

  @Override
  Shown show(RoleLevel checklist, Reads reads) {
    Role role = reads.role(checklist.role().fullId());
    FrameworkDetails framework = reads.framework(role.frameworkId());
    LevelDefinition level =
        framework.levels().stream()
            .filter(definition -> definition.id().equals(checklist.level()))
            .findFirst()
            .orElseThrow();
    PageMeta meta =
        new PageMeta(
            "checklist.ftlh",
            path(checklist),
            role.title() + ": level " + level.id() + " checklist",
            "Everything "
                + role.title()
                + " needs at level "
                + level.id()
                + " ("
                + level.name()
                + "), to tick and print.",
            "checklist",
            Pages.markers(
                "framework", role.frameworkId(), "role", role.fullId(), "level", level.id()),
            ComparePage.roleCrumbs(pages, framework, role));
    return new Shown(
        meta,
        Checklist.of(
            role,
            framework,
            reads.site().categories(),
            level,
            reads.statementIds(role.fullId()),
            reads.moves(role.fullId())));
  }
}
