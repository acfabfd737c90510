package org.frameworkportal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.SourcePosition;

/**
 * The line a problem is on, quoted under it with a mark at the spot, as the Elm and Rust compilers
 * show mistakes: an editor sees what the portal means without opening the file first.
 *
 * <pre>
 *    100 |       - *2 years post qualifying experience
 *        |         ^
 * </pre>
 */
final class Excerpt {
  /** Long lines are shown around the spot, so the mark stays on screen. */
  private static final int WIDTH = 100;

  private final Map<String, List<String>> files = new HashMap<>();

  /** The two lines to print under a problem, or none when its line cannot be shown. */
  List<String> of(SourcePosition at) {
    if (at.isWholeFile()) {
      return List.of(); // a problem with the file itself (its name, its size): no line to point at
    }
    List<String> lines = files.computeIfAbsent(at.file(), Excerpt::read);
    if (at.line() > lines.size()) {
      return List.of();
    }
    String line = lines.get(at.line() - 1).replace('\t', ' ');
    int column = Math.min(Math.max(at.column() - 1, 0), line.length());
    int from = column > WIDTH - 20 ? column - (WIDTH - 40) : 0;
    int to = Math.min(line.length(), from + WIDTH);
    String shown =
        (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
    int markAt = column - from + (from > 0 ? 3 : 0);
    String number = String.valueOf(at.line());
    String gutter = " ".repeat(number.length());
    return List.of(
        "  " + number + " | " + Problem.printable(shown),
        "  "
            + gutter
            + " | "
            + " "
                .repeat(
                    Math.max(
                        0, printableWidth(shown.substring(0, Math.min(markAt, shown.length())))))
            + "^");
  }

  /** How many characters the text takes once control characters are written out. */
  private static int printableWidth(String text) {
    return Problem.printable(text).codePointCount(0, Problem.printable(text).length());
  }

  private static List<String> read(String file) {
    try {
      Path path = Path.of(file);
      if (!Files.isRegularFile(path) || Files.size(path) > 1 << 20) {
        return List.of();
      }
      String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
