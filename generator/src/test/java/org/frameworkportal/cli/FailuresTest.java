package org.frameworkportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What reaches the screen when a command fails in a way the content checks do not catch. */
class FailuresTest {
  private final StringWriter printed = new StringWriter();

  private int report(Throwable failure) {
    return Failures.report(failure, new PrintWriter(printed, true));
  }

  @Test
  void aFaultInThePortalGoesToALogNotTheScreen() throws IOException {
    int exit =
        report(
            new IllegalStateException(
                "two pages were rendered to the same path x.html",
                new NullPointerException("deep inside")));
    assertEquals(3, exit);
    String text = printed.toString();
    assertTrue(
        text.startsWith(
            "portal: something went wrong inside the portal. This is a fault in the portal,"
                + " not in your content; nothing was changed.\n"),
        text);
    assertFalse(
        text.contains("Exception") || text.contains("\tat ") || text.contains("java."), text);
    Matcher log = Pattern.compile("The details are in (\\S+\\.log):").matcher(text);
    assertTrue(log.find(), text);
    String detail = Files.readString(Path.of(log.group(1)));
    assertTrue(
        detail.contains("IllegalStateException: two pages were rendered")
            && detail.contains("\tat "),
        detail);
    Files.delete(Path.of(log.group(1)));
  }

  @Test
  void aDiskProblemIsTheEnvironmentsAndSaidPlainly() {
    int exit = report(new UncheckedIOException(new AccessDeniedException("/srv/site/index.html")));
    assertEquals(2, exit);
    assertEquals(
        "portal: you do not have permission to write /srv/site/index.html; choose another --out, or ask"
            + " for write access. The published site was not changed.\n",
        printed.toString());
  }

  @Test
  void runningOutOfMemoryIsSaidPlainly() {
    assertEquals(2, report(new OutOfMemoryError("Java heap space")));
    assertTrue(
        printed.toString().startsWith("portal: the computer ran out of memory"),
        printed.toString());
  }
}
