package org.frameworkportal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frameworkportal.PortalRun;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.load.ContentLoader;
import org.frameworkportal.model.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem names the file as the editor knows it ({@code content/site.yaml}, never a bare
 * {@code site.yaml}) and a line that is in that file: the loader's and the validator's alike, for
 * every broken fixture.
 */
class ProblemPositionsTest {
  static final Path CASES = Path.of("src/test/resources/broken");

  @TempDir Path tmp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.map(dir -> dir.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyProblemNamesItsRealFileAndLine(String name) throws IOException {
    Path content = brokenContent(CASES.resolve(name));
    List<Problem> problems = check(content);
    assertTrue(!problems.isEmpty(), name + " has problems");
    for (Problem problem : problems) {
      assertRealPosition(java.util.Objects.requireNonNull(content.getParent()), problem);
    }
  }

  /** Regression: the validator once reported site.yaml's level scheme at a bare "site.yaml". */
  @Test
  void levelsOfTheSiteAreReportedWhereTheyAreWritten() throws IOException {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("work/content"));
    Path site = content.resolve("site.yaml");
    Files.writeString(
        site,
        Files.readString(site)
            .replace("  - id: B\n", "  - id: a\n")
            .replace("  - id: C\n", "  - id: A\n"));
    List<String> said = check(content).stream().map(p -> p.at() + ": " + p.message()).toList();
    assertEquals(
        List.of(
            "content/site.yaml:11:9: levels 'A' and 'a' differ only in capital letters, so their"
                + " checklists would be the same file",
            "content/site.yaml:14:9: level 'A' is defined twice"),
        said.stream().filter(line -> line.startsWith("content/site.yaml")).toList(),
        String.join("\n", said));
  }

  /** A not_when phrase that holds no match phrase could never stop a match: HR hear where. */
  @Test
  void notWhenPhraseWithoutAMatchPhraseIsAProblemAtItsSkill() throws IOException {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("work/content"));
    Path skills = content.resolve("skills.yaml");
    Files.writeString(
        skills,
        Files.readString(skills)
            .replace(
                "    match: [budget, budgets]\n",
                "    match: [budget, budgets]\n    not_when: [personal budgets, pocket money]\n"));
    List<String> said = check(content).stream().map(p -> p.at() + ": " + p.message()).toList();
    assertEquals(
        List.of(
            "content/skills.yaml:6:9: skill 'budget-management' has the not_when phrase 'pocket"
                + " money', which contains none of its match phrases, so it can never stop a"
                + " match"),
        said,
        String.join("\n", said));
  }

  /** What check reports: the loader's problems, then the validator's. */
  private static List<Problem> check(Path content) {
    Problems problems = new Problems();
    ContentLoader loader = new ContentLoader(content, "content", problems);
    Content loaded = loader.load().orElse(null);
    List<Problem> all = new ArrayList<>(problems.sorted());
    if (loaded != null) {
      all.addAll(ContentValidator.validate(loaded, loader.roleFilesOnDisk()));
    }
    return all;
  }

  private static void assertRealPosition(Path root, Problem problem) throws IOException {
    String file = problem.at().file();
    assertTrue(file.startsWith("content/") || file.equals("content"), problem + ": the file");
    Path path = root.resolve(file);
    // A missing file is named where it belongs.
    assertTrue(
        Files.exists(path) || Files.isSymbolicLink(path) || problem.message().contains("missing"),
        problem + ": no such file");
    int lines = Files.isRegularFile(path) ? Math.max(1, lineCount(path)) : 1;
    // A problem with the file itself (its name, its encoding) names the file without a line.
    assertTrue(
        problem.at().isWholeFile() || (problem.at().line() >= 1 && problem.at().line() <= lines),
        problem + ": no such line");
    assertTrue(problem.at().isWholeFile() || problem.at().column() >= 1, problem + ": the column");
  }

  private static int lineCount(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int lines = 1;
    for (byte b : bytes) {
      lines += b == '\n' ? 1 : 0;
    }
    return lines;
  }

  private Path brokenContent(Path caseDir) throws IOException {
    Path root = tmp.resolve("work");
    PortalRun.copy(PortalRun.fixture("minimal"), root.resolve("content"));
    if (Files.isDirectory(caseDir.resolve("content"))) {
      PortalRun.copy(caseDir.resolve("content"), root.resolve("content"));
    }
    if (Files.exists(caseDir.resolve("delete.txt"))) {
      for (String file : Files.readAllLines(caseDir.resolve("delete.txt"))) {
        Files.delete(root.resolve(file.strip()));
      }
    }
    return root.resolve("content");
  }
}
