package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;
import org.frameworkportal.render.Views.ChecklistItem;
import org.frameworkportal.render.Views.ChecklistSection;
import org.frameworkportal.render.Views.ChecklistView;

/** The cumulative requirements of a level (A; A and B; A, B and C), ready to tick and print. */
final class Checklist {
  private Checklist() {}

  /**
   * @param ids each statement's id, as on the role page
   * @param moves where records of the role's reworded statements move: old id to new
   */
  static ChecklistView of(
      Role role,
      FrameworkDetails framework,
      List<String> categories,
      LevelDefinition upTo,
      Map<Item, String> ids,
      Map<String, String> moves) {
    List<LevelDefinition> included =
        framework.levels().subList(0, framework.levels().indexOf(upTo) + 1);
    List<ChecklistSection> sections = new ArrayList<>();
    int count = 0;
    for (String category : categories) {
      List<ChecklistItem> items = new ArrayList<>();
      for (LevelDefinition definition : included) {
        Level level = LevelComparison.level(role, definition);
        for (Item item : level.requirements().getOrDefault(category, List.of())) {
          items.add(item(item, ids.getOrDefault(item, ""), category, definition, false));
        }
        for (Item item : level.evidence().getOrDefault(category, List.of())) {
          items.add(item(item, ids.getOrDefault(item, ""), category, definition, true));
        }
      }
      if (!items.isEmpty()) {
        sections.add(new ChecklistSection(category, Pages.categoryName(category), items));
        count += items.size();
      }
    }
    List<String> earlier =
        included.subList(0, included.size() - 1).stream().map(LevelDefinition::id).toList();
    String includes =
        earlier.isEmpty()
            ? null
            : (earlier.size() == 1 ? "level " : "levels ")
                + String.join(", ", earlier.subList(0, earlier.size() - 1))
                + (earlier.size() > 1 ? " and " : "")
                + earlier.get(earlier.size() - 1);
    return new ChecklistView(
        role,
        framework,
        Dates.display(framework.published()),
        upTo,
        includes,
        sections,
        RECORDS + role.fullId(),
        FIRST_RELEASE + role.fullId() + ":",
        json(moves),
        String.join(" ", new TreeSet<>(ids.values())),
        framework.levels().size() > included.size()
            ? framework.levels().get(included.size())
            : null,
        count);
  }

  /** Where a person's record of a role is kept in their browser: one per role, for every level. */
  static final String RECORDS = "framework-portal:v2:";

  /** Where the first release kept ticks: per role, level and framework date. */
  static final String FIRST_RELEASE = "framework-portal:v1:";

  private static ChecklistItem item(
      Item item, String id, String category, LevelDefinition level, boolean evidence) {
    return new ChecklistItem(
        id,
        item.text(),
        level.id(),
        category,
        item.group(),
        evidence,
        item.note(),
        item.provisional());
  }

  /** A small JSON object of strings, sorted, for the page's script to read. */
  private static String json(Map<String, String> map) {
    StringBuilder out = new StringBuilder("{");
    new TreeMap<>(map)
        .forEach(
            (from, to) ->
                out.append(out.length() > 1 ? "," : "")
                    .append('"')
                    .append(from)
                    .append("\":\"")
                    .append(to)
                    .append('"'));
    return out.append('}').toString();
  }
}
