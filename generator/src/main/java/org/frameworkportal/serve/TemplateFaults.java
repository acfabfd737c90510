package org.frameworkportal.serve;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.nio.file.Path;
import java.util.Optional;
import org.frameworkportal.model.SourcePosition;
import org.frameworkportal.validate.Problem;

/**
 * Says where in which template a preview rebuild stopped, in words for the person editing the
 * templates, from the FreeMarker error somewhere among an exception's causes.
 */
public final class TemplateFaults {
  /** Causes looked through: rendering wraps the FreeMarker error once or twice. */
  private static final int DEPTH = 20;

  private TemplateFaults() {}

  /**
   * The template mistake behind {@code fault}, at its file, line and column under {@code templates};
   * empty when the fault is not in a template. {@code log}, when not null, holds FreeMarker's own description.
   */
  public static Optional<Problem> problem(Throwable fault, Path templates, String log) {
    String hint = log == null ? null : "FreeMarker's full description is in " + log;
    Throwable cause = fault;
    for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
      if (cause instanceof ParseException mistake) {
        return Optional.of(new Problem(at(templates, mistake.getTemplateName(), mistake.getLineNumber(),
            mistake.getColumnNumber()), "the template cannot be read from here: a tag or ${...} is unfinished, "
            + "misspelt or not closed", hint));
      }
      if (cause instanceof TemplateException failure) {
        return Optional.of(new Problem(at(templates, failure.getTemplateSourceName(), failure.getLineNumber(),
            failure.getColumnNumber()), whatWentWrong(failure), hint));
      }
    }
    return Optional.empty();
  }

  private static String whatWentWrong(TemplateException failure) {
    String expression = failure.getBlamedExpressionString();
    if (failure instanceof InvalidReferenceException) {
      return expression == null
          ? "the template uses a value here that this page does not have"
          : "the template uses ${" + expression + "}, which has no value for this page";
    }
    return expression == null
        ? "the template could not be filled in here"
        : "the template could not be filled in here, at ${" + expression + "}";
  }

  private static SourcePosition at(Path templates, String name, Integer line, Integer column) {
    Path file = name == null ? templates : templates.resolve(name);
    return new SourcePosition(shown(file), line == null || line < 1 ? 1 : line, column == null || column < 1 ? 1 : column);
  }

  /** The file as the person would type it: from the current folder when it is under it. */
  static String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
