package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
   * @param statementIds each statement's id, kept by the caller: a level A statement is on three
   *     checklists, and working out its id normalises its text
   */
  static ChecklistView of(
      Role role,
      FrameworkDetails framework,
      List<String> categories,
      LevelDefinition upTo,
      StatementIds statementIds) {
    List<LevelDefinition> included =
        framework.levels().subList(0, framework.levels().indexOf(upTo) + 1);
    Map<String, Integer> seen = new HashMap<>();
    List<ChecklistSection> sections = new ArrayList<>();
    int count = 0;
    for (String category : categories) {
      List<ChecklistItem> items = new ArrayList<>();
      for (LevelDefinition definition : included) {
        Level level = LevelComparison.level(role, definition);
        for (Item item : level.requirements().getOrDefault(category, List.of())) {
          items.add(item(item, category, definition, false, seen, statementIds));
        }
        for (Item item : level.evidence().getOrDefault(category, List.of())) {
          items.add(item(item, category, definition, true, seen, statementIds));
        }
      }
      if (!items.isEmpty()) {
        sections.add(new ChecklistSection(category, Pages.categoryName(category), items));
        count += items.size();
      }
    }
    String key =
        "framework-portal:v1:"
            + role.fullId()
            + ":"
            + upTo.id()
            + ":"
            + (framework.published() == null ? "undated" : framework.published());
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
        key,
        count);
  }

  private static ChecklistItem item(
      Item item,
      String category,
      LevelDefinition level,
      boolean evidence,
      Map<String, Integer> seen,
      StatementIds statementIds) {
    String base = statementIds.of(category, evidence, item.text());
    int n = seen.merge(base, 1, Integer::sum);
    return new ChecklistItem(
        n == 1 ? base : base + "-" + n,
        item.text(),
        level.id(),
        item.group(),
        evidence,
        item.note(),
        item.provisional());
  }
}
