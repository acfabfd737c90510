package org.frameworkportal.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.frameworkportal.PortalRun;
import org.frameworkportal.PortalRun.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression: {@code portal build --help} and {@code portal check --help} exited 2 ("Unknown
 * option"), and {@code portal --help} cut the commands' descriptions mid-sentence. Every command
 * answers --help with exit 0, and every description it prints is a whole sentence.
 */
class CommandHelpTest {
  static Stream<String> commands() {
    return Stream.of(
        "",
        "build",
        "check",
        "serve",
        "new",
        "new role",
        "new framework",
        "diff",
        "export",
        "import",
        "help");
  }

  @ParameterizedTest(name = "portal {0} --help")
  @MethodSource("commands")
  void helpExitsZeroAndSpeaksInWholeSentences(String command) {
    List<String> args =
        new ArrayList<>(List.of(command.isEmpty() ? new String[0] : command.split(" ")));
    args.add("--help");
    Outcome outcome = PortalRun.run(args.toArray(String[]::new));
    assertEquals(0, outcome.exit(), outcome.err());
    assertEquals("", outcome.err());
    assertTrue(outcome.out().contains("Usage: portal"), outcome.out());
    List<String> descriptions = descriptions(outcome.out());
    assertTrue(!descriptions.isEmpty(), outcome.out());
    assertAll(
        descriptions.stream()
            .map(
                text ->
                    () ->
                        assertTrue(
                            Character.isUpperCase(text.charAt(0))
                                && (text.endsWith(".") || text.endsWith(".)")),
                            "not a whole sentence: '" + text + "' in\n" + outcome.out())));
  }

  /**
   * The description of each option and command listed, its wrapped lines joined: the text after two
   * spaces or more, up to the next option or command.
   */
  static List<String> descriptions(String help) {
    List<String> descriptions = new ArrayList<>();
    StringBuilder current = null;
    boolean listing = false;
    for (String line : help.lines().toList()) {
      if (line.startsWith("Usage:")) {
        continue;
      }
      Matcher entry = ENTRY.matcher(line);
      if (entry.matches()) {
        if (current != null) {
          descriptions.add(current.toString().strip());
        }
        current = new StringBuilder(entry.group(1));
        listing = true;
      } else if (listing && line.startsWith("         ") && current != null) {
        current.append(' ').append(line.strip());
      } else if (line.equals("Commands:")) {
        listing = true;
      }
    }
    if (current != null) {
      descriptions.add(current.toString().strip());
    }
    return descriptions;
  }

  /** An option (" -h, --help Show ...") or a command (" build Checks ..."). */
  private static final Pattern ENTRY = Pattern.compile(" {2,8}\\S+(?:, \\S+)? {2,}(\\S.*)");
}
