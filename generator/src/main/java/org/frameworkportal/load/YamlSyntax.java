package org.frameworkportal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.SourcePosition;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * What the YAML parser's complaints mean for someone editing a content file. The parser's own words
 * ("mapping values", "block end", "scalar") never reach the editor: each known complaint is said
 * plainly, and any other is a plain "cannot make sense of this line".
 */
final class YamlSyntax {
  static final String TAG_MESSAGE =
      "a value starting with '!' is read by YAML as an instruction, not as text";
  static final String SPECIAL_VALUE =
      "a value starting with '&' or '*' has a special meaning in YAML";
  private static final Pattern CANNOT_START =
      Pattern.compile("found character '(.+?)' that cannot start any token");
  private static final Pattern ESCAPE = Pattern.compile("found unknown escape character (.)");

  private YamlSyntax() {}

  /** Where the parser noticed the mistake: the problem's own mark, else where the parser stood. */
  static SourcePosition position(JsonProcessingException e, String file) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return new SourcePosition(
          file, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
    }
    JsonLocation location = e.getLocation();
    return location == null
        ? SourcePosition.wholeFile(file)
        : new SourcePosition(
            file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  /**
   * Some complaints are better explained by the text of the lines than by the parser: an empty list
   * ({@code []}) followed by entries, and a text that starts with '[' or '{'. Empty when the lines
   * say nothing more than the parser does.
   */
  static java.util.Optional<Problem> atLine(String[] lines, SourcePosition at) {
    int line = at.line() - 1;
    if (line < 0 || line >= lines.length) {
      return java.util.Optional.empty();
    }
    for (int above = line - 1; above >= 0 && above >= line - 3; above--) {
      String text = withoutComment(lines[above]).stripTrailing();
      if (text.isBlank()) {
        continue;
      }
      Matcher empty = EMPTY_THEN_ENTRIES.matcher(text);
      if (empty.matches()
          && indent(lines[line]) >= indent(lines[above])
          && !lines[line].isBlank()) {
        return java.util.Optional.of(
            new Problem(
                new SourcePosition(at.file(), above + 1, empty.start(2) + 1),
                "'"
                    + Problem.shortened(empty.group(1).strip())
                    + " "
                    + empty.group(2)
                    + "' says the list is empty,"
                    + " but entries follow it on the lines below",
                "remove the '"
                    + empty.group(2)
                    + "' after '"
                    + Problem.shortened(empty.group(1).strip())
                    + "'"));
      }
      break;
    }
    Matcher value = VALUE_START.matcher(lines[line]);
    if (value.find() && (value.group(1).equals("*") || value.group(1).equals("&"))) {
      String word = lines[line].substring(value.start(1)).split("\\s", 2)[0];
      if (word.equals("*")) { // a bullet from Word or e-mail, not YAML's '- '
        return java.util.Optional.of(
            new Problem(
                new SourcePosition(at.file(), at.line(), value.start(1) + 1),
                "a list entry here starts with '* ', but YAML lists start each entry with '- '",
                "write '- ' instead of '* '"));
      }
      return java.util.Optional.of(
          new Problem(
              new SourcePosition(at.file(), at.line(), value.start(1) + 1),
              "a value starting with '"
                  + value.group(1)
                  + "' is read by YAML as "
                  + (value.group(1).equals("&")
                      ? "a name for the value"
                      : "a reference to a value named elsewhere")
                  + ", so '"
                  + Problem.shortened(word)
                  + "' would be left out",
              "put the whole text in quotes, for example - \""
                  + Problem.shortened(word)
                  + " ...\""));
    }
    if (value.find(0) && (value.group(1).equals("[") || value.group(1).equals("{"))) {
      return java.util.Optional.of(
          new Problem(
              new SourcePosition(at.file(), at.line(), value.start(1) + 1),
              "a text starting with '"
                  + value.group(1)
                  + "' is read by YAML as a "
                  + (value.group(1).equals("[") ? "list" : "group of keys")
                  + ", and the words after it cannot follow one",
              "put the whole text in quotes, for example - \"" + value.group(1) + "...\""));
    }
    return java.util.Optional.empty();
  }

  /** "knowledge: []" or "- []": a key (or entry) whose value is an empty list or group. */
  private static final Pattern EMPTY_THEN_ENTRIES =
      Pattern.compile("^(\\s*(?:-\\s+)*[^#]*?:|\\s*-)\\s*(\\[\\s*]|\\{\\s*})$");

  /** Where a line's value starts: after its indentation, any '- ' and any 'key: '. */
  private static final Pattern VALUE_START =
      Pattern.compile("^\\s*(?:-\\s+)*(?:[^\\s\\[{\"'#][^:#]*:\\s+)?(\\S)");

  private static String withoutComment(String line) {
    int hash = line.indexOf(" #");
    return line.strip().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line;
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  /** The complaint, said for an editor. */
  static Problem.Text explain(JsonProcessingException e) {
    String problem =
        String.valueOf(
            e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null
                ? marked.getProblem()
                : e.getOriginalMessage());
    String context =
        e.getCause() instanceof MarkedYAMLException marked && marked.getContext() != null
            ? marked.getContext()
            : "";
    return explain(problem, context);
  }

  static Problem.Text explain(String problem, String context) {
    String lower = problem.toLowerCase(Locale.ROOT);
    if (problem.startsWith("Duplicate field")) {
      return new Problem.Text(
          "duplicate key " + quotedKey(problem) + ": the same key is given twice",
          "check the indentation of this line against the earlier one with the same key (a level or category may"
              + " be misnamed or indented wrongly); if both belong, put all their entries under one of them");
    }
    if (lower.contains("(tab)") || lower.contains("tab character")) {
      return new Problem.Text(
          "a tab character is used for indentation; YAML indents with spaces only",
          "replace the tab with spaces; set your editor to insert spaces for Tab");
    }
    if (lower.contains("exceeds the limit") || lower.contains("code points")) {
      return new Problem.Text(
          "the file is larger than the limit of " + (YamlReader.MAX_FILE_BYTES / 1024) + " KB",
          "split it, or check that nothing was pasted into it by mistake");
    }
    if (lower.contains("nesting depth")) {
      return new Problem.Text(
          "the values are nested more than " + YamlReader.MAX_NESTING + " levels deep",
          "check the indentation");
    }
    if (lower.contains("number of aliases")) {
      return YamlReader.ANCHORS;
    }
    if (lower.contains("exceeds the maximum") || lower.contains("length (")) {
      return new Problem.Text(
          "a key or a value here is far longer than any content needs",
          "check that nothing was pasted into it by mistake");
    }
    if (context.contains("tag") || lower.contains("tag handle") || lower.contains("expected uri")) {
      return new Problem.Text(TAG_MESSAGE, "put the text in quotes");
    }
    if (context.contains("anchor") || context.contains("alias")) {
      return new Problem.Text(SPECIAL_VALUE, "put the text in quotes");
    }
    if (context.contains("directive")) {
      return new Problem.Text(
          "a line starting with '%' has a special meaning in YAML", "put the text in quotes");
    }
    if (lower.contains("mapping values are not allowed")
        || lower.contains("found unexpected ':'")) {
      return new Problem.Text(
          "a colon followed by a space starts a new key, and no key can start here",
          "a text that contains ': ' must be put in quotes, or a key is indented wrongly");
    }
    if (lower.contains("sequence entries are not allowed")) {
      return new Problem.Text(
          "'- ' here would start a list entry, and none can start here",
          "put a text that starts with '- ' in quotes, or start the list on the next line");
    }
    if (lower.contains("mapping keys are not allowed")) {
      return new Problem.Text(
          "'? ' here would start a new key, and none can start here",
          "put a text that starts with '? ' in quotes");
    }
    if (lower.contains("could not find expected ':'")) {
      return new Problem.Text(
          "this line is neither 'key: value' nor a list entry ('- ...')",
          "a key needs a colon after it, or the line above is indented wrongly");
    }
    Matcher cannotStart = CANNOT_START.matcher(problem);
    if (cannotStart.find()) {
      return new Problem.Text(
          "a value cannot start with '" + cannotStart.group(1) + "'", "put the text in quotes");
    }
    Matcher escape = ESCAPE.matcher(problem);
    if (escape.find()) {
      return new Problem.Text(
          "inside double quotes a backslash starts a special character, and '\\"
              + escape.group(1)
              + "' is not one",
          "write \\\\ for a backslash, or use single quotes instead");
    }
    if (lower.contains("escape")) {
      return new Problem.Text(
          "inside double quotes a backslash starts a special character, and this one is not",
          "write \\\\ for a backslash, or use single quotes instead");
    }
    if (lower.contains("expected ',' or ']'")) {
      return new Problem.Text(
          "a list opened with '[' is not closed with ']'",
          "close it with ']', or put a text that starts with '[' in quotes");
    }
    if (lower.contains("expected ',' or '}'")) {
      return new Problem.Text(
          "a group opened with '{' is not closed with '}'",
          "close it with '}', or put a text that starts with '{' in quotes");
    }
    if (context.contains("quoted") || lower.contains("end of stream")) {
      return new Problem.Text(
          "a quotation mark is opened and never closed",
          "add the closing quotation mark, or remove the opening one");
    }
    if (lower.contains("chomping or indentation indicators")) {
      return new Problem.Text(
          "after '|' or '>' the text must start on the next line",
          "move the text to the next line, indented");
    }
    if (lower.contains("expected a comment or a line break")) {
      return new Problem.Text(
          "there is more on this line after the value has ended",
          "put the whole text in quotes; a text that starts with '>' or '|' must be in quotes too");
    }
    if (lower.contains("expected a field name")) {
      return new Problem.Text(
          "a key must be a single text, not a list or a group of keys",
          "check the indentation, and remove any '?' or brackets before the key");
    }
    if (lower.contains("block end")
        || lower.contains("document start")
        || lower.contains("did not find expected")
        || lower.contains("expected the node content")
        || lower.contains("expected <")) {
      return new Problem.Text(
          "this line is not indented in step with the lines above it",
          "check the indentation of this line against the lines above it");
    }
    return new Problem.Text(
        "YAML cannot make sense of this line",
        "check the indentation and quotation marks near this line");
  }

  /** The key named in "Duplicate field 'title'", as the editor wrote it. */
  private static String quotedKey(String problem) {
    String rest = problem.substring("Duplicate field".length()).strip();
    int end = rest.lastIndexOf('\'');
    return rest.startsWith("'") && end > 0
        ? "'" + Problem.shortened(rest.substring(1, end)) + "'"
        : "";
  }
}
