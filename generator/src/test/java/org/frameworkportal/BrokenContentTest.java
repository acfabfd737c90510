package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.frameworkportal.PortalRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code src/test/resources/broken/} is one mistake an editor can make: files
 * laid over the minimal fixture site ({@code delete.txt} lists files to remove), and {@code
 * expected.txt}, the lines the build must print. Every case must exit 1, print no stack trace, and
 * leave the previously published site byte-identical.
 */
class BrokenContentTest {
  static final Path CASES = Path.of("src/test/resources/broken");

  @TempDir Path tmp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.map(dir -> dir.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void brokenEditIsReportedAndLeavesTheSiteAlone(String name) throws IOException {
    Path caseDir = CASES.resolve(name);
    Path content = brokenContent(caseDir);
    Outcome outcome = buildOverPublishedSite(content);
    List<String> expected = Files.readAllLines(caseDir.resolve("expected.txt"));
    assertEquals(
        expected, problemLines(outcome.err()), "what the build printed:\n" + outcome.err());
  }

  /** Whatever {@code build} refuses, {@code check} reports, in the same words, and both exit 1. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void checkReportsWhatBuildRefuses(String name) throws IOException {
    assertCheckAndBuildAgree(brokenContent(CASES.resolve(name)), tmp.resolve("site"));
  }

  static void assertCheckAndBuildAgree(Path content, Path site) {
    Outcome check = PortalRun.run("check", "--content", content.toString());
    Outcome build = PortalRun.build(content, site);
    assertAll(
        () ->
            assertEquals(
                1, check.exit(), "check's exit status; printed:\n" + check.err() + check.out()),
        () -> assertEquals(1, build.exit(), "build's exit status; printed:\n" + build.err()),
        () ->
            assertFalse(
                problemLines(build.err()).isEmpty(), "build printed no problem:\n" + build.err()),
        () -> assertEquals(problemLines(build.err()), problemLines(check.err())));
  }

  /**
   * The problem lines printed, without the closing count ("2 problems found.") and the quoted lines
   * under each.
   */
  static List<String> problemLines(String err) {
    return err.lines()
        .filter(line -> !line.matches("\\d+ problems? found\\..*"))
        .filter(line -> !line.matches("  [ \\d]+ \\| .*|  [ \\d]+ \\| *\\^"))
        .toList();
  }

  /** Each problem quotes its line with a mark under the spot, as the Elm and Rust compilers do. */
  @Test
  void eachProblemQuotesItsLineWithAMarkAtTheSpot() throws IOException {
    Outcome outcome =
        buildOverPublishedSite(brokenContent(CASES.resolve("slip-words-cut-by-hash")));
    assertEquals(
        """
        content/frameworks/demo/roles/assistant.yaml:23:30: the words from ' #' to the end of the line are read as a \
        comment and left out of the text (to keep them, put the whole text in quotes: "2-3 years experience #as per HR \
        policy 12")
          23 |       - 2-3 years experience #as per HR policy 12
             |                              ^
        1 problem found. Nothing was written: %s is unchanged.
        """
            .formatted(tmp.resolve("site")),
        outcome.err());
  }

  @Test
  void fileOverTheSizeLimitIsRefused() throws IOException {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    String padding = "  - " + "A very long statement. ".repeat(40) + "\n";
    Files.writeString(
        content.resolve("frameworks/demo/roles/lead.yaml"),
        "title: Demo Lead\ngrade: MPR4\nduties:\n" + padding.repeat(700));
    Outcome outcome = buildOverPublishedSite(content);
    assertTrue(
        outcome.err().contains("content/frameworks/demo/roles/lead.yaml: the file is 6"),
        outcome.err());
    assertTrue(outcome.err().contains("KB; the largest allowed is 512 KB"), outcome.err());
  }

  @Test
  void aliasBombFailsFast() throws IOException {
    Path content = brokenContent(CASES.resolve("alias-bomb"));
    PortalRun.run("check", "--content", PortalRun.fixture("minimal").toString()); // warm up the JVM
    Outcome outcome =
        assertTimeoutPreemptively(
            Duration.ofSeconds(1), () -> PortalRun.run("check", "--content", content.toString()));
    assertEquals(1, outcome.exit());
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

  /**
   * Publishes the good fixture, builds the broken content over it, and checks the common promises.
   */
  private Outcome buildOverPublishedSite(Path content) {
    Path site = tmp.resolve("site");
    PortalRun.buildOk(PortalRun.fixture("minimal"), site);
    Map<String, String> before = PortalRun.fingerprint(site);
    Outcome outcome = PortalRun.build(content, site);
    assertTrue(
        outcome.err().contains("Nothing was written: " + site + " is unchanged."), outcome.err());
    String err = outcome.err().replace(content.getParent().toString() + "/", "");
    assertEquals(1, outcome.exit(), "exit status; printed:\n" + err);
    assertFalse(
        err.contains("Exception") || err.contains("\tat "), "a stack trace was printed:\n" + err);
    assertEquals(before, PortalRun.fingerprint(site), "the published site changed");
    assertFalse(
        Files.exists(site.resolveSibling(".site.building")),
        "the half-built folder was left behind");
    return new Outcome(outcome.exit(), outcome.out(), err);
  }
}
