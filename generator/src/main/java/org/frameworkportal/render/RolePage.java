package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.Progression;
import org.frameworkportal.link.RoleFace;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.CategoryView;
import org.frameworkportal.render.Views.LevelView;
import org.frameworkportal.render.Views.PageMeta;
import org.frameworkportal.render.Views.RoleView;

/** A role's page: what it needs at each level, where it leads, its skills and closest roles. */
final class RolePage extends PageKind<RoleFace> {
  /** How many suggested moves a role page lists: the first three in full, the rest folded. */
  static final int MOVES_LISTED = 8;

  RolePage(Pages pages) {
    super(pages);
  }

  /** Every role of every framework, in framework order. */
  static List<RoleFace> allRoles(Reads reads) {
    List<RoleFace> roles = new ArrayList<>();
    reads.frameworks().forEach(framework -> roles.addAll(reads.roleFaces(framework.id())));
    return roles;
  }

  @Override
  public List<RoleFace> subjects(Reads reads) {
    return allRoles(reads);
  }

  @Override
  public String path(RoleFace role) {
    return pages.paths.role(role);
  }

  @Override
  Shown show(RoleFace subject, Reads reads) {
    Role role = reads.role(subject.fullId());
    FrameworkDetails framework = reads.framework(role.frameworkId());
    List<String> categories = reads.site().categories();
    Map<Item, List<Skill>> skills = reads.statementSkills(role.fullId());
    Set<Skill> skillsBefore = new HashSet<>();
    List<String> earlier = new ArrayList<>();
    List<LevelView> levels = new ArrayList<>();
    for (LevelDefinition definition : framework.levels()) {
      Level level = LevelComparison.level(role, definition);
      LevelSummary summary =
          LevelSummary.of(level, categories, List.copyOf(earlier), skills, skillsBefore);
      levels.add(
          levelView(categories, definition, level, reads.statementIds(role.fullId()), summary));
      earlier.add(definition.id());
    }
    boolean toBeConfirmed = levels.stream().allMatch(LevelView::empty);
    List<Progression> next = reads.next(role.fullId());
    PageMeta meta =
        new PageMeta(
            "role.ftlh",
            path(subject),
            role.title(),
            role.summary(),
            "role",
            Pages.markers("framework", framework.id(), "role", role.fullId()),
            List.of(pages.homeCrumb(), pages.frameworkCrumb(framework)));
    RoleView view =
        new RoleView(
            role,
            framework,
            Dates.display(framework.published()),
            reads.team(role.fullId()),
            levels,
            next,
            next.stream().filter(step -> !step.suggested()).map(Progression::role).toList(),
            next.stream().filter(Progression::suggested).map(Progression::role).toList(),
            role.next().stream()
                .map(Ref::provisional)
                .filter(why -> why != null)
                .findFirst()
                .orElse(null),
            reads.previous(role.fullId()),
            reads.skillsOf(role.fullId()),
            toBeConfirmed,
            reads.related(role.fullId(), true, MOVES_LISTED),
            reads.related(role.fullId(), false, MOVES_LISTED),
            Dates.display(reads.updated(role.fullId())));
    return new Shown(meta, view);
  }

  private static LevelView levelView(
      List<String> categories,
      LevelDefinition definition,
      Level level,
      Map<Item, String> ids,
      LevelSummary summary) {
    List<CategoryView> views = new ArrayList<>();
    for (String category : categories) {
      views.add(
          new CategoryView(
              category,
              Pages.categoryName(category),
              Pages.groups(level.requirements().getOrDefault(category, List.of()), ids),
              level.evidence().getOrDefault(category, List.of()),
              Pages.ids(level.evidence().getOrDefault(category, List.of()), ids)));
    }
    String intro = level.intro() != null ? level.intro() : definition.intro();
    return new LevelView(
        definition,
        Pages.levelAnchor(definition.id()),
        intro,
        level.sectorFramework(),
        views,
        level.development(),
        level.isEmpty(),
        summary);
  }
}
