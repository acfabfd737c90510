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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.frameworkportal.changes.RoleChange;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;
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
    Map<Column, Integer> columns = RequirementsSheet.columns(sheet, problems);
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
    List<RequirementRow> lines =
        new RequirementRows(
                new RequirementsSheet(sheet, columns, problems),
                content,
                framework,
                roles,
                exported.get(),
                original,
                problems)
            .rows();
    if (!problems.isEmpty()) {
      return ImportPlan.refused(problems);
    }
    return edits(framework, exported.get(), original, lines, contentName);
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
