package org.frameworkportal.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.frameworkportal.changes.RoleChange;
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
 * Reads a workbook made by {@link WorkbookExport} back, checks every row, and works out what each
 * role file becomes. Nothing is written here: {@link ImportPlan#apply()} does that, and only for a
 * plan without problems.
 */
public final class WorkbookImport {
  private final Content content;
  private final Path contentDir;
  private final List<WorkbookProblem> problems = new ArrayList<>();

  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("\\s*[,;]\\s*");

  private WorkbookImport(Content content, Path contentDir) {
    this.content = content;
    this.contentDir = contentDir;
  }

  /** Where a role's file is in the content folder. */
  public static Path roleFile(Path contentDir, String framework, String role) {
    return contentDir
        .resolve("frameworks")
        .resolve(framework)
        .resolve("roles")
        .resolve(role + ".yaml");
  }

  /**
   * What importing {@code workbook} would change, or the problems that stop it.
   *
   * @param content the content as it is now, checked
   * @param contentDir where it was read from
   * @param contentName how messages name that folder ("content")
   */
  public static ImportPlan plan(
      Content content, Path contentDir, String contentName, byte[] workbook) {
    WorkbookImport reading = new WorkbookImport(content, contentDir);
    ImportPlan plan = reading.read(workbook, contentName);
    return plan;
  }

  private ImportPlan read(byte[] bytes, String contentName) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      return read(book, contentName);
    } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
      return failed(
          "this is a workbook in the old Excel 97-2003 format (.xls): save it as \"Excel Workbook"
              + " (.xlsx)\" and import that");
    } catch (IOException
        | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
        | org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
      return failed(
          "this is not an Excel workbook (.xlsx), or it is damaged: open it in Excel or LibreOffice"
              + " and save it as \"Excel Workbook (.xlsx)\"");
    }
  }

  private ImportPlan failed(String message) {
    problems.add(new WorkbookProblem(null, null, message));
    return ImportPlan.refused(problems);
  }

  private ImportPlan read(XSSFWorkbook book, String contentName) {
    Optional<Exported> exported = Exported.read(book, problems);
    if (exported.isEmpty()) {
      return ImportPlan.refused(problems);
    }
    Framework framework =
        content.frameworks().stream()
            .filter(f -> f.id().equals(exported.get().framework()))
            .findFirst()
            .orElse(null);
    if (framework == null) {
      return failed(
          "this workbook is for the framework \""
              + exported.get().framework()
              + "\", which "
              + contentName
              + " does not have: import it into the content it was exported from");
    }
    Sheet sheet = book.getSheet(Sheets.REQUIREMENTS);
    if (sheet == null) {
      return failed(
          "the sheet \""
              + Sheets.REQUIREMENTS
              + "\" is missing: it holds the statements; was it renamed or deleted?");
    }
    Map<Column, Integer> columns = columns(sheet);
    if (columns.size() < Column.values().length) {
      return ImportPlan.refused(problems);
    }
    List<String> categories = content.site().categories();
    Map<String, Role> roles = new LinkedHashMap<>();
    framework.roles().forEach(role -> roles.put(role.id(), role));
    Map<String, Map<String, Statement>> original = new HashMap<>();
    for (String roleId : exported.get().fingerprints().keySet()) {
      Role role = roles.get(roleId);
      if (role != null) {
        Map<String, Statement> byId = new HashMap<>();
        WorkbookExport.statements(role, framework.levels(), categories)
            .forEach(s -> byId.put(s.id(), s));
        original.put(roleId, byId);
      }
    }
    RolesSheet.check(
        book.getSheet(Sheets.ROLES), roles, framework, contentDir, contentName, problems);
    List<RequirementRow> lines = lines(sheet, columns, framework, roles, exported.get(), original);
    if (!problems.isEmpty()) {
      return ImportPlan.refused(problems);
    }
    return edits(framework, exported.get(), original, lines, contentName);
  }

  /** The columns by heading, wherever HR moved them; a missing one is a problem. */
  private Map<Column, Integer> columns(Sheet sheet) {
    Map<Column, Integer> found = new LinkedHashMap<>();
    Row head = sheet.getRow(0);
    if (head != null) {
      for (Cell cell : head) {
        String heading = Cells.clean(Cells.plain(cell));
        for (Column column : Column.values()) {
          if (column.heading.equalsIgnoreCase(heading) && !found.containsKey(column)) {
            found.put(column, cell.getColumnIndex());
          }
        }
      }
    }
    for (Column column : Column.values()) {
      if (!found.containsKey(column)) {
        problems.add(
            new WorkbookProblem(
                Sheets.REQUIREMENTS,
                null,
                "the column \""
                    + column.heading
                    + "\" is missing from the first row"
                    + (column.hidden()
                        ? " (it is hidden: the portal keeps track of each row with it)"
                        : "")
                    + "; put its heading back, or export again"));
      }
    }
    return found;
  }

  private List<RequirementRow> lines(
      Sheet sheet,
      Map<Column, Integer> columns,
      Framework framework,
      Map<String, Role> roles,
      Exported exported,
      Map<String, Map<String, Statement>> original) {
    Map<String, CellRangeAddress> merged = merged(sheet, columns);
    List<String> levels = framework.levels().stream().map(LevelDefinition::id).toList();
    List<String> categories = content.site().categories();
    Map<String, String> skills = new HashMap<>();
    for (Skill skill : content.skills()) {
      skills.put(skill.id().toLowerCase(Locale.ROOT), skill.id());
      skills.put(Cells.clean(skill.name()).toLowerCase(Locale.ROOT), skill.id());
    }
    Map<String, Integer> seen = new HashMap<>();
    List<RequirementRow> lines = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      int rowIndex = r;
      int problemsAtRow = problems.size();
      Map<Column, String> cell = new LinkedHashMap<>();
      columns.forEach((column, index) -> cell.put(column, value(sheet, rowIndex, index, merged)));
      if (cell.values().stream().allMatch(v -> Cells.clean(v).isEmpty())) {
        continue; // an empty row
      }
      int problemsBefore = problems.size();
      boolean unreadable = problemsBefore > problemsAtRow;
      Origin origin = origin(r, cell, columns, exported, original, seen);
      String roleId = Cells.clean(cell.getOrDefault(Column.ROLE, ""));
      Role role = null;
      if (roleId.isEmpty()) {
        at(r, columns, Column.ROLE, "the role is empty: choose one from the list");
      } else if (!roles.containsKey(roleId)) {
        at(
            r,
            columns,
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
            columns,
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
            columns,
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
            columns,
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
            columns,
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
            columns,
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
                columns,
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
      lines.add(
          new RequirementRow(r, role.id(), new ListKey(level, evidence, category), fields, origin));
    }
    return lines;
  }

  private @Nullable Origin origin(
      int r,
      Map<Column, String> cell,
      Map<Column, Integer> columns,
      Exported exported,
      Map<String, Map<String, Statement>> original,
      Map<String, Integer> seen) {
    String id = Cells.clean(cell.getOrDefault(Column.ID, ""));
    String from = Cells.clean(cell.getOrDefault(Column.FROM_ROLE, ""));
    if (id.isEmpty() && from.isEmpty()) {
      return null;
    }
    String cells =
        Cells.address(r, columns.getOrDefault(Column.ID, 0))
            + ":"
            + Cells.address(r, columns.getOrDefault(Column.FROM_ROLE, 0));
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

  /** Merged cells: a value that covers several rows counts for each; a merged statement cannot. */
  private Map<String, CellRangeAddress> merged(Sheet sheet, Map<Column, Integer> columns) {
    Map<String, CellRangeAddress> byCell = new HashMap<>();
    for (CellRangeAddress range : sheet.getMergedRegions()) {
      boolean rows = range.getFirstRow() != range.getLastRow();
      for (Column column : List.of(Column.STATEMENT, Column.ID, Column.FROM_ROLE)) {
        int index = columns.getOrDefault(column, 0);
        if (rows && range.getFirstColumn() <= index && index <= range.getLastColumn()) {
          problems.add(
              new WorkbookProblem(
                  Sheets.REQUIREMENTS,
                  range.formatAsString(),
                  "these cells are merged: unmerge them, so that each statement has a row of its"
                      + " own"));
          break;
        }
      }
      for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
        for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
          byCell.put(r + ":" + c, range);
        }
      }
    }
    return byCell;
  }

  private String value(Sheet sheet, int r, int c, Map<String, CellRangeAddress> merged) {
    CellRangeAddress range = merged.get(r + ":" + c);
    int row = range == null ? r : range.getFirstRow();
    int column = range == null ? c : range.getFirstColumn();
    Row found = sheet.getRow(row);
    return Cells.text(found == null ? null : found.getCell(column), Sheets.REQUIREMENTS, problems);
  }

  private void at(int r, Map<Column, Integer> columns, Column column, String message) {
    problems.add(
        new WorkbookProblem(
            Sheets.REQUIREMENTS, Cells.address(r, columns.getOrDefault(column, 0)), message));
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

  /** What each exported role's file becomes, and what changes, told as {@code portal diff} does. */
  private ImportPlan edits(
      Framework framework,
      Exported exported,
      Map<String, Map<String, Statement>> original,
      List<RequirementRow> lines,
      String contentName) {
    List<String> levels = framework.levels().stream().map(LevelDefinition::id).toList();
    List<String> categories = content.site().categories();
    Map<String, RoleText> texts = new HashMap<>();
    Map<String, byte[]> bytes = new HashMap<>();
    for (String roleId : original.keySet()) {
      Path file = roleFile(contentDir, framework.id(), roleId);
      try {
        byte[] read = Files.readAllBytes(file);
        bytes.put(roleId, read);
        RoleText.of(new String(read, StandardCharsets.UTF_8))
            .ifPresent(text -> texts.put(roleId, text));
      } catch (IOException e) {
        problems.add(
            new WorkbookProblem(
                null,
                null,
                "could not read " + display(file, contentName) + ": " + e.getMessage()));
      }
    }
    Map<Path, String> files = new TreeMap<>();
    int changed = 0;
    for (Role role : framework.roles()) {
      if (!original.containsKey(role.id()) || !texts.containsKey(role.id())) {
        continue;
      }
      Map<ListKey, List<Statement>> before = new LinkedHashMap<>();
      WorkbookExport.statements(role, framework.levels(), categories)
          .forEach(s -> before.computeIfAbsent(s.list(), k -> new ArrayList<>()).add(s));
      Map<ListKey, List<RequirementRow>> after = new LinkedHashMap<>();
      lines.stream()
          .filter(l -> l.role().equals(role.id()))
          .forEach(l -> after.computeIfAbsent(l.list(), k -> new ArrayList<>()).add(l));
      Set<ListKey> keys = new LinkedHashSet<>(before.keySet());
      keys.addAll(after.keySet());
      Map<ListKey, List<RoleText.Entry>> rewrites = new LinkedHashMap<>();
      for (ListKey key : keys) {
        List<Statement> was = before.getOrDefault(key, List.of());
        List<RequirementRow> now = after.getOrDefault(key, List.of());
        if (!same(role.id(), was, now)) {
          rewrites.put(key, now.stream().map(l -> entry(l, texts)).toList());
        }
      }
      if (rewrites.isEmpty()) {
        continue;
      }
      Path file = roleFile(contentDir, framework.id(), role.id());
      String stored = exported.fingerprints().get(role.id());
      if (!Fingerprint.of(Objects.requireNonNull(bytes.get(role.id()))).equals(stored)) {
        problems.add(
            new WorkbookProblem(
                Sheets.REQUIREMENTS,
                null,
                display(file, contentName)
                    + " was changed after this workbook was exported, and the workbook changes "
                    + role.id()
                    + " too: export again and make your edits in the new workbook, so that"
                    + " neither set of changes is lost"));
        continue;
      }
      RoleText text = Objects.requireNonNull(texts.get(role.id()));
      String edited = text.with(sorted(rewrites, levels, categories), levels, categories);
      if (!edited.equals(text.text())) {
        files.put(file, edited);
      }
      changed++;
    }
    if (!problems.isEmpty()) {
      return ImportPlan.refused(problems);
    }
    return new ImportPlan(
        List.of(),
        files,
        changes(framework, categories, original, lines),
        framework.title(),
        changed);
  }

  private static Map<ListKey, List<RoleText.Entry>> sorted(
      Map<ListKey, List<RoleText.Entry>> rewrites, List<String> levels, List<String> categories) {
    Map<ListKey, List<RoleText.Entry>> out =
        new TreeMap<>(
            java.util.Comparator.comparingInt((ListKey k) -> levels.indexOf(k.level()))
                .thenComparing(ListKey::evidence)
                .thenComparingInt(k -> categories.indexOf(k.category())));
    out.putAll(rewrites);
    return out;
  }

  /** How messages name a role file: from the content folder down, with forward slashes. */
  static String display(Path file, String contentName) {
    return file.toString()
        .replace('\\', '/')
        .replaceFirst("^.*?/frameworks/", contentName + "/frameworks/");
  }

  /** Whether a list is as exported: the same statements, unchanged, in the same order. */
  private static boolean same(String role, List<Statement> was, List<RequirementRow> now) {
    if (was.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < was.size(); i++) {
      Origin origin = now.get(i).origin();
      if (origin == null
          || !origin.role().equals(role)
          || !origin.statement().equals(was.get(i))
          || !now.get(i).unchanged()) {
        return false;
      }
    }
    return true;
  }

  private static RoleText.Entry entry(RequirementRow line, Map<String, RoleText> texts) {
    Origin origin = line.origin();
    if (origin != null && line.unchanged()) {
      RoleText from = texts.get(origin.role());
      if (from != null) {
        Optional<RoleText.Copy> copy =
            from.item(origin.statement().list(), origin.statement().index());
        if (copy.isPresent()) {
          return copy.get();
        }
      }
    }
    return new RoleText.Fresh(line.fields());
  }

  /** The changes per role, in {@code portal diff}'s words, with what the diff does not show. */
  private static List<ImportPlan.Change> changes(
      Framework framework,
      List<String> categories,
      Map<String, Map<String, Statement>> original,
      List<RequirementRow> lines) {
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
      Set<Statement> kept = new java.util.HashSet<>();
      for (RequirementRow line : lines) {
        Origin origin = line.origin();
        if (origin != null && origin.role().equals(role.id())) {
          kept.add(origin.statement());
        }
        if (!line.role().equals(role.id())) {
          continue;
        }
        String now = line.list().describe(line.fields().text());
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
        ItemFields fields = line.fields();
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
      boolean moved = orderChanged(role, lines);
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
  private static boolean orderChanged(Role role, List<RequirementRow> lines) {
    Map<ListKey, List<Statement>> now = new HashMap<>();
    for (RequirementRow line : lines) {
      Origin origin = line.origin();
      if (line.role().equals(role.id()) && origin != null && origin.role().equals(role.id())) {
        now.computeIfAbsent(line.list(), k -> new ArrayList<>()).add(origin.statement());
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
