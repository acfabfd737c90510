package org.frameworkportal.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.frameworkportal.PortalRun;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.load.YamlNode.ListNode;
import org.frameworkportal.load.YamlNode.MapNode;
import org.frameworkportal.load.YamlNode.ScalarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the YAML reader hands on, pinned down: Jackson's parser calls {@code yes} true and {@code
 * 010} a number, but its getText() is what was typed, and that is what every value keeps.
 */
class YamlReaderTest {
  /** Words of the parser or of Java that an editor must never be shown. */
  static final Pattern JARGON =
      Pattern.compile(
          "(?i)exception|scalar|token|mapping|sequence|numberformat|org\\.|java\\.|snakeyaml|jackson|event|"
              + "<block|<stream|<document|\\bnode\\b|\\bnull\\b(?!')|stack|\\bparse");

  private final YamlReader reader = new YamlReader();

  /**
   * Every plain value YAML 1.1 would turn into a number, a date, a boolean or infinity, kept as
   * typed.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "yes",
        "no",
        "on",
        "off",
        "Yes",
        "NO",
        "y",
        "n",
        "true",
        "False",
        "010",
        "0o10",
        "0x1F",
        "1e3",
        "1E3",
        ".inf",
        "-.inf",
        ".NaN",
        "2024-01-01",
        "2024-01-01T10:00:00Z",
        "12:30",
        "1:20:30",
        "1_000",
        "+12",
        "0.10",
        "00",
        "0b101",
        "99999999999999999999999",
        "-0"
      })
  void plainValuesKeepTheTextAsTyped(String typed) {
    MapNode map =
        (MapNode) parse("value: " + typed + "\n" + typed + ": key\nlist:\n  - " + typed + "\n");
    assertEquals(typed, ((ScalarNode) map.entries().get("value").value()).text(), "as a value");
    assertTrue(map.entries().containsKey(typed), "as a key: " + map.entries().keySet());
    assertEquals(
        typed,
        ((ScalarNode) ((ListNode) map.entries().get("list").value()).items().get(0)).text(),
        "in a list");
  }

  /**
   * {@code ~} and {@code null} mean "no value" in YAML: kept as no value, with the word for the
   * message.
   */
  @ParameterizedTest
  @ValueSource(strings = {"~", "null", "Null", "NULL"})
  void wordsForNoValueAreNoValue(String typed) {
    ScalarNode value =
        (ScalarNode) ((MapNode) parse("title: " + typed + "\n")).entries().get("title").value();
    assertNull(value.text());
    assertEquals(typed, value.nullWritten());
  }

  @Test
  void quotedWordsAreText() {
    MapNode map = (MapNode) parse("a: 'null'\nb: \"~\"\nc: 'yes'\nd: \"010\"\ne: ''\nf:\n");
    assertEquals(
        List.of("null", "~", "yes", "010", "", ""),
        map.entries().values().stream().map(e -> ((ScalarNode) e.value()).text()).toList());
  }

