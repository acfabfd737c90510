package org.frameworkportal.workbook;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.frameworkportal.changes.ChangeLog;
import org.frameworkportal.changes.RoleChange;

/**
 * What importing a workbook does: the problems that stop it, or each role file's new text and the
 * changes, per role.
 *
 * @param files the new text of each role file that changes
 * @param roles how many roles the workbook changes
 */
public record ImportPlan(
    List<WorkbookProblem> problems,
    Map<Path, String> files,
    List<Change> changes,
    String framework,
    int roles) {

  public ImportPlan {
    problems = List.copyOf(problems);
    files = Map.copyOf(files);
    changes = List.copyOf(changes);
  }

  /**
   * One role's changes: the statements as {@code portal diff} lists them, and what else changed.
   *
   * @param other statements whose group, skills, note or provisional mark changed
   * @param reordered whether statements moved within their list
   */
  public record Change(RoleChange statements, List<String> other, boolean reordered) {}

  static ImportPlan refused(List<WorkbookProblem> problems) {
    return new ImportPlan(problems, Map.of(), List.of(), "", 0);
  }

  /** The changes, per role, as {@code portal diff} prints them. */
  public void print(PrintWriter out) {
    if (changes.isEmpty()) {
      out.println("No statement has changed.");
      return;
    }
    for (Change change : changes) {
      ChangeLog.print(List.of(change.statements()), out);
      change.other().forEach(s -> out.println("  * " + s));
      if (change.reordered()) {
        out.println("  ↕ statements put in a new order");
      }
    }
  }

  /**
   * The problems the content would have with these edits, found by loading and checking a copy of
   * the content folder with the new files: the last guard before anything is written.
   */
  public List<org.frameworkportal.diag.Problem> check(Path contentDir, String contentName)
      throws IOException {
    if (files.isEmpty()) {
      return List.of();
    }
    Path copy = Files.createTempDirectory("portal-import-");
    try {
      Path root = contentDir.toAbsolutePath().normalize();
      try (var walk = Files.walk(root)) {
        for (Path from : (Iterable<Path>) walk::iterator) {
          Path to = copy.resolve(root.relativize(from).toString());
          if (Files.isDirectory(from)) {
            Files.createDirectories(to);
          } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      for (Map.Entry<Path, String> file : files.entrySet()) {
        Path to =
            copy.resolve(root.relativize(file.getKey().toAbsolutePath().normalize()).toString());
        Files.writeString(to, file.getValue(), StandardCharsets.UTF_8);
      }
      org.frameworkportal.diag.Problems problems = new org.frameworkportal.diag.Problems();
      org.frameworkportal.load.ContentLoader loader =
          new org.frameworkportal.load.ContentLoader(copy, contentName, problems);
      loader
          .load()
          .ifPresent(
              content ->
                  problems.addAll(
                      org.frameworkportal.validate.ContentValidator.validate(
                          content, loader.roleFilesOnDisk())));
      return problems.sorted();
    } finally {
      try (var walk = Files.walk(copy)) {
        for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  /** Writes each changed file: a new file beside it, then moved over it. */
  public void apply() throws IOException {
    for (Map.Entry<Path, String> file : new java.util.TreeMap<>(files).entrySet()) {
      Path temporary = file.getKey().resolveSibling("." + file.getKey().getFileName() + ".import");
      Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary,
            file.getKey(),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Files.deleteIfExists(temporary);
        throw e;
      }
    }
  }
}
