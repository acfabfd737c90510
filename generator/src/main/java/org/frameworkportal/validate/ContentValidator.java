package org.frameworkportal.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.model.SourcePosition;
import org.frameworkportal.model.Team;

/** Checks that need the whole model: ids, references between files, and the order of roles. */
public final class ContentValidator {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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
    validator.checkSkills();
    content.profiles().forEach(validator::checkProfile);
    content.pages().forEach(page -> validator.slug(page.id(), page.at(), "page file name"));
    return validator.problems.sorted();
  }

  private void checkSite() {
    SourcePosition siteFile = SourcePosition.startOf("site.yaml");
    unique(content.site().levels().stream().map(LevelDefinition::id).toList(), siteFile, "level");
    if (content.site().levels().isEmpty()) {
      problems.add(siteFile, "site.yaml needs a level scheme under 'levels'", "for example A Developing, B Practising, C Accomplished");
    }
    for (String category : content.site().categories()) {
      if (!SLUG.matcher(category).matches()) {
        problems.add(siteFile, "category '" + category + "' is not a valid id", "use lowercase letters, digits and hyphens");
      }
    }
  }

  private void checkFramework(Framework framework) {
    slug(framework.id(), framework.at(), "framework folder name");
    Set<String> teamIds = new HashSet<>();
    for (Team team : framework.teams()) {
      slug(team.id(), team.at(), "team id");
      if (!teamIds.add(team.id())) {
        problems.add(team.at(), "team '" + team.id() + "' is listed twice", "give each team its own id");
      }
    }
    for (Team team : framework.teams()) {
      if (team.partOf() != null) {
        known(team.partOf(), teamIds, "team");
      }
    }
    Set<String> roleFiles = framework.roles().stream().map(Role::id).collect(Collectors.toCollection(HashSet::new));
    this.roleFiles.stream().filter(id -> id.startsWith(framework.id() + "/"))
        .forEach(id -> roleFiles.add(id.substring(framework.id().length() + 1)));
    Set<String> listed = new HashSet<>();
    for (Ref ref : framework.roleOrder()) {
      if (!listed.add(ref.id())) {
        problems.add(ref.at(), "role '" + ref.id() + "' is listed twice in 'roles'", "list each role once");
      } else if (!roleFiles.contains(ref.id())) {
        problems.add(ref.at(), "role '" + ref.id() + "' is listed in 'roles' but there is no file roles/" + ref.id() + ".yaml",
            suggest(ref.id(), roleFiles));
      }
    }
    Set<String> levelIds = framework.levels().stream().map(LevelDefinition::id).collect(Collectors.toSet());
    for (Role role : framework.roles()) {
      if (!listed.contains(role.id())) {
        problems.add(role.at(), "the role file is not listed in the framework's 'roles'",
            "add '- " + role.id() + "' to 'roles' in " + framework.at().file());
      }
      checkRole(framework, role, teamIds, levelIds);
    }
  }

  private void checkRole(Framework framework, Role role, Set<String> teamIds, Set<String> levelIds) {
    slug(role.id(), role.at(), "role file name");
    if (role.team() != null) {
      known(role.team(), teamIds, "team");
    }
    for (Ref next : role.next()) {
      String fullId = next.id().contains("/") ? next.id() : framework.id() + "/" + next.id();
      if (fullId.equals(role.fullId())) {
        problems.add(next.at(), "a role cannot be its own next role");
      } else if (!roleExists(fullId)) {
        problems.add(next.at(), "'next' names role '" + next.id() + "', which does not exist",
            suggest(next.id(), framework.roles().stream().map(Role::id).collect(Collectors.toSet())));
      }
    }
    for (Level level : role.levels().values()) {
      if (!levelIds.contains(level.id())) {
        problems.add(level.at(), "unknown level '" + level.id() + "'",
            "this framework's levels are " + String.join(", ", framework.levels().stream().map(LevelDefinition::id).toList()));
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

  private void checkSkills() {
    Set<String> ids = new HashSet<>();
    for (Skill skill : content.skills()) {
      slug(skill.id(), skill.at(), "skill id");
      if (!ids.add(skill.id())) {
        problems.add(skill.at(), "skill '" + skill.id() + "' is listed twice", "give each skill its own id");
      }
      for (String phrase : skill.match()) {
        if (phrase.isBlank()) {
          problems.add(skill.at(), "skill '" + skill.id() + "' has an empty match phrase");
        }
      }
    }
  }

  private void checkProfile(Profile profile) {
    slug(profile.id(), profile.at(), "profile file name");
    for (Ref related : profile.related()) {
      if (!related.id().contains("/") || !roleExists(related.id())) {
        problems.add(related.at(), "'related' names role '" + related.id() + "', which does not exist",
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
      problems.add(ref.at(), "unknown " + what + " '" + ref.id() + "'", suggest(ref.id(), ids));
    }
  }

  private void slug(String id, SourcePosition at, String what) {
    if (id != null && !SLUG.matcher(id).matches()) {
      problems.add(at, "the " + what + " '" + id + "' is not a valid id",
          "use lowercase letters, digits and single hyphens, for example 'team-manager'");
    }
  }

  private void unique(List<String> ids, SourcePosition at, String what) {
    Set<String> seen = new HashSet<>();
    ids.stream().filter(id -> id != null && !seen.add(id))
        .forEach(id -> problems.add(at, what + " '" + id + "' is defined twice"));
  }

  private static String suggest(String unknown, Set<String> known) {
    return known.isEmpty() ? null : Suggestions.closest(unknown, known);
  }
}