  /** A tag drops or changes text without a word from YAML: each is a problem where its '!' is. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "title: !foo bar",
        "title: !!str 010",
        "title: !!int 010",
        "title: ! 010",
        "title: !<tag:x> v",
        "title: !!binary aGk=",
        "title: !!null",
        "title: !!str",
        "title: !!float abc",
        "title: !!bool maybe",
        "title: !foo {a: 1}",
        "title: !!map {a: 1}",
        "title: !!str [a]"
      })
  void tagsAreRefused(String line) {
    List<Problem> problems = problems(line + "\n");
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("x.yaml:1:8", problems.get(0).at().toString());
    assertTrue(
        problems.get(0).message().startsWith("a value starting with '!'"),
        problems.get(0).message());
  }

  @Test
  void tagsInListsAndOnKeysAreRefused() {
    List<Problem> problems = problems("duties:\n  - !Important item\n!x summary: text\n");
    assertEquals(
        List.of(
            "x.yaml:2:5: a value starting with '!' is read by YAML as an instruction, not as text, so '!Important' "
                + "would be left out (put the text in quotes: \"!Important item\")",
            "x.yaml:3:1: a key starting with '!' is read by YAML as an instruction, not as text, so '!x' would be "
                + "left out (remove '!x')"),
        problems.stream().map(Problem::format).toList());
  }

  @Test
  void windowsLineEndsAndByteOrderMarkReadLikePlainFiles() throws IOException {
    for (Path file : contentFiles()) {
      String text = Files.readString(file);
      byte[] windows = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
      Problems problems = new Problems();
      assertEquals(
          reader.read(text.getBytes(StandardCharsets.UTF_8), "x.yaml", new Problems()),
          reader.read(windows, "x.yaml", problems),
          file.toString());
      assertTrue(problems.isEmpty(), problems.sorted().toString());
    }
  }

  @Test
  void aControlCharacterIsFoundWhereItIs() {
    assertEquals(
        List.of(
            "x.yaml:2:10: the file contains an invisible control character (U+001B) here (delete it; "
                + "it usually comes with text copied from another program)"),
        problems("title: a\nsummary: \u001B[2J\n").stream().map(Problem::format).toList());
  }

  @Test
  void notUtf8IsFoundWhereItIsAfterAByteOrderMark() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', (byte) 0xE9, '\r', '\n'};
    Problems problems = new Problems();
    assertTrue(reader.read(bytes, "x.yaml", problems).isEmpty());
    assertEquals("x.yaml:1:4", problems.sorted().get(0).at().toString());
  }

  /** Mistakes the parser reports in its own words come out in plain ones, whatever the mistake. */
  @Test
  void noMessageUsesTheParsersWords() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "k: [a\n",
                "k: {a\n",
                "k: 'a\n",
                "k: \"a\\qb\"\n",
                "k: @x\n",
                "k: `x\n",
                "k: |x\n  a\n",
                "- a\nk: v\n",
                "k: v\n- a\n",
                "k: v\n  x: y\n",
                "  k: v\nj: w\n",
                "? [a, b]\n: x\n",
                "? {a: 1}\n: x\n",
                "k: !x!y v\n",
                "k: !!\n",
                "k: & x\n",
                "k: * x\n",
                "%YAML 2.0\n---\nk: v\n",
                "%FOO\n---\nk: v\n",
                "k: \"a\" b\n",
                "k: 'a' b\n",
                "k: v\n---\nj: w\n",
                "k:\n\t- a\n",
                "k: \"\\uZZZZ\"\n",
                "[a, b]: c\n",
                "k: >x\n",
                "k: a\n k: b\n",
                "- - - a\n  - b\n -c\n",
                "k: {a: 1, a: 2}\n",
                "k: [a, b}\n",
                "k: ]\n",
                "k: }\n",
                "k: ,\n",
                "k: ? x\n",
                "---\n...\n---\n",
                "k: |\n  a\n b\n",
                "\"k\n",
                "k: \"\\\n",
                "'k': v: w\n"));
    String role =
        Files.readString(
            PortalRun.fixture("minimal").resolve("frameworks/demo/roles/assistant.yaml"));
    for (int at = 0; at < role.length(); at += 3) {
      for (String insert :
          List.of(
              ":", ": ", "- ", "\"", "'", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@",
              "`", "\t", "#", "? ", "\n ", "\n  - ")) {
        texts.add(role.substring(0, at) + insert + role.substring(at));
      }
      texts.add(role.substring(0, at) + role.substring(Math.min(role.length(), at + 2)));
    }
    List<String> jargon = new ArrayList<>();
    for (String text : texts) {
      for (Problem problem : problems(text)) {
        if (JARGON.matcher(problem.message() + " " + problem.hint()).find()) {
          jargon.add(problem.format() + "\n    from: " + text.replace("\n", "\\n"));
        }
      }
    }
    assertEquals(List.of(), jargon);
  }

  @Test
  void theBrokenContentFixturesUseNoJargonEither() throws IOException {
    try (var files = Files.walk(Path.of("src/test/resources/broken"))) {
      List<String> lines = new ArrayList<>();
      for (Path file : files.filter(path -> path.endsWith("expected.txt")).toList()) {
        lines.addAll(Files.readAllLines(file));
      }
      assertAll(
          lines.stream()
              .map(
                  line ->
                      () ->
                          assertFalse(
                              JARGON.matcher(line.substring(line.indexOf(": ") + 2)).find(),
                              line)));
    }
  }

  private static List<Path> contentFiles() throws IOException {
    try (var files = Files.walk(PortalRun.realContent())) {
      return files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  private YamlNode parse(String text) {
    Problems problems = new Problems();
    Optional<YamlNode> node =
        reader.read(text.getBytes(StandardCharsets.UTF_8), "x.yaml", problems);
    assertTrue(problems.isEmpty(), problems.sorted().toString());
    return node.orElseThrow();
  }

  private List<Problem> problems(String text) {
    Problems problems = new Problems();
    reader.read(text.getBytes(StandardCharsets.UTF_8), "x.yaml", problems);
    return problems.sorted();
  }
}
