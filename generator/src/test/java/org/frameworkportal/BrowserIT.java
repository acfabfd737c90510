package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.frameworkportal.serve.StaticFileServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The real site in Chromium, opened from disk (file://) and over HTTP: no console errors, axe-core
 * finds no WCAG 2.2 A/AA violation on any page, keyboard focus is visible, and nothing scrolls
 * sideways at 320 px. Screenshots of one page of every kind go to target/screenshots.
 */
class BrowserIT {
  static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  /**
   * axe with the WCAG 2.2 A and AA rules, run straight on the page (the site has no frames), asked
   * for every violation but only one example of what passed: the whole report of a long role page,
   * every passing node included, took most of the time of checking every page.
   */
  static AxeBuilder axe() {
    com.deque.html.axecore.args.AxeRunOptions options =
        new com.deque.html.axecore.args.AxeRunOptions();
    options.setResultTypes(List.of("violations"));
    return new AxeBuilder().withTags(WCAG_TAGS).disableIframeTesting().withOptions(options);
  }

  @TempDir static Path tmp;
  static Path site;
  static StaticFileServer server;
  static Browser browser;

  /** One page of every kind, by a name for its screenshot. */
  static Map<String, String> pagesOfEveryKind() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "index.html");
    pages.put("framework", "frameworks/client-financial-services/index.html");
    pages.put("role", "frameworks/adult-social-work/social-worker/index.html");
    pages.put(
        "role-to-be-confirmed",
        "frameworks/occupational-therapy/occupational-therapist-assistant/index.html");
    pages.put("profile", "profiles/kent-principal-occupational-therapist.html");
    pages.put("compare", "frameworks/client-financial-services/income-officer/compare.html");
    pages.put("checklist", "frameworks/client-financial-services/income-officer/checklist-c.html");
    pages.put("skills", "skills/index.html");
    pages.put("skill", "skills/safeguarding-adults.html");
    pages.put("pathways", "pathways.html");
    pages.put("search", "search.html?q=court+of+protection");
    pages.put("not-found", "404.html");
    pages.put("glossary", "glossary.html");
    pages.put("accessibility", "accessibility.html");
    return pages;
  }

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

  /** Waits until the search page has shown the results of its query (parts load as scripts). */
  static void awaitSearch() {
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofSeconds(10))
        .until(
            d ->
                d.findElement(org.openqa.selenium.By.cssSelector("[data-search-results]"))
                        .getAttribute("data-search-done")
                    != null);
  }

  static String fileUrl(String path) {
    return site.resolve(path).toUri().toString();
  }

  @Test
  void pagesOpenFromDiskAndOverHttpWithoutConsoleErrors() {
    List<String> problems = new ArrayList<>();
    browser.width(1280);
    for (Map.Entry<String, String> page : pagesOfEveryKind().entrySet()) {
      for (String mode : List.of("file", "http")) {
        browser.open(
            mode.equals("file") ? fileUrl(page.getValue()) : server.url() + page.getValue());
        String h1 = browser.driver.findElement(org.openqa.selenium.By.tagName("h1")).getText();
        if (h1.isBlank()) {
          problems.add(mode + " " + page.getValue() + ": no heading shown");
        }
        browser
            .consoleErrors()
            .forEach(error -> problems.add(mode + " " + page.getValue() + ": " + error));
        browser.screenshot(page.getKey() + "-" + mode + "-1280");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void axeFindsNoViolationsOnAnyPage() {
    browser.width(1280);
    List<String> violations = new ArrayList<>();
    for (String path : PortalRun.htmlPages(site)) {
      browser.open(server.url() + path);
      Results results = axe().analyze(browser.driver);
      for (Rule rule : results.getViolations()) {
        violations.add(
            path
                + ": "
                + rule.getId()
                + " ("
                + rule.getImpact()
                + ") "
                + rule.getHelp()
                + " at "
                + rule.getNodes().stream()
                    .map(node -> String.valueOf(node.getTarget()))
                    .collect(Collectors.joining(", ")));
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void keyboardFocusIsVisible() {
    browser.width(1280);
    browser.open(server.url() + pagesOfEveryKind().get("role"));
    List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      WebElement focused = browser.driver.switchTo().activeElement();
      String text = focused.getText();
      String label = focused.getTagName() + " \"" + text + "\"";
      String focusedStyle = focusStyle(focused);
      Map<String, Object> box = rect(focused);
      browser.js("arguments[0].blur()", focused);
      String restingStyle = focusStyle(focused);
      if (i == 0) {
        browser.js("arguments[0].focus()", focused);
        browser.screenshot("focus-skip-link");
        checks.add(
            () ->
                assertEquals("Skip to main content", text, "the first Tab reaches the skip link"));
      }
      checks.add(
          () ->
              assertNotEquals(
                  restingStyle, focusedStyle, label + " looks the same focused and not"));
      checks.add(
          () ->
              assertTrue(
                  ((Number) box.get("width")).doubleValue() > 0
                      && ((Number) box.get("top")).doubleValue() >= 0,
                  label + " is focused off screen: " + box));
      browser.js("arguments[0].focus()", focused);
    }
    assertAll(checks);
  }

  private static String focusStyle(WebElement element) {
    return (String)
        browser.js(
            "const s = getComputedStyle(arguments[0]);"
                + "return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine].join('|');",
            element);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> rect(WebElement element) {
    return (Map<String, Object>)
        browser.js(
            "const r = arguments[0].getBoundingClientRect();"
                + "return {top: r.top, width: r.width};",
            element);
  }

  @Test
  void checklistRecordSurvivesAReloadAndIsSharedByTheRolesLevels() {
    browser.width(1280);
    RecordPage record = new RecordPage(browser);
    for (String base : List.of(fileUrl(""), server.url())) {
      String url = base + "frameworks/client-financial-services/income-officer/checklist-b.html";
      record.fresh(url);
      List<String> ids = record.statementIds();
      assertTrue(ids.size() > 10);
      record.setStatus(ids.get(0), "met").setStatus(ids.get(2), "met");
      assertEquals(
          "Level B: 2 of "
              + ids.size()
              + " met, 0 working on it, 0 not applicable, "
              + (ids.size() - 2)
              + " not started.",
          record.progress());

      browser.driver.navigate().refresh();
      assertEquals(
          List.of("met", "not-started", "met"),
          ids.subList(0, 3).stream().map(record::status).toList(),
          base + ": the record survives a reload");

      record.find("[data-checklist-only-unmet]").click();
      assertTrue(
          !record.find("#" + ids.get(0)).isDisplayed()
              && record.find("#" + ids.get(1)).isDisplayed(),
          "'what I still need' hides the met rows");
      browser.screenshot("checklist-only-unmet-" + (base.startsWith("file") ? "file" : "http"));

      record.open(url.replace("checklist-b", "checklist-c"));
      assertEquals("met", record.status(ids.get(0)), "every level shares the role's record");
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  @Test
  void levelCChecklistPrintsToA4() throws Exception {
    browser.width(1280);
    browser.open(
        server.url()
            + "frameworks/client-financial-services/team-manager-finance-operations/checklist-c.html");
    org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
    options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
    options.setBackground(false);
    String pdf = browser.driver.print(options).getContent();
    byte[] bytes = java.util.Base64.getDecoder().decode(pdf);
    Path out =
        Path.of(
            System.getProperty("screenshots.dir", "target/screenshots"),
            "checklist-team-manager-level-c.pdf");
    java.nio.file.Files.createDirectories(out.getParent());
    java.nio.file.Files.write(out, bytes);
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(text.startsWith("%PDF"), "a PDF was printed");
    assertTrue(text.contains("/MediaBox [0 0 595"), "the pages are A4");
  }

  @Test
  void searchFindsDeputyshipFromDiskAndOverHttp() {
    browser.width(1280);
    for (String base : List.of(fileUrl(""), server.url())) {
      browser.open(base + "frameworks/adult-social-work/social-worker/index.html");
      WebElement box = browser.driver.findElement(org.openqa.selenium.By.id("site-search-q"));
      box.sendKeys("deputyship");
      long start = System.nanoTime();
      box.sendKeys(Keys.ENTER);
      List<WebElement> results =
          new org.openqa.selenium.support.ui.WebDriverWait(
                  browser.driver, java.time.Duration.ofSeconds(10))
              .until(
                  d -> {
                    List<WebElement> found =
                        d.findElements(
                            org.openqa.selenium.By.cssSelector(".search-result__title a"));
                    return found.isEmpty() ? null : found;
                  });
      long millis = (System.nanoTime() - start) / 1_000_000;
      List<String> titles = results.stream().map(WebElement::getText).toList();
      assertTrue(titles.contains("Client Financial Affairs Officer"), base + ": " + titles);
      assertTrue(titles.contains("Client Financial Affairs Team Manager"), base + ": " + titles);
      String status =
          browser
              .driver
              .findElement(org.openqa.selenium.By.cssSelector("[data-search-status]"))
              .getText();
      assertTrue(status.matches("\\d+ results for “deputyship”"), status);
      assertTrue(
          browser.driver.getCurrentUrl().contains("q=deputyship"),
          "the query is kept in the address");
      assertTrue(
          !browser
              .driver
              .findElements(org.openqa.selenium.By.cssSelector(".search-result mark"))
              .isEmpty(),
          "the matching words are marked");
      assertEquals(List.of(), browser.consoleErrors());
      browser.screenshot("search-deputyship-" + (base.startsWith("file") ? "file" : "http"));
      System.out.println("search results on screen " + millis + " ms after Enter (" + base + ")");
    }
  }

  /**
   * Prints (does not assert: timings belong in a benchmark) how long a search takes on the loaded
   * page.
   */
  @Test
  void searchOnTheLoadedPageIsMeasured() {
    browser.width(1280);
    browser.open(server.url() + "search.html");
    List<Double> millis = new ArrayList<>();
    for (String query :
        List.of(
            "court of protection",
            "driving licence",
            "supervision",
            "deputyship",
            "safegaurding")) {
      browser.js(
          "const input = document.getElementById('search-q'); input.value = arguments[0];"
              + "document.querySelector('.search-form').requestSubmit();",
          query);
      awaitSearch();
      millis.add(((Number) browser.js("return window.PortalSearch.millis")).doubleValue());
      assertTrue(
          !browser
              .driver
              .findElements(org.openqa.selenium.By.cssSelector(".search-result"))
              .isEmpty(),
          query);
    }
    System.out.println("search on the loaded page, Enter to results in the page (ms): " + millis);
  }

  /** A result whose matching statement is to be confirmed says so, as the role page does. */
  @Test
  void aSearchResultShowsWhenItsStatementIsToBeConfirmed() {
    browser.width(1280);
    for (String base : List.of(fileUrl(""), server.url())) {
      browser.open(base + "search.html?q=professional+complaint+responses+timescale");
      awaitSearch();
      // The Income Officer's level B places this statement by judgement; other roles' sources
      // settle it.
      WebElement result =
          browser.driver.findElements(org.openqa.selenium.By.cssSelector(".search-result")).stream()
              .filter(shown -> shown.getText().startsWith("Income Officer\n"))
              .findFirst()
              .orElseThrow();
      WebElement snippet =
          result.findElement(org.openqa.selenium.By.cssSelector(".search-result__snippet"));
      assertTrue(snippet.getText().contains("complaint responses"), snippet.getText());
      assertEquals(
          "",
          snippet.getAttribute("data-provisional"),
          "the snippet is marked: " + snippet.getText());
      assertEquals(
          "Wording to be confirmed",
          snippet.findElement(org.openqa.selenium.By.cssSelector("a.provisional")).getText());
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  @Test
  void searchToleratesTyposAndPartWords() {
    browser.width(1280);
    browser.open(server.url() + "search.html?q=safegaurding");
    awaitSearch();
    List<String> typo =
        browser
            .driver
            .findElements(org.openqa.selenium.By.cssSelector(".search-result__title a"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(typo.contains("Safeguarding adults"), "one typo is tolerated: " + typo);
    browser.open(server.url() + "search.html?q=deput");
    awaitSearch();
    List<String> prefix =
        browser
            .driver
            .findElements(org.openqa.selenium.By.cssSelector(".search-result__title a"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(
        prefix.stream().anyMatch(t -> t.startsWith("Client Financial Affairs")),
        "a part word finds roles: " + prefix);
    browser.open(server.url() + "search.html?q=xylophone");
    awaitSearch();
    assertTrue(
        browser
            .driver
            .findElement(org.openqa.selenium.By.cssSelector("[data-search-status]"))
            .getText()
            .startsWith("No results for “xylophone”"));
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void layoutHoldsAt320PixelsWide() {
    browser.width(320);
    List<String> problems = new ArrayList<>();
    try {
      assertEquals(
          320L,
          ((Number) browser.js("return window.innerWidth")).longValue(),
          "the window is 320 px wide");
      for (Map.Entry<String, String> page : pagesOfEveryKind().entrySet()) {
        browser.open(server.url() + page.getValue());
        long scrollWidth =
            ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
        if (scrollWidth > 320) {
          problems.add(page.getValue() + " is " + scrollWidth + " px wide at 320 px");
        }
        browser.screenshot(page.getKey() + "-http-320");
      }
    } finally {
      browser.width(1280);
    }
    assertEquals(List.of(), problems);
  }
}
