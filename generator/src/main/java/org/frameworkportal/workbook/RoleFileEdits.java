package org.frameworkportal.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;
import org.frameworkportal.workbook.RequirementRow.Origin;
import org.frameworkportal.workbook.WorkbookExport.Statement;

/**
 * What the checked rows make of each exported role's file: only the lists whose rows changed are
 * written again, in the file's own text ({@link RoleText}), and an unchanged row keeps its item as
 * it was written. A role file changed since the export is not touched.
 *
 * @param files the new text of each role file that changes
 * @param roles how many roles the workbook changes
 */
record RoleFileEdits(Map<Path, String> files, int roles) {

  /**
   * What each exported role's file becomes; a problem for a file that cannot be read, or that
   * changed since the export when the workbook changes its role too.
   *
   * @param original the statements of each exported role still in the content, by statement id
   * @param rows the rows of the Requirements sheet, checked
   * @param contentName how messages name the content folder ("content")
   */
  static RoleFileEdits plan(
      Framework framework,
      List<String> categories,
      Exported exported,
      Map<String, Map<String, Statement>> original,
      List<RequirementRow> rows,
      Path contentDir,
      String contentName,
      List<WorkbookProblem> problems) {
    List<String> levels = framework.levels().stream().map(LevelDefinition::id).toList();
    Map<String, RoleText> texts = new HashMap<>();
    Map<String, byte[]> bytes = new HashMap<>();
    for (String roleId : original.keySet()) {
      Path file = WorkbookImport.roleFile(contentDir, framework.id(), roleId);
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
                "could not read "
                    + WorkbookImport.display(file, contentName)
                    + ": "
                    + e.getMessage()));
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
      rows.stream()
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
      Path file = WorkbookImport.roleFile(contentDir, framework.id(), role.id());
      String stored = exported.fingerprints().get(role.id());
      if (!Fingerprint.of(Objects.requireNonNull(bytes.get(role.id()))).equals(stored)) {
        problems.add(
            new WorkbookProblem(
                Sheets.REQUIREMENTS,
                null,
                WorkbookImport.display(file, contentName)
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
    return new RoleFileEdits(files, changed);
  }

  private static Map<ListKey, List<RoleText.Entry>> sorted(
      Map<ListKey, List<RoleText.Entry>> rewrites, List<String> levels, List<String> categories) {
    Map<ListKey, List<RoleText.Entry>> out =
        new TreeMap<>(
            Comparator.comparingInt((ListKey k) -> levels.indexOf(k.level()))
                .thenComparing(ListKey::evidence)
                .thenComparingInt(k -> categories.indexOf(k.category())));
    out.putAll(rewrites);
    return out;
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

  private static RoleText.Entry entry(RequirementRow row, Map<String, RoleText> texts) {
    Origin origin = row.origin();
    if (origin != null && row.unchanged()) {
      RoleText from = texts.get(origin.role());
      if (from != null) {
        Optional<RoleText.Copy> copy =
            from.item(origin.statement().list(), origin.statement().index());
        if (copy.isPresent()) {
          return copy.get();
        }
      }
    }
    return new RoleText.Fresh(row.fields());
  }
}
