package org.frameworkportal.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;

/**
 * The transferable skills of every requirement statement and the statement ids of every role,
 * worked out on every core; the preview keeps a role's while nothing they depend on changed.
 */
final class RoleTagging {
  private RoleTagging() {}

  /**
   * Tags every requirement statement (evidence is how to show it, not a need) and counts coverage.
   */
  static Tagged tagAll(Content content, Collection<Role> roles, LinkMemo memo) {
    SkillTagger tagger = memo.tagger(content.skills());
    Map<String, Framework> frameworks = new HashMap<>();
    content.frameworks().forEach(framework -> frameworks.put(framework.id(), framework));
    Map<String, RoleTags> tags = new HashMap<>();
    Map<String, List<SkillUse>> usesOfSkill = new HashMap<>();
    Map<String, Set<Skill>> skillsOfRole = new LinkedHashMap<>();
    List<Coverage> coverage = new ArrayList<>();
    content.skills().forEach(skill -> usesOfSkill.put(skill.id(), new ArrayList<>()));
    List<Role> all = List.copyOf(roles);
    RoleTags[] tagged = new RoleTags[all.size()];
    // Roles are tagged on every core, then put together in order.
    IntStream.range(0, all.size())
        .parallel()
        .forEach(
            i -> {
              Role role = all.get(i);
              List<LevelDefinition> levels = Portal.known(frameworks, role.frameworkId()).levels();
              List<String> categories = content.site().categories();
              RoleTags before = memo.tags.get(role.fullId());
              tagged[i] =
                  before != null
                          && before.role().equals(role)
                          && before.levels().equals(levels)
                          && before.categories().equals(categories)
                      ? before
                      : tag(role, levels, categories, tagger);
            });
    Map<String, int[]> counts = new LinkedHashMap<>();
    content.frameworks().forEach(framework -> counts.put(framework.id(), new int[2]));
    for (RoleTags roleTags : tagged) {
      String id = roleTags.role().fullId();
      tags.put(id, roleTags);
      roleTags.uses().forEach(use -> Portal.known(usesOfSkill, use.skill().id()).add(use.use()));
      skillsOfRole.put(id, roleTags.skills());
      int[] count = Portal.known(counts, roleTags.role().frameworkId());
      count[0] += roleTags.statements();
      count[1] += roleTags.untagged();
    }
    content
        .frameworks()
        .forEach(
            framework -> {
              int[] count = Portal.known(counts, framework.id());
              coverage.add(new Coverage(framework.id(), framework.title(), count[0], count[1]));
            });
    memo.tags = Map.copyOf(tags);
    return new Tagged(tags, usesOfSkill, skillsOfRole, coverage);
  }

  /** Every role's tags by full id, the statements that need each skill, and the coverage. */
  record Tagged(
      Map<String, RoleTags> tags,
      Map<String, List<SkillUse>> usesOfSkill,
      Map<String, Set<Skill>> skillsOfRole,
      List<Coverage> coverage) {}

  /** One role's tags and statement ids, kept with what they were worked out from. */
  record RoleTags(
      Role role,
      List<LevelDefinition> levels,
      List<String> categories,
      Map<Item, String> statementIds,
      Map<Item, List<Skill>> skillsOfItem,
      Set<Skill> skills,
      List<TaggedUse> uses,
      int statements,
      int untagged) {}

  record TaggedUse(Skill skill, SkillUse use) {}

  private static RoleTags tag(
      Role role, List<LevelDefinition> levels, List<String> categories, SkillTagger tagger) {
    Map<Item, List<Skill>> skillsOfItem = new HashMap<>();
    Set<Skill> roleSkills = new LinkedHashSet<>();
    List<TaggedUse> uses = new ArrayList<>();
    int statements = 0;
    int untagged = 0;
    for (LevelDefinition definition : levels) {
      Level level = role.levels().get(definition.id());
      if (level == null) {
        continue;
      }
      for (Map.Entry<String, List<Item>> category : level.requirements().entrySet()) {
        for (Item item : category.getValue()) {
          List<Skill> skills = tagger.tag(item);
          skillsOfItem.put(item, skills);
          statements++;
          untagged += skills.isEmpty() ? 1 : 0;
          for (Skill skill : skills) {
            roleSkills.add(skill);
            uses.add(
                new TaggedUse(skill, new SkillUse(role, definition.id(), category.getKey(), item)));
          }
        }
      }
    }
    return new RoleTags(
        role,
        levels,
        categories,
        StatementIds.of(role, levels, categories),
        Map.copyOf(skillsOfItem),
        roleSkills,
        List.copyOf(uses),
        statements,
        untagged);
  }
}
