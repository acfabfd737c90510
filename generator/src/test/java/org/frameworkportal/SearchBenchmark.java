package org.frameworkportal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.frameworkportal.serve.StaticFileServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in Chromium at the real content and at 2,000 roles, from disk and over HTTP: for
 * each query on a fresh page with an empty cache, the bytes the page loaded before the first result
 * (every file it read, gzipped as a server would send it) and the time from Enter to results on
 * screen. Figures are printed and written to target/search-benchmark.md, never asserted. Run with
 * {@code ./mvnw -B -Pbench verify -pl generator -Dit.test=SearchBenchmark}.
 */
class SearchBenchmark {
  static final List<String> QUERIES =
      List.of(
          "court of protection",
          "social worker",
          "deputyship",
          "MPR4",
          "safegaurding",
          "how do I get to level C",
          "occupational therapy assessment",
          "supervision");

  @TempDir static Path tmp;

  record Figure(String set, String mode, String query, long bytes, int files, double millis) {}

  @Test
  void searchIsLightAtEveryScale() throws Exception {
    List<Figure> figures = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    Path real = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("real"));
    Path content = SyntheticContent.write(tmp.resolve("content"), 100, 20, 2026);
    Path large = PortalRun.buildOk(content, tmp.resolve("large"));
    try (Browser browser = Browser.start()) {
      for (Map.Entry<String, Path> set :
          List.of(Map.entry("real content", real), Map.entry("2,000 roles", large))) {
        report.append(parts(set.getKey(), set.getValue()));
        try (StaticFileServer server = new StaticFileServer(set.getValue(), 0)) {
          for (String mode : List.of("file", "http")) {
            String base = mode.equals("file") ? set.getValue().toUri().toString() : server.url();
            measure(browser, base, "warm-up", set.getValue());
            for (String query : QUERIES) {
              figures.add(measure(browser, base, query, set.getValue()).in(set.getKey(), mode));
            }
          }
        }
      }
    }
    report.append(
        "\n| content | from | query | bytes before the first result (gzipped) | files | Enter to"
            + " results |\n|---|---|---|---:|---:|---:|\n");
    for (Figure f : figures) {
      report.append(
          String.format(
              "| %s | %s | %s | %.1f KB | %d | %.0f ms |%n",
              f.set(), f.mode(), f.query(), f.bytes() / 1024.0, f.files(), f.millis()));
    }
    System.out.println(report);
    Files.writeString(Path.of("target/search-benchmark.md"), report);
  }

  /** A query on a fresh page, cache emptied: what it loaded and how long Enter took to results. */
  static Measured measure(Browser browser, String base, String query, Path site) {
    browser.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    browser.open(base + "search.html");
    new WebDriverWait(browser.driver, Duration.ofSeconds(30))
        .until(
            d -> browser.js("return !!(window.PortalSearch && window.PortalSearch.parts.index)"));
    browser.js(
        "document.getElementById('search-q').value = arguments[0];"
            + "document.querySelector('.search-form').requestSubmit();",
        query);
    new WebDriverWait(browser.driver, Duration.ofSeconds(60))
        .until(
            d ->
                query.equals(
                    d.findElement(By.cssSelector("[data-search-results]"))
                        .getAttribute("data-search-done")));
    double millis = ((Number) browser.js("return window.PortalSearch.millis")).doubleValue();
    @SuppressWarnings("unchecked")
    List<String> urls =
        (List<String>)
            browser.js(
                "return [location.href].concat([].map.call(document.querySelectorAll("
                    + "'script[src], link[rel=stylesheet], link[rel=icon]'), function (e) {"
                    + " return e.src || e.href; }))");
    long bytes = 0;
    for (String url : urls) {
      String path = URI.create(url.replaceAll("[?#].*", "")).getPath();
      String relative =
          URLDecoder.decode(path, StandardCharsets.UTF_8)
              .substring(URI.create(base).getPath().length());
      bytes += gzipped(site.resolve(relative));
    }
    return new Measured(query, bytes, urls.size(), millis);
  }

  record Measured(String query, long bytes, int files, double millis) {
    Figure in(String set, String mode) {
      return new Figure(set, mode, query, bytes, files, millis);
    }
  }

  static long gzipped(Path file) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
        gzip.write(Files.readAllBytes(file));
      }
      return out.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How the index is cut: parts, their sizes, the largest. */
  static String parts(String set, Path site) throws IOException {
    List<Path> parts;
    try (Stream<Path> files = Files.list(site.resolve("search"))) {
      parts = files.sorted().toList();
    }
    long raw = 0;
    long gz = 0;
    long largest = 0;
    for (Path part : parts) {
      raw += Files.size(part);
      long g = gzipped(part);
      gz += g;
      largest = Math.max(largest, g);
    }
    return String.format(
        "%s: %d parts in search/, %.1f MB raw, %.1f MB gzipped, largest %.1f KB gzipped; contents"
            + " (search/index.js) %.1f KB gzipped; search-index.json %.1f MB raw%n",
        set,
        parts.size(),
        raw / 1048576.0,
        gz / 1048576.0,
        largest / 1024.0,
        gzipped(site.resolve("search/index.js")) / 1024.0,
        Files.size(site.resolve("search-index.json")) / 1048576.0);
  }
}
