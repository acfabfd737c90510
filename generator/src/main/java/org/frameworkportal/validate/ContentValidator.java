package org.frameworkportal.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.Suggestions;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.Team;
import org.frameworkportal.shape.Ids;
import org.jspecify.annotations.Nullable;

/** Checks that need the whole model: ids, references between files, and the order of roles. */
public final class ContentValidator {
  /** Deeper than any council's structure, and shallow enough for a page to show. */
  static final int MAX_TEAM_DEPTH = 8;

  private final Content content;
  private final Problems problems = new Problems();
  private final Set<String> skillIds;
  private final Map<String, Framework> frameworks = new HashMap<>();
  private final Set<String> roleFiles;

  private ContentValidator(Content content, Set<String> roleFiles) {
    this.content = content;
    this.roleFiles = roleFiles;
    this.skillIds = content.skills().stream().map(Skill::id).collect(Collectors.toSet());
    content.frameworks().forEach(f -> frameworks.put(f.id(), f));
  }

  /** Checks a content model whose role files are all readable. */
  public static List<Problem> validate(Content content) {
    return validate(content, Set.of());
  }

  /**
   * Checks what could be loaded. {@code roleFilesOnDisk} names role files that exist even if they
   * could not be read, so that a reference to one is not also reported as dangling.
   */
  public static List<Problem> validate(Content content, Set<String> roleFilesOnDisk) {
    ContentValidator validator = new ContentValidator(content, roleFilesOnDisk);
    validator.checkSite();
    content.frameworks().forEach(validator::checkFramework);
    validator.problems.addAll(SkillChecks.check(content.skills()));
    validator.problems.addAll(GlossaryChecks.check(content.glossary()));
    validator.problems.addAll(EntryChecks.check(content.frameworks()));
    content.profiles().forEach(validator::checkProfile);
    return validator.problems.sorted();
  }

  private void checkSite() {
    checkLevels(content.site().levels());
  }

  /**
   * Level ids become file names in lower case (checklist-a.html): "a" and "A" would be one file.
   */
  private void checkLevels(List<LevelDefinition> levels) {
    Map<String, LevelDefinition> seen = new HashMap<>();
    for (LevelDefinition level : levels) {
      if (isBlank(level.id())) {
        continue;
      }
      LevelDefinition before = seen.putIfAbsent(level.id().toLowerCase(Locale.ROOT), level);
      if (before == null) {
        continue;
      }
      if (before.id().equals(level.id())) {
        problems.add(
            level.at(),
            "level '" + Problem.shortened(level.id()) + "' is defined twice",
            "give each level its own id");
      } else {
        problems.add(
            level.at(),
            "levels '"
                + before.id()
                + "' and '"
                + level.id()
                + "' differ only in capital "
                + "letters, so their checklists would be the same file",
            "give each level its own id");
      }
    }
  }

  private void checkFramework(Framework framework) {
    checkLevels(framework.levels());
    Set<String> teamIds = new HashSet<>();
    for (Team team : framework.teams()) {
      if (!isBlank(team.id()) && !teamIds.add(team.id())) {
        problems.add(
            team.at(),
            "team '" + Problem.shortened(team.id()) + "' is listed twice",
            "give each team its own id");
      }
    }
    for (Team team : framework.teams()) {
      if (team.partOf() != null) {
        known(team.partOf(), teamIds, "team");
      }
    }
    checkTeamNesting(framework.teams());
    Set<String> roleFiles =
        framework.roles().stream().map(Role::id).collect(Collectors.toCollection(HashSet::new));
    this.roleFiles.stream()
        .filter(id -> id.startsWith(framework.id() + "/"))
        .forEach(id -> roleFiles.add(id.substring(framework.id().length() + 1)));
    Set<String> listed = new HashSet<>();
    for (Ref ref : framework.roleOrder()) {
      if (!listed.add(ref.id())) {
        problems.add(
            ref.at(),
            "role '" + Problem.shortened(ref.id()) + "' is listed twice in 'roles'",
            "list each role once");
      } else if (!roleFiles.contains(ref.id())) {
        problems.add(
            ref.at(),
            "role '"
                + Problem.shortened(ref.id())
                + "' is listed in 'roles' but there is no "
                + "file roles/"
                + Problem.shortened(ref.id())
                + ".yaml",
            suggest(ref.id(), roleFiles));
      }
    }
    Set<String> levelIds =
        framework.levels().stream().map(LevelDefinition::id).collect(Collectors.toSet());
    for (Role role : framework.roles()) {
      // A file whose name is not an id is told to be renamed, not to be listed under that name.
      if (!listed.contains(role.id()) && Ids.isValid(role.id(), Ids.Kind.ROLE)) {
        problems.add(
            role.at(),
            "the role file is not listed in the framework's 'roles'",
            "add '- " + role.id() + "' to 'roles' in " + framework.at().file());
      }
      checkRole(framework, role, teamIds, levelIds);
    }
  }

