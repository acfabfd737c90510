package org.frameworkportal.diag;

import org.jspecify.annotations.Nullable;

/**
 * A mistake in the content, said so that an HR editor can fix it: where, what, and how.
 *
 * @param hint what to do about it, or null
 */
public record Problem(SourcePosition at, String message, @Nullable String hint) {
  /** How much of a value a message quotes: enough to find it, never a whole pasted page. */
  static final int QUOTED = 60;

  /** A message and its hint, before it is given a position. */
  public record Text(String message, String hint) {}

  public static Problem at(SourcePosition at, String message) {
    return new Problem(at, message, null);
  }

  /** {@code content/path.yaml:LINE:COL: message (hint)}, the form editors and IDEs both read. */
  public String format() {
    return printable(at + ": " + message + (hint == null ? "" : " (" + hint + ")"));
  }

  /**
   * Text from content made safe for a terminal: control characters (C0, DEL and C1, which can move
   * the cursor, clear the screen or start an escape sequence) and the marks that reverse the order
   * in which text is shown are written as {@code \u001B}.
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** A value as a message quotes it: cut after {@value #QUOTED} characters. */
  public static @Nullable String shortened(@Nullable String value) {
    if (value == null || value.length() <= QUOTED) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
    return value.substring(0, end) + "…";
  }
}
