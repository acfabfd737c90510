package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.frameworkportal.serve.StaticFileServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Queries typed as staff would ({@code src/test/resources/search/queries.tsv}), run on the search
 * page of the real site in Chromium, from disk and over HTTP: the pages each must find are in the
 * first five results for at least 95% of them. Prints the hit rate and every miss.
 */
class SearchQueriesIT {
  @TempDir static Path tmp;
  static Path site;
  static StaticFileServer server;
  static Browser browser;

  /** A query and the pages it must find: any one of them, or all of them. */
  record Expectation(String query, List<String> pages, boolean all) {}

  @BeforeAll
  static void start() throws Exception {
    site = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("site"));
    browser = Browser.start();
    server = new StaticFileServer(site, 0);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  static List<Expectation> fixture() throws IOException {
    List<Expectation> expectations = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/search/queries.tsv"), UTF8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      boolean all = cells[1].contains(" & ");
      expectations.add(
          new Expectation(cells[0], List.of(cells[1].split(all ? " & " : " \\| ", -1)), all));
    }
    return expectations;
  }

  static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /** The first results' links, relative to the site root, once the page has shown them. */
  static List<String> results(String base, String query) {
    browser.open(base + "search.html?q=" + URLEncoder.encode(query, UTF8));
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d ->
                query.equals(
                    d.findElement(By.cssSelector("[data-search-results]"))
                        .getAttribute("data-search-done")));
    List<String> links = new ArrayList<>();
    for (WebElement link : browser.driver.findElements(By.cssSelector(".search-result__title a"))) {
      String href = link.getAttribute("href");
      links.add(href.startsWith(base) ? href.substring(base.length()) : href);
    }
    return links;
  }

  @Test
  void staffQueriesFindTheirPagesInTheFirstFiveFromDiskAndOverHttp() throws IOException {
    List<Expectation> fixture = fixture();
    assertTrue(fixture.size() >= 40, "at least 40 queries");
    for (String base : List.of(site.toUri().toString(), server.url())) {
      List<String> misses = new ArrayList<>();
      for (Expectation expectation : fixture) {
        List<String> top = results(base, expectation.query());
        List<String> five = top.subList(0, Math.min(5, top.size()));
        boolean found =
            expectation.all()
                ? five.containsAll(expectation.pages())
                : expectation.pages().stream().anyMatch(five::contains);
        if (!found) {
          misses.add(
              "\"" + expectation.query() + "\" wanted " + expectation.pages() + ", got " + five);
        }
      }
      int hits = fixture.size() - misses.size();
      System.out.printf(
          "search fixture (%s): %d of %d queries found their pages in the first five (%.1f%%)%n",
          base.startsWith("file") ? "file://" : "HTTP",
          hits,
          fixture.size(),
          100.0 * hits / fixture.size());
      misses.forEach(miss -> System.out.println("  miss: " + miss));
      assertTrue(hits >= Math.ceil(0.95 * fixture.size()), String.join("\n", misses));
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  /** axe-core finds nothing on results, with their levels, marks and the "more" button used. */
  @Test
  void resultsPassAxe() {
    List<String> violations = new ArrayList<>();
    for (String query : List.of("court of protection", "what evidence do I need", "safegaurding")) {
      results(server.url(), query);
      WebElement more = browser.driver.findElement(By.cssSelector(".search-more"));
      if (more.isDisplayed()) {
        int before = browser.driver.findElements(By.cssSelector(".search-result")).size();
        more.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
            .until(d -> d.findElements(By.cssSelector(".search-result")).size() > before);
      }
      com.deque.html.axecore.results.Results results = BrowserIT.axe().analyze(browser.driver);
      results
          .getViolations()
          .forEach(rule -> violations.add(query + ": " + rule.getId() + " " + rule.getHelp()));
    }
    assertEquals(List.of(), violations);
    assertEquals(List.of(), browser.consoleErrors());
  }
}
