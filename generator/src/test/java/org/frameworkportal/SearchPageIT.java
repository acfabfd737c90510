package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The real site's search in Chromium, from disk and over HTTP: a search from another page's box,
 * results marked and kept in the address, typos and part words, statements to be confirmed marked
 * in results, and (printed, not asserted) how long a search takes on the loaded page.
 */
class SearchPageIT extends RealSiteInChromium {
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
    List<String> typo = resultTitles();
    assertTrue(typo.contains("Safeguarding adults"), "one typo is tolerated: " + typo);
    browser.open(server.url() + "search.html?q=deput");
    awaitSearch();
    List<String> prefix = resultTitles();
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

  /** The titles of the results the page shows. */
  private List<String> resultTitles() {
    return browser
        .driver
        .findElements(org.openqa.selenium.By.cssSelector(".search-result__title a"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }
}
