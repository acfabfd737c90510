package org.frameworkportal.render;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/** The Freemarker templates, configured once: HTML auto-escaping, UTF-8, no locale surprises. */
public final class Templates {
  private final Configuration configuration;
  private final Path templateDir;

  static {
    // Template problems surface as exceptions with their position; Freemarker's own log adds
    // nothing.
    if (System.getProperty("org.freemarker.loggerLibrary") == null) {
      System.setProperty("org.freemarker.loggerLibrary", "none");
    }
  }

  /**
   * @param templateDir where the templates were read from, for messages
   * @param files the templates by name, or empty when the folder could not be read
   */
  public Templates(Path templateDir, Optional<Map<String, String>> files) {
    this.templateDir = templateDir;
    if (files.isEmpty()) {
      throw new TemplateProblem(
          templateDir,
          null,
          null,
          "the templates folder does not exist or cannot be read;"
              + " give --templates a folder of templates, or leave it out to use the portal's own",
          null);
    }
    StringTemplateLoader loader = new StringTemplateLoader();
    files.get().forEach(loader::putTemplate);
    configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setTemplateLoader(loader);
    configuration.setLocalizedLookup(false); // role.ftlh, never role_en_GB.ftlh
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputEncoding("UTF-8");
    configuration.setRecognizeStandardFileExtensions(true); // .ftlh escapes HTML, .ftlx XML
    configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
    configuration.setLocale(Locale.UK);
    configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat("computer");
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setObjectWrapper(
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    configuration.setWhitespaceStripping(true);
  }

  /**
   * Renders one template with {@code model} as its data; a template mistake is a programming error.
   */
  public byte[] render(String template, Object model) {
    try {
      Template t = configuration.getTemplate(template);
      Utf8Writer out = new Utf8Writer(32 * 1024);
      t.process(model, out);
      return out.toByteArray();
    } catch (IOException | TemplateException e) {
      throw problem(template, e);
    }
  }

  /** What went wrong with a template, said with its file and line. */
  private TemplateProblem problem(String template, Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof freemarker.core.ParseException parse) {
        return new TemplateProblem(
            file(parse.getTemplateName(), template),
            parse.getLineNumber(),
            parse.getColumnNumber(),
            "the template cannot be read from here: a tag or ${...} is unfinished, misspelt or not closed ("
                + firstLine(parse.getEditorMessage())
                + ")",
            e);
      }
      if (cause instanceof TemplateException filling) {
        return new TemplateProblem(
            file(filling.getTemplateSourceName(), template),
            filling.getLineNumber(),
            filling.getColumnNumber(),
            whatWentWrong(filling),
            e);
      }
      if (cause instanceof freemarker.template.TemplateNotFoundException missing) {
        return new TemplateProblem(
            file(missing.getTemplateName(), template),
            null,
            null,
            "the template is missing from "
                + templateDir
                + "; copy it from the portal's own templates/ folder",
            e);
      }
    }
    return new TemplateProblem(
        file(null, template),
        null,
        null,
        "the template could not be read (" + e.getMessage() + ")",
        e);
  }

  private static String whatWentWrong(TemplateException failure) {
    String expression = failure.getBlamedExpressionString();
    if (failure instanceof freemarker.core.InvalidReferenceException) {
      return expression == null
          ? "the template uses a value here that this page does not have"
          : "the template uses ${" + expression + "}, which has no value for this page";
    }
    return expression == null
        ? "the template could not be filled in here: "
            + firstLine(failure.getMessageWithoutStackTop())
        : "the template could not be filled in here, at ${" + expression + "}";
  }

  private Path file(@Nullable String name, String fallback) {
    return templateDir.resolve(name == null ? fallback : name);
  }

  private static String firstLine(@Nullable String text) {
    // Freemarker's first line often ends in a colon and names the expression on the next.
    String first =
        text == null
            ? ""
            : String.join(
                " ",
                text.strip()
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .limit(2)
                    .toList());
    return first.length() > 200 ? first.substring(0, 200) + "..." : first;
  }
}
