package org.frameworkportal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the Nu Html Checker (the validator.w3.org/nu engine, from Maven Central) over a folder. */
public final class NuHtmlChecker {
  private NuHtmlChecker() {}

  /** Every error the checker reports for the HTML pages and CSS under {@code dir}, one per line. */
  public static List<String> errors(Path dir) throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xss8m",
            "-cp",
            System.getProperty("java.class.path"),
            "nu.validator.client.SimpleCommandLineValidator",
            "--errors-only",
            "--skip-non-html",
            "--also-check-css",
            "--format",
            "gnu",
            dir.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    List<String> errors =
        new ArrayList<>(output.lines().filter(line -> line.contains("error")).toList());
    if (exit != 0 && errors.isEmpty()) {
      errors.add("the checker exited with " + exit + ":\n" + output);
    }
    return errors;
  }
}
