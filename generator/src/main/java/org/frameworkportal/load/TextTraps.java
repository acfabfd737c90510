package org.frameworkportal.load;

import java.util.regex.Pattern;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.load.YamlNode.Entry;
import org.frameworkportal.load.YamlNode.MapNode;
import org.frameworkportal.load.YamlNode.ScalarNode;
import org.jspecify.annotations.Nullable;

/**
 * Values YAML reads without complaint but not as the editor meant them: a list written on one line,
 * a sentence read as a key, example text left in place, a word YAML takes for "no value".
 */
final class TextTraps {
  private TextTraps() {}

  /**
   * The example values the first release's 'new role' and 'new framework' wrote: left in a file,
   * they would be published as if HR had written them.
   */
  private static final Pattern SCAFFOLD_TEXT =
      Pattern.compile(
          "One sentence: what the role is for\\.|Write each duty as its own line\\.|One paragraph: what the framework covers\\."
              + "|Welcome to the .* career progression framework\\.");

  /**
   * Example text written by a scaffold and never replaced is a problem, not a published statement.
   */
  static void scaffoldText(@Nullable String text, SourcePosition at, Problems problems) {
    if (text != null && SCAFFOLD_TEXT.matcher(text).matches()) {
      problems.add(
          at,
          "this is the example text that 'portal new' wrote, not text of your own",
          "write the real text here, or remove the line");
    }
  }

  /**
   * "knowledge: Funding streams, HR procedures": a list written on one line, which would be
   * published as one entry. A list is one entry a line, each after '- '.
   */
  static void severalOnOneLine(YamlNode node, String key, Problems problems) {
    if (node instanceof ScalarNode scalar
        && scalar.text() != null
        && scalar.text().contains(", ")) {
      problems.add(
          scalar.at(),
          "'"
              + key
              + "' is a list, but this is written as a single line, so it would be"
              + " published as one entry",
          "write each entry on a line of its own below '"
              + key
              + ":', starting with"
              + " '- '; if it is one entry, write it on the next line after '- '");
    }
  }

  /**
   * A text with ': ' in it, such as {@code - Note: Knowledge of ...}, which YAML reads as a key and
   * its value: the text as the editor typed it, or null when the map is not one such line.
   */
  static @Nullable String colonText(MapNode map) {
    if (map.entries().size() != 1) {
      return null;
    }
    Entry only = map.entries().values().iterator().next();
    // 'txt: ...' is a misspelt key; 'Note: ...' or 'Experience of: ...' is a sentence.
    boolean keyLike = only.key().matches("[a-z_]+");
    if (keyLike
        || only.keyAt().line() != map.at().line()
        || !(only.value() instanceof ScalarNode value)) {
      return null;
    }
    return value.text() == null ? only.key() + ":" : only.key() + ": " + value.text();
  }

  /**
   * Says that a text was read as a key, and how to keep it whole: never advice that would hide it.
   */
  static void readAsKey(MapNode map, String text, String what, Problems problems) {
    Entry only = map.entries().values().iterator().next();
    String quoted = "\"" + text.replace("\"", "'") + "\"";
    problems.add(
        only.keyAt(),
        "this "
            + what
            + " contains ': ' after '"
            + Problem.shortened(only.key())
            + "', so YAML reads '"
            + Problem.shortened(only.key())
            + "' as a key instead of as part of the "
            + what,
        quoted.length() <= 70
            ? "put the whole " + what + " in quotes: - " + quoted
            : "put the whole "
                + what
                + " in double quotes, from before '"
                + Problem.shortened(only.key())
                + "' to the end of the line");
  }

  /** Says when the editor wrote a word YAML takes for "no value" ({@code ~}, {@code null}). */
  static String emptyHint(String hint, ScalarNode scalar) {
    String word = scalar.nullWritten();
    if (word == null || word.isEmpty()) {
      return hint;
    }
    return "YAML reads '"
        + word
        + "' as no value; "
        + hint
        + (word.equals("~") ? "" : ", in quotes if you mean the word '" + word + "'");
  }
}
