package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.link.Restatements;
import org.frameworkportal.link.StatementIds;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.render.Views.CategoryView;
import org.frameworkportal.render.Views.CompareCell;
import org.frameworkportal.render.Views.CompareTable;
import org.frameworkportal.render.Views.CompareView;
import org.frameworkportal.render.Views.ItemGroup;
import org.frameworkportal.render.Views.Transition;

/** What each level of a role adds, and what changes on the way to the next role. */
final class LevelComparison {
  static final String EVIDENCE = "evidence";

  private LevelComparison() {}

  /**
   * The role's levels side by side, and what changes on the way to each next role; {@code next} are
   * those roles in full with their frameworks, {@code skills} every statement's tags.
   */
  static CompareView of(
      Role role,
      FrameworkDetails framework,
      List<String> categories,
      Map<Item, String> ids,
      List<Transition> transitions) {
    List<CompareTable> tables = new ArrayList<>();
    for (String category : categories) {
      List<CompareCell> cells = new ArrayList<>();
      for (LevelDefinition definition : framework.levels()) {
        List<Item> items = level(role, definition).requirements().getOrDefault(category, List.of());
        cells.add(new CompareCell(definition, Pages.groups(items, ids)));
      }
      tables.add(new CompareTable(category, Pages.categoryName(category), cells));
    }
    List<CompareCell> evidenceCells = new ArrayList<>();
    for (LevelDefinition definition : framework.levels()) {
      List<ItemGroup> groups = new ArrayList<>();
      for (String category : categories) {
        List<Item> items = level(role, definition).evidence().getOrDefault(category, List.of());
        if (!items.isEmpty()) {
          groups.add(new ItemGroup(Pages.categoryName(category), items, Pages.ids(items, ids)));
        }
      }
      evidenceCells.add(new CompareCell(definition, groups));
    }
    tables.add(new CompareTable(EVIDENCE, "Evidence", evidenceCells));
    return new CompareView(role, framework, framework.levels(), tables, transitions);
  }

  /** One side of a move between roles: the role, its framework's levels, its statements' tags. */
  record Side(Role role, FrameworkDetails framework, Map<Item, List<Skill>> skills) {}

  /**
   * From the top level of {@code from} to the first level of {@code to}: the statements of that
   * level that {@code from} does not already ask for (same words), and the transferable skills
   * gained.
   */
  static Transition transition(Side from, Side to) {
    List<LevelDefinition> fromLevels = from.framework().levels();
    LevelDefinition top = fromLevels.get(fromLevels.size() - 1);
    LevelDefinition first = to.framework().levels().get(0);
    Set<String> already = new HashSet<>();
    List<Item> had = new ArrayList<>();
    Set<Skill> skillsBefore = new LinkedHashSet<>();
    for (Level level : from.role().levels().values()) {
      level
          .requirements()
          .values()
          .forEach(
              items ->
                  items.forEach(
                      item -> {
                        already.add(StatementIds.normalise(item.text()));
                        had.add(item);
                        skillsBefore.addAll(from.skills().getOrDefault(item, List.of()));
                      }));
    }
    Level target = level(to.role(), first);
    List<CategoryView> added = new ArrayList<>();
    List<Views.Restated> similar = new ArrayList<>();
    Set<Skill> skillsAfter = new LinkedHashSet<>();
    for (Map.Entry<String, List<Item>> category : target.requirements().entrySet()) {
      List<Item> fresh = new ArrayList<>();
      for (Item item : category.getValue()) {
        if (already.contains(StatementIds.normalise(item.text()))) {
          continue;
        }
        Item restates = Restatements.closest(item, had);
        if (restates == null) {
          fresh.add(item);
        } else {
          similar.add(new Views.Restated(Pages.categoryName(category.getKey()), item, restates));
        }
      }
      category
          .getValue()
          .forEach(item -> skillsAfter.addAll(to.skills().getOrDefault(item, List.of())));
      added.add(
          new CategoryView(
              category.getKey(),
              Pages.categoryName(category.getKey()),
              Pages.groups(fresh),
              List.of(),
              List.of()));
    }
    List<Skill> gained =
        skillsAfter.stream().filter(skill -> !skillsBefore.contains(skill)).toList();
    List<Skill> kept = skillsAfter.stream().filter(skillsBefore::contains).toList();
    return new Transition(
        from.role(),
        to.role(),
        to.framework(),
        from.role().suggests(to.role()),
        top.id(),
        first.id(),
        added,
        gained,
        kept,
        similar);
  }

  static Level level(Role role, LevelDefinition definition) {
    Level level = role.levels().get(definition.id());
    return level != null
        ? level
        : new Level(definition.id(), null, null, Map.of(), Map.of(), List.of(), definition.at());
  }
}
