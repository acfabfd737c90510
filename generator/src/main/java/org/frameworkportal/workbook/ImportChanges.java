package org.frameworkportal.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frameworkportal.changes.RoleChange;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Role;
import org.frameworkportal.workbook.RequirementRow.Origin;
import org.frameworkportal.workbook.WorkbookExport.Statement;
import org.jspecify.annotations.Nullable;

/**
 * What an import changes, role by role, as {@code portal diff} tells it: statements added, removed
 * and reworded, and what the diff does not show (a new group, skills, note or provisional mark, and
 * statements put in a new order).
 */
final class ImportChanges {
  private ImportChanges() {}

  /**
   * The changes per role, in {@code portal diff}'s words, with what the diff does not show.
   *
   * @param original the statements of each exported role still in the content, by statement id
   * @param rows the rows of the Requirements sheet, checked
   */
  static List<ImportPlan.Change> of(
      Framework framework,
      List<String> categories,
      Map<String, Map<String, Statement>> original,
      List<RequirementRow> rows) {
    List<ImportPlan.Change> out = new ArrayList<>();
    for (Role role : framework.roles()) {
      Map<String, Statement> statements = original.get(role.id());
      if (statements == null) {
        continue;
      }
      List<String> added = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      List<RoleChange.Reworded> reworded = new ArrayList<>();
      List<String> other = new ArrayList<>();
      Set<Statement> kept = new HashSet<>();
      for (RequirementRow row : rows) {
        Origin origin = row.origin();
        if (origin != null && origin.role().equals(role.id())) {
          kept.add(origin.statement());
        }
        if (!row.role().equals(role.id())) {
          continue;
        }
        String now = row.list().describe(row.fields().text());
        if (origin == null || !origin.role().equals(role.id())) {
          added.add(now);
          continue;
        }
        Statement was = origin.statement();
        String before = was.list().describe(was.item().text());
        if (!before.equals(now)) {
          reworded.add(new RoleChange.Reworded(before, now));
        }
        ItemFields old = ItemFields.of(was.item());
        ItemFields fields = row.fields();
        List<String> what = new ArrayList<>();
        if (!Objects.equals(old.group(), fields.group())) {
          what.add("group " + shown(fields.group()));
        }
        if (!old.skills().equals(fields.skills())) {
          what.add(
              "skills "
                  + (fields.skills().isEmpty() ? "none" : String.join(", ", fields.skills())));
        }
        if (!Objects.equals(old.provisional(), fields.provisional())) {
          what.add(
              fields.provisional() == null ? "confirmed" : "provisional: " + fields.provisional());
        }
        if (!Objects.equals(old.note(), fields.note())) {
          what.add("note " + shown(fields.note()));
        }
        if (!what.isEmpty()) {
          other.add(now + " (" + String.join("; ", what) + ")");
        }
      }
      WorkbookExport.statements(role, framework.levels(), categories).stream()
          .filter(s -> !kept.contains(s))
          .forEach(s -> removed.add(s.list().describe(s.item().text())));
      boolean moved = orderChanged(role, rows);
      if (!added.isEmpty()
          || !removed.isEmpty()
          || !reworded.isEmpty()
          || !other.isEmpty()
          || moved) {
        out.add(
            new ImportPlan.Change(
                new RoleChange(
                    role.fullId(),
                    role.title(),
                    framework.title(),
                    false,
                    false,
                    added,
                    removed,
                    reworded),
                other,
                moved));
      }
    }
    return out;
  }

  /** Whether the role's remaining statements are in another order than before. */
  private static boolean orderChanged(Role role, List<RequirementRow> rows) {
    Map<ListKey, List<Statement>> now = new HashMap<>();
    for (RequirementRow row : rows) {
      Origin origin = row.origin();
      if (row.role().equals(role.id()) && origin != null && origin.role().equals(role.id())) {
        now.computeIfAbsent(row.list(), k -> new ArrayList<>()).add(origin.statement());
      }
    }
    for (Map.Entry<ListKey, List<Statement>> list : now.entrySet()) {
      List<Integer> indexes =
          list.getValue().stream()
              .filter(s -> s.list().equals(list.getKey()))
              .map(Statement::index)
              .toList();
      for (int i = 1; i < indexes.size(); i++) {
        if (indexes.get(i) < indexes.get(i - 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String shown(@Nullable String value) {
    return value == null ? "removed" : "\"" + value + "\"";
  }
}