  /**
   * Teams go inside teams through 'part_of': a team that ends up inside itself would vanish from
   * the framework's page, and a chain deeper than anyone needs would not fit on it.
   */
  private void checkTeamNesting(List<Team> teams) {
    Map<String, Team> byId = new HashMap<>();
    teams.forEach(team -> byId.putIfAbsent(team.id(), team));
    for (Team team : teams) {
      Ref partOf = team.partOf();
      if (partOf == null) {
        continue; // inside no team
      }
      int depth = depth(team, byId);
      if (depth == IN_ITSELF) {
        problems.add(
            partOf.at(),
            "team '"
                + Problem.shortened(team.id())
                + "' is, through 'part_of', part of "
                + "itself",
            "a team can be part of a larger team, never of one inside it");
      } else if (depth > MAX_TEAM_DEPTH) {
        problems.add(
            partOf.at(),
            "team '"
                + Problem.shortened(team.id())
                + "' is inside "
                + depth
                + " other teams; at most "
                + MAX_TEAM_DEPTH
                + " are allowed",
            "make it part of a larger team higher up");
      }
    }
  }

  private static final int IN_ITSELF = -1;

  /**
   * How many teams {@code team} is inside; {@link #IN_ITSELF}, or 0 when a circle above it is
   * reported there.
   */
  @SuppressWarnings("ReferenceEquality") // back at the very team the walk started from
  private static int depth(Team team, Map<String, Team> byId) {
    Set<String> passed = new HashSet<>();
    Team at = team;
    while (at.partOf() != null && byId.containsKey(at.partOf().id())) {
      at = byId.get(at.partOf().id());
      if (at == team) {
        return IN_ITSELF;
      }
      if (!passed.add(at.id())) {
        return 0;
      }
    }
    return passed.size();
  }

  private void checkRole(
      Framework framework, Role role, Set<String> teamIds, Set<String> levelIds) {
    if (role.team() != null) {
      known(role.team(), teamIds, "team");
    }
    for (Ref next : role.next()) {
      String fullId = next.id().contains("/") ? next.id() : framework.id() + "/" + next.id();
      if (fullId.equals(role.fullId())) {
        problems.add(next.at(), "a role cannot be its own next role");
      } else if (!roleExists(fullId)) {
        problems.add(
            next.at(),
            "'next' names role '" + Problem.shortened(next.id()) + "', which does not exist",
            suggest(
                next.id(), framework.roles().stream().map(Role::id).collect(Collectors.toSet())));
      }
    }
    for (Level level : role.levels().values()) {
      if (!levelIds.contains(level.id())) {
        problems.add(
            level.at(),
            "unknown level '" + Problem.shortened(level.id()) + "'",
            "this framework's levels are "
                + String.join(", ", framework.levels().stream().map(LevelDefinition::id).toList()));
      }
      level.requirements().values().forEach(this::checkItems);
      level.evidence().values().forEach(this::checkItems);
      checkItems(level.development());
    }
  }

  private void checkItems(List<Item> items) {
    for (Item item : items) {
      item.skills().forEach(ref -> known(ref, skillIds, "skill"));
      item.notSkills().forEach(ref -> known(ref, skillIds, "skill"));
      if (item.text().isBlank()) {
        problems.add(item.at(), "empty statement", "write its text or remove the line");
      }
    }
  }

  private void checkProfile(Profile profile) {
    for (Ref related : profile.related()) {
      if (!related.id().contains("/") || !roleExists(related.id())) {
        problems.add(
            related.at(),
            "'related' names role '" + Problem.shortened(related.id()) + "', which does not exist",
            "write framework-id/role-id, for example occupational-therapy/team-manager");
      }
    }
    profile.requirements().values().forEach(this::checkItems);
    checkItems(profile.accountabilities());
  }

  private boolean roleExists(String fullId) {
    if (roleFiles.contains(fullId)) {
      return true;
    }
    int slash = fullId.indexOf('/');
    Framework framework = frameworks.get(fullId.substring(0, slash));
    String roleId = fullId.substring(slash + 1);
    return framework != null && framework.roles().stream().anyMatch(r -> r.id().equals(roleId));
  }

  private void known(Ref ref, Set<String> ids, String what) {
    if (!ids.contains(ref.id())) {
      problems.add(
          ref.at(),
          "unknown " + what + " '" + Problem.shortened(ref.id()) + "'",
          suggest(ref.id(), ids));
    }
  }

  static boolean isBlank(@Nullable String id) {
    return id == null || id.isEmpty();
  }

  private static @Nullable String suggest(String unknown, Set<String> known) {
    return known.isEmpty() ? null : Suggestions.closest(unknown, known);
  }
}
