package org.frameworkportal.render;

import java.nio.file.Path;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * A template that is missing or has a mistake, at its file and line: templates are edited too, and
 * their author needs to know where, not a stack trace.
 */
public final class TemplateProblem extends RuntimeException {
  private final SourcePosition at;

  /** False for a problem with the whole file (a missing template): no line is made up for it. */
  private final boolean hasLine;

  TemplateProblem(
      Path file,
      @Nullable Integer line,
      @Nullable Integer column,
      String message,
      @Nullable Throwable cause) {
    super(message, cause);
    int lineNumber = line == null ? 0 : line;
    this.hasLine = lineNumber > 0;
    this.at =
        new SourcePosition(
            shown(file), hasLine ? lineNumber : 1, column == null || column < 1 ? 1 : column);
  }

  public SourcePosition at() {
    return at;
  }

  /** {@code templates/role.ftlh:12:5: the template ...}, as content problems are printed. */
  public String format() {
    return (hasLine ? at.toString() : at.file()) + ": " + getMessage();
  }

  /** The file as the person would type it: from the current folder when it is under it. */
  static String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
