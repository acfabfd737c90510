package org.frameworkportal.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.frameworkportal.diag.Suggestions;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.workbook.RequirementRow.Origin;
import org.frameworkportal.workbook.Sheets.Column;
import org.frameworkportal.workbook.WorkbookExport.Statement;
import org.jspecify.annotations.Nullable;

/**
 * Checks each row of the Requirements sheet against the content: its role, level, category, type,
 * statement and skills, and the hidden cells that tie it to the statement it was exported from.
 * Each mistake is a problem naming its cell; a row without one becomes a {@link RequirementRow}.
 */
final class RequirementRows {
  private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;]\\s*");

  private final RequirementsSheet sheet;
  private final Content content;
  private final Framework framework;
  private final Map<String, Role> roles;
  private final Exported exported;
  private final Map<String, Map<String, Statement>> original;
  private final List<WorkbookProblem> problems;

  /**
   * @param roles the framework's roles by id
   * @param original the statements of each exported role still in the content, by statement id
   */
  RequirementRows(
      RequirementsSheet sheet,
      Content content,
      Framework framework,
      Map<String, Role> roles,
      Exported exported,
      Map<String, Map<String, Statement>> original,
      List<WorkbookProblem> problems) {
    this.sheet = sheet;
    this.content = content;
    this.framework = framework;
    this.roles = roles;
    this.exported = exported;
    this.original = original;
    this.problems = problems;
  }

  /** The rows without mistakes; a problem for each mistake in the others. */
  List<RequirementRow> rows() {
    List<String> levels = framework.levels().stream().map(LevelDefinition::id).toList();
    List<String> categories = content.site().categories();
    Map<String, String> skills = new HashMap<>();
    for (Skill skill : content.skills()) {
      skills.put(skill.id().toLowerCase(Locale.ROOT), skill.id());
      skills.put(Cells.clean(skill.name()).toLowerCase(Locale.ROOT), skill.id());
    }
    Map<String, Integer> seen = new HashMap<>();
    List<RequirementRow> checked = new ArrayList<>();
    for (int r = 1; r <= sheet.lastRow(); r++) {
      int problemsAtRow = problems.size();
      Map<Column, String> cell = sheet.row(r);
      if (cell == null) {
        continue;
      }
      if (cell.values().stream().allMatch(v -> Cells.clean(v).isEmpty())) {
        continue; // an empty row
      }
      int problemsBefore = problems.size();
      boolean unreadable = problemsBefore > problemsAtRow;
      Origin origin = origin(r, cell, seen);
      String roleId = Cells.clean(cell.getOrDefault(Column.ROLE, ""));
      Role role = null;
      if (roleId.isEmpty()) {
        at(r, Column.ROLE, "the role is empty: choose one from the list");
      } else if (!roles.containsKey(roleId)) {
        at(
            r,
            Column.ROLE,
            "there is no role \""
                + roleId
                + "\" in "
                + framework.title()
                + suggestion(roleId, roles.keySet())
                + ": choose one from the list (the Roles sheet lists them)");
      } else if (!exported.fingerprints().containsKey(roleId)) {
        at(
            r,
            Column.ROLE,
            "the role \""
                + roleId
                + "\" was added to the content after this workbook was exported: export again to"
                + " edit it");
      } else {
        role = roles.get(roleId);
      }
      String level = Cells.clean(cell.getOrDefault(Column.LEVEL, "")).toUpperCase(Locale.ROOT);
      if (!levels.contains(level)) {
        at(
            r,
            Column.LEVEL,
            (level.isEmpty() ? "the level is empty" : "there is no level \"" + level + "\"")
                + ": use "
                + or(levels));
      }
      String category =
          Cells.clean(cell.getOrDefault(Column.CATEGORY, "")).toLowerCase(Locale.ROOT);
      if (!categories.contains(category)) {
        at(
            r,
            Column.CATEGORY,
            (category.isEmpty()
                    ? "the category is empty"
                    : "there is no category \"" + category + "\"")
                + ": use "
                + or(categories));
      }
      String type = Cells.clean(cell.getOrDefault(Column.TYPE, "")).toLowerCase(Locale.ROOT);
      boolean evidence = type.equals(Sheets.EVIDENCE);
      if (!type.isEmpty() && !evidence && !type.equals(Sheets.REQUIREMENT)) {
        at(
            r,
            Column.TYPE,
            "the type \""
                + type
                + "\" is not one the portal knows: use "
                + Sheets.REQUIREMENT
                + " or "
                + Sheets.EVIDENCE);
      }
      Item was = origin == null ? null : origin.statement().item();
      String text =
          Cells.kept(cell.getOrDefault(Column.STATEMENT, ""), was == null ? null : was.text());
      if (text == null && !unreadable) {
        at(
            r,
            Column.STATEMENT,
            "the statement is empty: type it, or delete the whole row to delete the statement");
      }
      List<String> skillIds = new ArrayList<>();
      String skillCell = Cells.clean(cell.getOrDefault(Column.SKILLS, ""));
      List<String> wasSkills =
          was == null ? List.of() : was.skills().stream().map(Ref::id).toList();
      if (!skillCell.equals(String.join(", ", wasSkills))) {
        for (String name : SEPARATORS.splitAsStream(skillCell).toList()) {
          if (name.isEmpty()) {
            continue;
          }
          String id = skills.get(name.toLowerCase(Locale.ROOT));
          if (id == null) {
            at(
                r,
                Column.SKILLS,
                "there is no skill \""
                    + name
                    + "\""
                    + suggestion(name, new java.util.TreeSet<>(skills.values()))
                    + ": use ids from the Skills sheet, separated by commas");
          } else if (!skillIds.contains(id)) {
            skillIds.add(id);
          }
        }
      } else {
        skillIds.addAll(wasSkills);
      }
      if (problems.size() > problemsBefore || role == null || text == null) {
        continue;
      }
      ItemFields fields =
          new ItemFields(
              text,
              Cells.kept(cell.getOrDefault(Column.GROUP, ""), was == null ? null : was.group()),
              skillIds,
              was == null ? List.of() : was.notSkills().stream().map(Ref::id).toList(),
              Cells.kept(cell.getOrDefault(Column.NOTE, ""), was == null ? null : was.note()),
              Cells.kept(
                  cell.getOrDefault(Column.PROVISIONAL, ""),
                  was == null ? null : was.provisional()));
      checked.add(
          new RequirementRow(r, role.id(), new ListKey(level, evidence, category), fields, origin));
    }
    return checked;
  }

  private @Nullable Origin origin(int r, Map<Column, String> cell, Map<String, Integer> seen) {
    String id = Cells.clean(cell.getOrDefault(Column.ID, ""));
    String from = Cells.clean(cell.getOrDefault(Column.FROM_ROLE, ""));
    if (id.isEmpty() && from.isEmpty()) {
      return null;
    }
    String cells = sheet.address(r, Column.ID) + ":" + sheet.address(r, Column.FROM_ROLE);
    Map<String, Statement> statements = original.get(from);
    Statement statement = statements == null ? null : statements.get(id);
    if (statement == null) {
      problems.add(
          new WorkbookProblem(
              Sheets.REQUIREMENTS,
              cells,
              exported.fingerprints().containsKey(from) && !original.containsKey(from)
                  ? "this row comes from the role \""
                      + from
                      + "\", which was deleted from the content after this workbook was exported:"
                      + " export again"
                  : "this row's hidden statement id was changed, or the row was copied from"
                      + " another workbook: undo the change, or clear these two cells to add the row"
                      + " as a new statement"));
      return null;
    }
    Integer first = seen.putIfAbsent(from + "/" + id, r);
    if (first != null) {
      problems.add(
          new WorkbookProblem(
              Sheets.REQUIREMENTS,
              cells,
              "this row has the same hidden statement id as row "
                  + (first + 1)
                  + ": it is a copy of that row. To add a statement, insert an empty row and type"
                  + " it in, or clear these two cells of the copy"));
      return null;
    }
    return new Origin(from, statement);
  }

  private void at(int r, Column column, String message) {
    problems.add(new WorkbookProblem(Sheets.REQUIREMENTS, sheet.address(r, column), message));
  }

  private static String suggestion(String unknown, Set<String> known) {
    String closest = Suggestions.closest(unknown, known);
    return closest == null || !closest.startsWith("did you mean") ? "" : " (" + closest + ")";
  }

  private static String or(List<String> values) {
    return values.size() == 1
        ? values.get(0)
        : String.join(", ", values.subList(0, values.size() - 1))
            + " or "
            + values.get(values.size() - 1);
  }
}
