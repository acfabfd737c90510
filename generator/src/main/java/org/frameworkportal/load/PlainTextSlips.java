package org.frameworkportal.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Slips that YAML reads without complaint but that change what HR typed, in text written without
 * quotes: list entries merged into the one above by an indentation slip, and words after ' #'
 * dropped as a comment. Quoted text is read exactly as typed, so it is never questioned.
 */
final class PlainTextSlips {
  private PlainTextSlips() {}

  /**
   * Whether the value just read, written without quotes as {@code scalar} in {@code lines}, shows
   * one of these slips; if so, a problem about it has been added.
   */
  static boolean found(
      ScalarEvent scalar, String value, String[] lines, String file, Problems problems) {
    int first = scalar.getStartMark().getLine();
    int last = Math.min(scalar.getEndMark().getLine(), lines.length - 1);
    for (int line = first + 1; line <= last; line++) {
      String text = lines[line];
      String stripped = text.stripLeading();
      int at = text.length() - stripped.length();
      if (stripped.equals("-") || stripped.startsWith("- ")) {
        problems.add(
            new SourcePosition(file, line + 1, at + 1),
            "this line is read as more words of the text on line "
                + (first + 1)
                + ", not as an entry of its own,"
                + " because its '- ' is not lined up with the '- ' of the entries before it",
            "line up every '- ' of the list under the first one, with the same number of spaces before it");
        return true; // one problem per merged text: the rest follow from it
      }
      if (startsLikeAnEntry(stripped, lines[line - 1])) {
        problems.add(
            new SourcePosition(file, line + 1, at + 1),
            "this line looks like an entry of its own, but it has no '- ' in front, so it is read as more words of"
                + " the text on line "
                + (first + 1),
            "start it with '- ' lined up with the entries above; if it does continue the text above, put the"
                + " whole text in quotes");
        return true;
      }
    }
    if (value.indexOf('\n') >= 0) {
      // In text without quotes, a blank line is kept only as a line break: paragraphs would run
      // together.
      problems.add(
          new SourcePosition(file, first + 1, scalar.getStartMark().getColumn() + 1),
          "this text runs over several paragraphs, but without '|' after its key they are joined into one",
          "write '|' after the key's colon (for example 'intro: |') and keep the paragraphs indented below it");
      return true;
    }
    if (last + 1 < lines.length && scalar.getStartMark().getColumn() > 0) {
      String next = lines[last + 1];
      String stripped = next.stripLeading();
      int indent = next.length() - stripped.length();
      if (stripped.startsWith("#")
          && indent >= scalar.getStartMark().getColumn()
          && !lines[last].stripTrailing().matches(".*[.!?:;)]$")) {
        // A wrapped line that starts with '#': read as a comment, it silently ends the text above.
        problems.add(
            new SourcePosition(file, last + 2, indent + 1),
            "this line starts with '#', so it is read as a comment, and the text above it ends without it",
            "put the whole text in quotes, or move the '#' away from the start of the line");
        return true;
      }
    }
    Matcher two = TWO_ON_ONE_LINE.matcher(value);
    if (two.find()) {
      problems.add(
          new SourcePosition(file, first + 1, scalar.getStartMark().getColumn() + 1),
          "this looks like two entries written on one line, joined by ' - '",
          "put each on a line of its own starting with '- '; if it is one text, put it in quotes");
      return true;
    }
    String end = lines[last];
    int after = Math.min(scalar.getEndMark().getColumn(), end.length());
    String rest = end.substring(after);
    if (!rest.isEmpty()
        && rest.stripLeading().startsWith("#")
        && Character.isWhitespace(rest.charAt(0))) {
      int hash = after + rest.indexOf('#');
      String whole = value + " " + end.substring(hash).strip();
      String quoted = "\"" + whole.replace("\"", "'") + "\"";
      problems.add(
          new SourcePosition(file, last + 1, hash + 1),
          "the words from ' #' to the end of the line are read as a comment and left out of the text",
          quoted.length() <= 70 && whole.indexOf('\n') < 0
              ? "to keep them, put the whole text in quotes: " + quoted
              : "to keep them, put the whole text in double quotes; for a note to reviewers, use 'note:' instead");
      return true;
    }
    return false;
  }

  /** "...Protection. - Understands equality...": a sentence, a dash, then a new sentence. */
  private static final Pattern TWO_ON_ONE_LINE = Pattern.compile("[.!?;]\\s+[-–•]\\s+\\p{Lu}");

  /**
   * A wrapped line that starts like a new entry: a bullet pasted from Word, a dash without its
   * space, or a new sentence after a line that ended one.
   */
  private static boolean startsLikeAnEntry(String line, String above) {
    if (line.isEmpty()) {
      return false;
    }
    char first = line.charAt(0);
    if ("•·▪◦●–—".indexOf(first) >= 0
        || (first == '-' && line.length() > 1 && !Character.isWhitespace(line.charAt(1)))) {
      return true;
    }
    String before = above.stripTrailing();
    return Character.isUpperCase(first) && before.matches(".*[.!?]$");
  }
}
