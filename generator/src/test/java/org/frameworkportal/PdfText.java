package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The text of each page of a PDF, through poppler's pdftotext (Debian's poppler-utils). */
final class PdfText {
  static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");

  private PdfText() {}

  static List<String> pages(Path pdf) throws IOException, InterruptedException {
    if (!Files.isExecutable(PDFTOTEXT) && System.getenv("CI") != null) {
      fail("pdftotext is needed to read printed pages: apt-get install poppler-utils");
    }
    assumeTrue(
        Files.isExecutable(PDFTOTEXT), "apt-get install poppler-utils to read printed pages");
    Process process =
        new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", pdf.toString(), "-")
            .redirectErrorStream(true)
            .start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      fail("pdftotext could not read " + pdf + ": " + text);
    }
    // pdftotext ends every page with a form feed.
    List<String> pages = Arrays.asList(text.split("\f", -1));
    return pages.subList(0, pages.size() - 1);
  }
}
