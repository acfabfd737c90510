package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A checklist page's progression record, used as a person uses it: the status control of a row, its
 * evidence panel, the tools (export, import, clear, undo), and what the browser stored.
 */
final class RecordPage {
  private final Browser browser;

  RecordPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens {@code url} in a browser whose storage for that site is empty. */
  RecordPage fresh(String url) {
    browser.open(url);
    browser.js("localStorage.clear()");
    browser.open(url);
    return this;
  }

  RecordPage open(String url) {
    browser.open(url);
    return this;
  }

  WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return browser.driver.findElements(By.cssSelector(css));
  }

  /** The ids of the statements on the page, in order. */
  @SuppressWarnings("unchecked")
  List<String> statementIds() {
    return (List<String>)
        browser.js("return [...document.querySelectorAll('tr[data-statement]')].map(r => r.id);");
  }

  String idOf(String text) {
    return (String)
        browser.js(
            "return [...document.querySelectorAll('tr[data-statement]')]"
                + ".find(r => r.querySelector('label').textContent.includes(arguments[0])).id;",
            text);
  }

  /** Types {@code value} into a date field as the browser would take it, and leaves the field. */
  RecordPage typeDate(String css, String value) {
    browser.js(
        "const field = document.querySelector(arguments[0]); field.value = arguments[1];"
            + "field.dispatchEvent(new Event('input', {bubbles: true}));"
            + "field.dispatchEvent(new Event('change', {bubbles: true}));",
        css,
        value);
    return this;
  }

  String status(String id) {
    return new Select(find("#status-" + id)).getFirstSelectedOption().getAttribute("value");
  }

  RecordPage setStatus(String id, String status) {
    new Select(find("#status-" + id)).selectByValue(status);
    return this;
  }

  String announced() {
    return find("[data-announce]").getAttribute("textContent");
  }

  String progress() {
    return find("[data-checklist-progress]").getText();
  }

  /** Opens the row's evidence panel (if closed). */
  WebElement panel(String id) {
    WebElement toggle = find("#" + id + " .evidence-toggle");
    if (!"true".equals(toggle.getAttribute("aria-expanded"))) {
      toggle.click();
    }
    return find("#panel-" + id);
  }

  RecordPage addEvidence(String id, String kind, String reference, String reflection) {
    WebElement panel = panel(id);
    panel.findElement(By.xpath(".//button[normalize-space()='Add evidence']")).click();
    new Select(find("#evidence-kind-" + id)).selectByValue(kind);
    find("#evidence-reference-" + id).sendKeys(reference);
    find("#evidence-reflection-" + id).sendKeys(reflection);
    panel.findElement(By.cssSelector("button[type=submit]")).click();
    return this;
  }

  /** "Use evidence already recorded": links the entry titled {@code title} to the statement. */
  RecordPage linkEvidence(String id, String title) {
    WebElement panel = panel(id);
    new Select(find("#reuse-" + id)).selectByVisibleText(title);
    panel.findElement(By.xpath(".//button[normalize-space()='Link it']")).click();
    return this;
  }

  RecordPage reason(String id, String reason) {
    panel(id);
    find("#reason-" + id).sendKeys(reason);
    return this;
  }

  /** The stored record of the page's role, as the browser keeps it (JSON parsed), or null. */
  @SuppressWarnings("unchecked")
  Map<String, Object> stored() {
    return (Map<String, Object>)
        browser.js(
            "const key = document.querySelector('[data-checklist-key]')"
                + ".getAttribute('data-checklist-key');"
                + "const json = localStorage.getItem(key); return json ? JSON.parse(json) : null;");
  }

  /** What a person recorded: the statements' records and the evidence, nothing else. */
  @SuppressWarnings("unchecked")
  Map<String, Object> recorded() {
    Map<String, Object> record = stored();
    return Map.of(
        "statements", record == null ? Map.of() : (Map<String, Object>) record.get("statements"),
        "evidence", record == null ? Map.of() : (Map<String, Object>) record.get("evidence"));
  }

  String storedJson() {
    return (String)
        browser.js(
            "return localStorage.getItem(document.querySelector('[data-checklist-key]')"
                + ".getAttribute('data-checklist-key'));");
  }

  RecordPage openTools() {
    browser.js("document.querySelector('[data-record-tools]').open = true;");
    return this;
  }

  String message() {
    return find("[data-record-message]").getText();
  }

  RecordPage clearAndConfirm() {
    openTools();
    find("[data-record-clear]").click();
    find("[data-clear-yes]").click();
    return this;
  }

  /** Exports into {@code downloads} (allowed there through DevTools) and returns the file. */
  Path export(Path downloads) {
    openTools();
    return download(downloads, "[data-record-export]");
  }

  /** Clicks the button {@code css} and returns the file it downloads into {@code downloads}. */
  Path download(Path downloads, String css) {
    try {
      Files.createDirectories(downloads);
      browser.driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toString()));
      find(css).click();
      return new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(
              d -> {
                try (Stream<Path> files = Files.list(downloads)) {
                  return files.filter(f -> f.toString().endsWith(".json")).findFirst().orElse(null);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports {@code file} and returns what the page said. */
  String importFile(Path file) {
    openTools();
    browser.js("document.querySelector('[data-record-message]').textContent = '';");
    find("[data-record-import]").sendKeys(file.toAbsolutePath().toString());
    return new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> message().isBlank() ? null : message());
  }

  /** Imports a file the page should refuse, and returns what it said. */
  String importRefused(Path file) {
    String said = importFile(file);
    assertTrue(said.contains("Nothing has changed."), said);
    return said;
  }

  /** What axe-core (WCAG 2.0 to 2.2, A and AA) finds on the page as it is now. */
  List<String> axeViolations() {
    Results results = BrowserIT.axe().analyze(browser.driver);
    browser.consoleErrors(); // axe's own requests for the stylesheets, refused from file://
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      found.add(
          rule.getId()
              + ": "
              + rule.getHelp()
              + " at "
              + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
    }
    return found;
  }

  /** Tables shown under print styles whose body shows no row (by their captions). */
  @SuppressWarnings("unchecked")
  List<String> emptyTablesInPrint() {
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      return (List<String>)
          browser.js(
              "const shown = e => e.getClientRects().length > 0;"
                  + "return [...document.querySelectorAll('main table')].filter(shown)"
                  + ".filter(t => ![...t.querySelectorAll('tbody tr')].some(shown))"
                  + ".map(t => t.caption ? t.caption.textContent : t.outerHTML.slice(0, 80));");
    } finally {
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** Prints the page to A4 as Chromium does, keeps the PDF, and returns each page's text. */
  List<String> printedPages(String name) throws IOException, InterruptedException {
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    options.setBackground(false);
    byte[] pdf = Base64.getDecoder().decode(browser.driver.print(options).getContent());
    Path file = Path.of(System.getProperty("screenshots.dir", "target/screenshots"), name + ".pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);
    return PdfText.pages(file);
  }

  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
