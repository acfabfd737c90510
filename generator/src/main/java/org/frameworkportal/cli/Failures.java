package org.frameworkportal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.frameworkportal.write.SiteWriter;
import org.jspecify.annotations.Nullable;

/**
 * What the person at the keyboard is told when a command fails for a reason the content checks do
 * not catch: the disk or a folder (exit 2), a template (exit 1), or a fault in the portal itself
 * (exit 3), whose detail goes to a log file rather than the screen.
 */
final class Failures {
  static final int ENVIRONMENT = 2;
  static final int CONTENT = 1;
  static final int BUG = 3;

  private Failures() {}

  /** Tells {@code err} what went wrong and returns the exit status. */
  static int report(Throwable failure, PrintWriter err) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SiteWriter.OutputProblem problem) {
        err.println("portal: " + problem.getMessage());
        return ENVIRONMENT;
      }
      if (cause instanceof org.frameworkportal.render.TemplateProblem template) {
        err.println(template.format());
        return CONTENT;
      }
      if (cause instanceof IOException io) {
        err.println(
            "portal: "
                + SiteWriter.plainReason(io, Path.of("").toAbsolutePath())
                    .replace("could not write", "could not read or write"));
        return ENVIRONMENT;
      }
      if (cause instanceof StackOverflowError) {
        Path log = writeLog(failure);
        err.println(
            "portal: something in the content or the templates is nested too deeply to handle (for example"
                + " a template that uses itself, or text nested thousands of levels deep). Nothing was changed."
                + (log == null ? "" : " The details are in " + log + "."));
        return CONTENT;
      }
      if (cause instanceof OutOfMemoryError) {
        err.println(
            "portal: the computer ran out of memory for this build; close other programs and try again."
                + " Nothing was changed.");
        return ENVIRONMENT;
      }
    }
    Path log = writeLog(failure);
    err.println(
        "portal: something went wrong inside the portal. This is a fault in the portal, not in your"
            + " content; nothing was changed.");
    err.println(
        log != null
            ? "The details are in "
                + log
                + ": please send that file to whoever looks after the portal."
            : "Please tell whoever looks after the portal what you ran.");
    return BUG;
  }

  /**
   * The stack trace, for whoever fixes the portal, in a new file in the system's temporary folder.
   */
  private static @Nullable Path writeLog(Throwable failure) {
    String stamp =
        LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    Path log =
        Path.of(
            System.getProperty("java.io.tmpdir"),
            "portal-error-" + stamp + "-" + ProcessHandle.current().pid() + ".log");
    return appendTrace(
        log,
        "Framework Portal "
            + PortalCommand.class.getPackage().getImplementationVersion()
            + ", Java "
            + System.getProperty("java.version"),
        failure);
  }

  /**
   * Adds {@code heading} and the stack trace to {@code log} (made if missing): the detail of a
   * fault goes to a file, never to the screen. The file, or null when it cannot be written.
   */
  static @Nullable Path appendTrace(Path log, String heading, Throwable fault) {
    StringWriter trace = new StringWriter();
    fault.printStackTrace(new PrintWriter(trace));
    try {
      Files.writeString(
          log,
          heading + "\n" + trace + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return log;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
