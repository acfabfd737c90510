package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page of the real site in Chromium, opened from disk (file://) and over HTTP: no console
 * errors, axe-core finds no WCAG 2.2 A/AA violation on any page, keyboard focus is visible, and
 * nothing scrolls sideways at 320 px. Screenshots of one page of every kind go to
 * target/screenshots. What pages do when used: {@link ChecklistIT}, {@link SearchPageIT}, {@link
 * LevelsIT}, {@link NavigationIT}.
 */
class BrowserIT extends RealSiteInChromium {
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
