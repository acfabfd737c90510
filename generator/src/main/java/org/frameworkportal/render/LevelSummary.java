package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.Skill;

/**
 * The short answer at the top of a level on a role page: what the level adds to the levels before
 * it, counted per category, and the transferable skills that are new at this level.
 *
 * @param earlier the levels before this one, as words ("level A", "levels A and B"), or "" for the
 *     first level
 * @param statements how many requirement statements the level lists, all categories together
 * @param categories the categories with at least one statement, in the site's order
 * @param evidence how many evidence requirements the level lists
 * @param newSkills transferable skills this level's statements need that no earlier level's do
 * @param skillCount how many transferable skills this level's statements need in all
 */
public record LevelSummary(
    String earlier,
    int statements,
    List<CategoryCount> categories,
    int evidence,
    List<Skill> newSkills,
    int skillCount) {

  public LevelSummary {
    categories = List.copyOf(categories);
    newSkills = List.copyOf(newSkills);
  }

  /** One category's share of a level: "5 about knowledge". */
  public record CategoryCount(String id, String name, int count) {}

  /** Whether this is the first level, which adds to nothing. */
  public boolean first() {
    return earlier.isEmpty();
  }

  /**
   * The summary of {@code level}; {@code earlierIds} are the ids of the levels before it, {@code
   * skillsBefore} the skills their statements need (this level's are added to it).
   */
  static LevelSummary of(
      Level level,
      List<String> categories,
      List<String> earlierIds,
      Map<Item, List<Skill>> skills,
      Set<Skill> skillsBefore) {
    List<CategoryCount> counts = new ArrayList<>();
    int statements = 0;
    int evidence = 0;
    Set<Skill> used = new LinkedHashSet<>();
    for (String category : categories) {
      List<Item> items = level.requirements().getOrDefault(category, List.of());
      if (!items.isEmpty()) {
        counts.add(
            new CategoryCount(
                category, Pages.categoryName(category).toLowerCase(Locale.ROOT), items.size()));
        statements += items.size();
      }
      evidence += level.evidence().getOrDefault(category, List.of()).size();
      items.forEach(item -> used.addAll(skills.getOrDefault(item, List.of())));
    }
    List<Skill> fresh = used.stream().filter(skill -> !skillsBefore.contains(skill)).toList();
    skillsBefore.addAll(used);
    return new LevelSummary(earlier(earlierIds), statements, counts, evidence, fresh, used.size());
  }

  /** "level A", "levels A and B", "levels A, B and C"; "" for none. */
  static String earlier(List<String> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    if (ids.size() == 1) {
      return "level " + ids.get(0);
    }
    return "levels "
        + String.join(", ", ids.subList(0, ids.size() - 1))
        + " and "
        + ids.get(ids.size() - 1);
  }
}
