package org.frameworkportal.serve;

import java.util.Optional;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.render.TemplateProblem;
import org.jspecify.annotations.Nullable;

/**
 * Says where in which template a preview rebuild stopped, from the template problem among a fault's
 * causes.
 */
public final class TemplateFaults {
  /** Causes looked through: rendering on several threads wraps the problem once or twice. */
  private static final int DEPTH = 20;

  private TemplateFaults() {}

  /**
   * The template mistake behind {@code fault}; empty when the fault is not in a template. {@code
   * log}, when not null, holds FreeMarker's own description.
   */
  public static Optional<Problem> problem(Throwable fault, @Nullable String log) {
    String hint = log == null ? null : "FreeMarker's full description is in " + log;
    Throwable cause = fault;
    for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
      if (cause instanceof TemplateProblem template) {
        return Optional.of(new Problem(template.at(), String.valueOf(template.getMessage()), hint));
      }
    }
    return Optional.empty();
  }
}
