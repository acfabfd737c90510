package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.frameworkportal.serve.StaticFileServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the browser tests of the checklist's private progression record (issue 16) stand on: the
 * real site, Chromium and the HTTP server of {@link RealSiteInChromium}, a {@link RecordPage} on
 * that Chromium, the Income Officer role they use, a temporary folder for downloads and files to
 * import, and the site's root from disk and over HTTP. A test that changes a site copies or builds
 * its own.
 */
abstract class RecordInChromium extends RealSiteInChromium {
  static final String ROLE = "frameworks/client-financial-services/income-officer/";
  static final String KEY = "framework-portal:v2:client-financial-services/income-officer";
  static final String FIRST_RELEASE =
      "framework-portal:v1:client-financial-services/income-officer:";

  @TempDir static Path tmp;
  static RecordPage page;

  @BeforeAll
  static void openTheRecordPage() {
    page = new RecordPage(browser);
  }

  /** The site's root from disk and over HTTP. */
  static List<String> bases(Path folder, StaticFileServer http) {
    return List.of(folder.toUri().toString(), http.url());
  }

  static String mode(String base) {
    return base.startsWith("file:") ? "file" : "http";
  }

  /** A map of strings from pairs (Map.of takes ten at most). */
  static Map<String, String> strings(String... pairs) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static void replace(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " holds " + from);
    Files.writeString(file, text.replace(from, to));
  }
}
