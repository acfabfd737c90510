package org.frameworkportal.render;

import java.nio.file.Path;

/**
 * A template that is missing or has a mistake, with its file and line: templates are edited too,
 * and their author needs to know where, not a stack trace.
 */
public final class TemplateProblem extends RuntimeException {
  private final String at;

  TemplateProblem(Path file, Integer line, Integer column, String message, Throwable cause) {
    super(message, cause);
    this.at = file + (line == null || line < 1 ? "" : ":" + line + ":" + (column == null || column < 1 ? 1 : column));
  }

  /** {@code templates/role.ftlh:12:5: the template has a mistake: ...}, as content problems are printed. */
  public String format() {
    return at + ": " + getMessage();
  }
}
