package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The real site in Chromium: the role page's levels bar by keyboard and on a phone, pathways
 * readable at 375 px, compare tables using a wide screen, and what every printed page carries.
 * Screenshots and PDFs go to target/screenshots.
 */
class LevelsIT extends RealSiteInChromium {
  static final String ROLE = "frameworks/adult-social-work/social-worker/index.html";
  static final String COMPARE = "frameworks/adult-social-work/social-worker/compare.html";
  static final String CHECKLIST = "frameworks/adult-social-work/social-worker/checklist-c.html";
  static final List<String> PATHWAYS =
      List.of(
          "pathways.html",
          "frameworks/adult-social-work/index.html",
          "frameworks/client-financial-services/index.html",
          "frameworks/occupational-therapy/index.html");

  @AfterEach
  void wide() {
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1800));
  }

  private static void window(int width, int height) {
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Number> rect(String selector) {
    return (Map<String, Number>)
        browser.js(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "return {top: r.top, bottom: r.bottom, width: r.width, height: r.height};",
            selector);
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  @Test
  void theLevelsBarIsReachedByTabAndEnterMovesToTheLevel() {
    window(1280, 900);
    browser.open(server.url() + ROLE);
    WebElement focused = null;
    for (int i = 0; i < 40; i++) {
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      focused = browser.driver.switchTo().activeElement();
      if (focused.getText().startsWith("Level B")) {
        break;
      }
    }
    assertTrue(
        focused != null && focused.getText().startsWith("Level B"),
        "Tab reaches the levels bar's Level B");
    assertEquals(
        "Levels",
        browser.js("return arguments[0].closest('nav').getAttribute('aria-label')", focused));
    new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
    browser.js("return new Promise(done => setTimeout(done, 200))");
    WebElement active = browser.driver.switchTo().activeElement();
    assertEquals("level-b", active.getAttribute("id"), "focus moves to level B's heading");
    Map<String, Number> heading = rect("#level-b");
    Map<String, Number> bar = rect("[data-level-nav]");
    assertTrue(
        number(bar.get("top")) >= 0 && number(bar.get("top")) < 2,
        "the bar is at the top of the window: " + bar);
    assertTrue(
        number(heading.get("top")) >= number(bar.get("bottom"))
            && number(heading.get("top")) < number(bar.get("bottom")) + 80,
        "level B's heading is just below the bar, not under it: " + heading + " " + bar);
    assertEquals(
        "true",
        browser
            .driver
            .findElement(By.cssSelector("[data-level-nav] a[href='#level-b']"))
            .getAttribute("aria-current"),
        "the bar marks level B as the one being read");
    browser.screenshot("levels-role-level-b-1280");
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void onAPhoneEveryLevelIsOneTapAwayAtAnyScrollPosition() {
    window(375, 667);
    browser.open(server.url() + ROLE);
    double height = number(browser.js("return document.documentElement.scrollHeight"));
    List<String> problems = new ArrayList<>();
    for (double fraction : List.of(0.0, 0.2, 0.45, 0.7, 0.9, 1.0)) {
      browser.js("window.scrollTo(0, arguments[0])", (long) (height * fraction));
      Map<String, Number> bar = rect("[data-level-nav]");
      if (number(bar.get("top")) < -1 || number(bar.get("bottom")) > 667) {
        problems.add("at " + (int) (fraction * 100) + "% the bar is off screen: " + bar);
      }
      if (fraction == 0.45) {
        browser.screenshot("levels-role-scrolled-375");
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(number(rect("[data-level-nav]").get("height")) < 80, "the bar is one row");
    for (String level : List.of("c", "a", "b")) {
      browser
          .driver
          .findElement(By.cssSelector("[data-level-nav] a[href='#level-" + level + "']"))
          .click();
      browser.js("return new Promise(done => setTimeout(done, 200))");
      Map<String, Number> heading = rect("#level-" + level);
      Map<String, Number> bar = rect("[data-level-nav]");
      assertTrue(
          number(heading.get("top")) >= number(bar.get("bottom"))
              && number(heading.get("bottom")) < 667,
          "one tap shows level " + level + "'s heading below the bar: " + heading + " " + bar);
    }
    browser.screenshot("levels-role-level-b-375");
    assertTrue(
        number(browser.js("return document.documentElement.scrollWidth")) <= 375,
        "nothing scrolls sideways");
  }

  @Test
  void pathwaysAreReadableAt375PixelsWide() {
    window(375, 1800);
    List<String> problems = new ArrayList<>();
    for (String page : PATHWAYS) {
      browser.open(server.url() + page);
      long scrollWidth =
          ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
      if (scrollWidth > 375) {
        problems.add(page + " is " + scrollWidth + " px wide");
      }
      @SuppressWarnings("unchecked")
      List<String> small =
          (List<String>)
              browser.js(
                  "const small = [];"
                      + "const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                      + "for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                      + "  const e = n.parentElement; if (!n.textContent.trim() || !e) continue;"
                      + "  if (!e.getClientRects().length) continue;"
                      + "  const size = parseFloat(getComputedStyle(e).fontSize);"
                      + "  if (size < 12) small.push(size + 'px: ' + n.textContent.trim().slice(0, 40));"
                      + "}"
                      + "return small;");
      small.forEach(text -> problems.add(page + ": " + text));
      if (page.equals("pathways.html")) {
        assertTrue(
            browser.driver.findElement(By.cssSelector(".pathway__grades")).isDisplayed()
                && !browser.driver.findElement(By.cssSelector(".pathway__scroll")).isDisplayed(),
            "on a phone each pathway is a list by grade");
      } else {
        browser.js("document.getElementById('pathway').scrollIntoView()");
      }
      browser.screenshot(
          "levels-"
              + page.replace("/index.html", "").replace('/', '-').replace(".html", "")
              + "-375");
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void pathwayPicturesShareOneScale() {
    window(1280, 1800);
    browser.open(server.url() + "pathways.html");
    @SuppressWarnings("unchecked")
    List<Number> scales =
        (List<Number>)
            browser.js(
                "return [...document.querySelectorAll('.pathway__svg')].map(svg =>"
                    + " svg.getBoundingClientRect().width / svg.viewBox.baseVal.width);");
    assertEquals(3, scales.size());
    scales.forEach(scale -> assertEquals(1.0, scale.doubleValue(), 0.001, "one unit, one pixel"));
    @SuppressWarnings("unchecked")
    List<String> sizes =
        (List<String>)
            browser.js(
                "return [...document.querySelectorAll('.pathway__role text:not(.pathway__role-grade)')]"
                    + ".map(t => getComputedStyle(t).fontSize);");
    assertEquals(List.of("13px"), sizes.stream().distinct().toList(), "one text size everywhere");
    browser.screenshot("levels-pathways-1280");
    for (String page : PATHWAYS.subList(1, PATHWAYS.size())) {
      browser.open(server.url() + page);
      browser.js("document.getElementById('pathway').scrollIntoView()");
      browser.screenshot("levels-" + page.replace("/index.html", "").replace('/', '-') + "-1280");
    }
  }

  @Test
  void compareTablesUseAWideScreenAndStackOnAPhone() {
    window(1280, 1200);
    browser.open(server.url() + COMPARE);
    double table = number(rect("table.compare").get("width"));
    double column = number(rect("h1").get("width"));
    assertTrue(
        table > column + 200, "the table (" + table + ") is wider than the column " + column);
    assertTrue(
        number(browser.js("return document.documentElement.scrollWidth")) <= 1280,
        "nothing scrolls sideways");
    browser.screenshot("levels-compare-1280");
    window(375, 1200);
    browser.open(server.url() + COMPARE);
    assertTrue(
        number(browser.js("return document.documentElement.scrollWidth")) <= 375,
        "nothing scrolls sideways on a phone");
    assertEquals(
        "block",
        browser.js("return getComputedStyle(document.querySelector('table.compare td')).display"),
        "the levels are stacked");
    browser.screenshot("levels-compare-375");
    window(1280, 1800);
    browser.open(server.url() + ROLE);
    browser.screenshot("levels-role-1280");
    window(375, 1800);
    browser.open(server.url() + ROLE);
    browser.screenshot("levels-role-375");
  }

  @Test
  void everyPrintedPageSaysWhatItIsAbout() throws Exception {
    window(1280, 1800);
    Map<String, String> pages =
        Map.of(
            ROLE,
            "Social Worker · SW2 · levels A, B and C · Adult Social Work",
            COMPARE,
            "Social Worker · levels A, B and C side by side · Adult Social Work",
            CHECKLIST,
            "Social Worker · level C · Adult Social Work",
            "frameworks/client-financial-services/index.html",
            "Client Financial Services · Career Progression Frameworks");
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      browser.open(server.url() + page.getKey());
      List<String> printed =
          print("levels-print-" + page.getKey().replace('/', '-').replace(".html", ""));
      assertTrue(printed.size() > 1, page.getKey() + " prints on more than one page");
      for (int i = 0; i < printed.size(); i++) {
        if (!printed.get(i).strip().startsWith(page.getValue())) {
          problems.add(page.getKey() + ", page " + (i + 1) + " does not start with its header");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void comparePagesPrintLandscapeWithTheLevelsSideBySide() throws Exception {
    window(1280, 1800);
    browser.open(server.url() + COMPARE);
    Path pdf = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    List<String> printed = print("levels-compare-print");
    String text =
        new String(
            Files.readAllBytes(pdf.resolve("levels-compare-print.pdf")),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(text.contains("/MediaBox [0 0 841"), "the pages are landscape");
    // Side by side, the three levels' headings share one line of the page.
    Process layout =
        new ProcessBuilder(
                PdfText.PDFTOTEXT.toString(),
                "-layout",
                "-enc",
                "UTF-8",
                pdf.resolve("levels-compare-print.pdf").toString(),
                "-")
            .redirectErrorStream(true)
            .start();
    String laidOut =
        new String(layout.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, layout.waitFor());
    long sideBySide =
        laidOut
            .lines()
            .filter(
                line ->
                    line.matches(
                        ".*Level A: Developing\\s+Level B: Practising\\s+Level C: Accomplished.*"))
            .count();
    assertTrue(
        sideBySide >= 5,
        "every table's levels side by side: "
            + sideBySide
            + " of "
            + printed.size()
            + " pages\n"
            + laidOut);
  }

  @Test
  void axeFindsNoViolationsOnThesePagesAtBothWidths() {
    List<String> violations = new ArrayList<>();
    for (int width : List.of(1280, 375)) {
      window(width, 1200);
      for (String page : List.of(ROLE, COMPARE, CHECKLIST, PATHWAYS.get(0), PATHWAYS.get(2))) {
        browser.open(server.url() + page);
        if (page.equals(ROLE)) {
          browser.driver.findElement(By.cssSelector("[data-level-nav] a[href='#level-b']")).click();
        }
        com.deque.html.axecore.results.Results results = BrowserIT.axe().analyze(browser.driver);
        results
            .getViolations()
            .forEach(
                rule ->
                    violations.add(
                        width
                            + " "
                            + page
                            + ": "
                            + rule.getId()
                            + " "
                            + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList()));
      }
    }
    assertEquals(List.of(), violations);
  }

  private static List<String> print(String name) throws Exception {
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    options.setBackground(false);
    byte[] pdf = Base64.getDecoder().decode(browser.driver.print(options).getContent());
    Path file = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), name + ".pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);
    return PdfText.pages(file);
  }
}
