package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The checklist's private progression record (issue 16) as read, typed, printed and used by
 * keyboard, in Chromium, from disk (file://) and over HTTP: dates it cannot keep refused, long
 * links wrapping, what is written shown as text and never run, roles to be confirmed with nothing
 * to record, every control labelled and reachable by keyboard, the printed summary and filtered
 * checklist, and axe with the tools open (at 1280 and 320 px). Screenshots and PDFs go to
 * target/screenshots. Across levels and publishes: {@link RecordAcrossLevelsIT}.
 */
class RecordPrintAndAccessIT extends RecordInChromium {
  @Test
  void aDateTheRecordCannotKeepIsRefusedAndNothingIsLost() {
    browser.width(1280);
    String url = site.toUri() + ROLE + "checklist-b.html";
    page.fresh(url);
    String id = page.statementIds().get(0);
    page.setStatus(id, "met");
    page.panel(id);
    String met = page.find("#date-" + id).getAttribute("value");
    // A date field takes a six-digit year: one slip of the finger, and the stored record could
    // not be read back, so the whole record was set aside at the next visit.
    for (String typed : List.of("20266-11-30", "0202-11-30", "2999-01-01")) {
      page.typeDate("#date-" + id, typed);
      WebElement error = page.find("#date-" + id + "-error");
      assertTrue(error.isDisplayed(), typed + " is refused");
      assertEquals("true", page.find("#date-" + id).getAttribute("aria-invalid"));
      assertEquals(
          typed.startsWith("2999")
              ? "That date is in the future: enter when it happened, today at the latest."
              : "That is not a date this record can keep: check the day, month and year (four digits).",
          error.getText());
      assertEquals(
          met,
          ((Map<?, ?>) page.recorded().get("statements")).get(id) instanceof Map<?, ?> m
              ? m.get("date")
              : null,
          "and not saved");
    }
    page.typeDate("#date-" + id, "2025-03-04");
    assertFalse(page.find("#date-" + id + "-error").isDisplayed());
    assertTrue(page.find("#" + id + " .record-note").getText().startsWith("Met on 4 March 2025"));

    WebElement panel = page.panel(id);
    panel.findElement(By.xpath(".//button[normalize-space()='Add evidence']")).click();
    page.typeDate("#evidence-date-" + id, "20266-01-02");
    new org.openqa.selenium.support.ui.Select(page.find("#evidence-kind-" + id))
        .selectByValue("certificate");
    page.find("#evidence-reference-" + id).sendKeys("CERT-9");
    panel.findElement(By.cssSelector("button[type=submit]")).click();
    assertTrue(
        page.find("#evidence-error-" + id).getText().startsWith("That is not a date"),
        "the evidence form refuses it too");
    assertEquals(Map.of(), page.recorded().get("evidence"));

    page.open(url);
    assertEquals("met", page.status(id), "the record is still there at the next visit");
    assertEquals("", page.find("[data-record-message]").getAttribute("textContent"));
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void aLongPastedLinkWrapsInsteadOfWideningThePage() {
    browser.width(320);
    try {
      page.fresh(site.toUri() + ROLE + "checklist-b.html");
      String id = page.statementIds().get(0);
      String link =
          "https://medwaycouncil.sharepoint.com/sites/ASC/Shared%20Documents/Supervision/"
              + "2026/SUP-12_record_of_supervision_with_reflective_account_final_v3.docx";
      page.setStatus(id, "met").addEvidence(id, "supervision", link, "");
      long scrollWidth =
          ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
      assertTrue(scrollWidth <= 320, "nothing scrolls sideways: " + scrollWidth + " px");
    } finally {
      browser.width(1280);
    }
  }

  @Test
  void whatIsWrittenOrImportedIsShownAsTextAndNeverRun() {
    browser.width(1280);
    page.fresh(server.url() + ROLE + "checklist-b.html");
    List<String> ids = page.statementIds();
    browser.js("window.ran = 0;");
    String img = "<img src=x onerror=\"window.ran = 1\">";
    page.addEvidence(ids.get(0), "other", img, "</script><script>window.ran = 2</script><b>b</b>");
    page.setStatus(ids.get(1), "na").reason(ids.get(1), "<i onmouseover=\"window.ran = 3\">no</i>");
    String stored = page.storedJson();
    String file =
        stored.replace(
            "\"statements\":{",
            "\"statements\":{\"s-0badf00d\":{\"text\":\"<script>window.ran = 4</script>\","
                + "\"category\":\"<b>knowledge</b>\",\"level\":\"B\",\"status\":\"met\","
                + "\"updated\":\"2026-01-01T00:00:00Z\"},");
    page.importFile(RecordPage.write(tmp.resolve("text/record.json"), file));
    assertEquals(0L, ((Number) browser.js("return window.ran;")).longValue());
    assertEquals(
        0L,
        ((Number)
                browser.js(
                    "return document.querySelectorAll('main img, main script, main b, main i').length;"))
            .longValue(),
        "no element made from what was written");
    assertTrue(page.find("[data-summary]").getText().contains(img), "shown as written");
    assertTrue(
        page.find("[data-removed]").getText().contains("<script>window.ran = 4</script>"),
        page.find("[data-removed]").getText());
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void aRoleToBeConfirmedHasNothingToRecordCountOrSign() {
    for (String base : bases(site, server)) {
      page.open(
          base
              + "frameworks/occupational-therapy/occupational-therapist-assistant/checklist-b.html");
      assertTrue(
          page.find("[data-to-be-confirmed]")
              .getText()
              .contains("are to be confirmed, so there is nothing to record or sign yet"));
      assertTrue(
          page.findAll("[data-checklist-tools], .sign-off, table, [data-summary]").isEmpty());
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  @Test
  void everyControlIsLabelledAndReachableByKeyboard() {
    browser.width(1280);
    page.fresh(server.url() + ROLE + "checklist-b.html");
    @SuppressWarnings("unchecked")
    List<String> unlabelled =
        (List<String>)
            browser.js(
                "return [...document.querySelectorAll('select.status-select')]"
                    + ".filter(s => s.labels.length !== 1 || !s.labels[0].textContent.trim()).map(s => s.id);");
    assertEquals(List.of(), unlabelled, "each status control is labelled by its statement");
    String id = page.statementIds().get(0);
    WebElement select = page.find("#status-" + id);
    select.sendKeys(Keys.ARROW_DOWN);
    assertEquals("working", page.status(id), "the status changes from the keyboard");
    assertTrue(
        page.announced().startsWith("Working on it: A minimum of 5 GCSEs"), page.announced());
    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    WebElement toggle = browser.driver.switchTo().activeElement();
    assertEquals("Evidence", toggle.getText(), "Tab goes on to the row's Evidence button");
    toggle.sendKeys(Keys.ENTER);
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertTrue(page.find("#panel-" + id).isDisplayed());

    // Showing only what is still needed, a row marked met keeps the focus until the person moves
    // on.
    page.find("[data-checklist-only-unmet]").click();
    String second = page.statementIds().get(1);
    WebElement status = page.find("#status-" + second);
    status.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
    assertEquals("met", page.status(second));
    assertEquals(status, browser.driver.switchTo().activeElement());
    assertTrue(status.isDisplayed(), "the row stays while it has the focus");
    page.setStatus(page.statementIds().get(2), "working");
    assertFalse(page.find("#" + second).isDisplayed(), "and is left out once they move on");
  }

  @Test
  void printedSummaryAndFilteredChecklistHaveNoEmptyTablesAndRepeatTheRoleName() throws Exception {
    browser.width(1280);
    String header = "Income Officer · level B · Client Financial Services";
    for (String base : bases(site, server)) {
      page.fresh(base + ROLE + "checklist-b.html");
      List<String> ids = page.statementIds();
      // Both qualifications statements (the whole first table), one of knowledge, one not
      // applicable.
      page.setStatus(ids.get(0), "met").setStatus(ids.get(1), "met").setStatus(ids.get(2), "met");
      page.setStatus(ids.get(3), "na").reason(ids.get(3), "My team keeps no personal records.");
      page.setStatus(ids.get(4), "working");
      page.addEvidence(
          ids.get(2), "supervision", "SUP-12", "I explained the Care Act duties to a family.");

      page.find("[data-checklist-only-unmet]").click();
      String note = page.find("[data-filter-note]").getText();
      assertEquals(
          "Showing only what you still need: 3 met statements and 1 not applicable left out.",
          note);
      assertEquals(List.of(), page.emptyTablesInPrint(), "no table printed without rows");
      List<String> pages = page.printedPages("portfolio-only-what-i-need-" + mode(base));
      assertTrue(pages.size() > 1, "several pages");
      for (int i = 0; i < pages.size(); i++) {
        assertTrue(pages.get(i).contains(header), "the role on page " + (i + 1));
      }
      String all = String.join("\n", pages);
      assertTrue(
          all.contains("3 met statements and 1 not applicable left out"), "the paper says so");
      assertFalse(all.contains("A minimum of 5 GCSEs"), "met statements are left out");
      assertFalse(all.contains("Qualifications\n"), "and so is their table, heading and all");

      page.find("[data-checklist-only-unmet]").click();
      browser.js("window.print = () => {};");
      page.find("[data-summary-print]").click();
      assertEquals(List.of(), page.emptyTablesInPrint());
      List<String> summary = page.printedPages("portfolio-summary-" + mode(base));
      for (int i = 0; i < summary.size(); i++) {
        assertTrue(summary.get(i).contains(header), "the role on summary page " + (i + 1));
      }
      String printed = String.join("\n", summary).replaceAll("\\s+", " ");
      for (String expected :
          List.of(
              "Summary for your career conversation",
              "Where you are, by category and level",
              "Still needed for level A",
              "Supervision record",
              "ref. SUP-12",
              "I explained the Care Act duties to a family.",
              "Not applicable: My team keeps no personal records.",
              "Employee",
              "Manager")) {
        assertTrue(printed.contains(expected), "the summary prints " + expected);
      }
      assertEquals(2, printed.split("Signature", -1).length - 1, "two signature lines");
      assertFalse(printed.contains("Evidence and notes"), "the checklist is not printed with it");
      browser.js("document.body.classList.remove('print-summary');");
    }
  }

  @Test
  void axeFindsNoViolationWithTheToolsOpen() {
    for (int width : List.of(1280, 320)) {
      browser.width(width);
      for (String base : bases(site, server)) {
        page.fresh(base + ROLE + "checklist-b.html");
        List<String> ids = page.statementIds();
        page.setStatus(ids.get(0), "met")
            .setStatus(ids.get(1), "working")
            .setStatus(ids.get(2), "na");
        page.addEvidence(ids.get(1), "observation", "OBS-1", "Observed at the front desk.")
            .addEvidence(ids.get(1), "feedback", "FB-1", "");
        page.panel(ids.get(1))
            .findElement(By.xpath(".//button[starts-with(normalize-space(), 'Remove')]"))
            .click(); // "Put it back" shows
        WebElement panel = page.panel(ids.get(3));
        panel.findElement(By.xpath(".//button[normalize-space()='Add evidence']")).click();
        panel.findElement(By.cssSelector("button[type=submit]")).click();
        assertTrue(
            page.find("#evidence-error-" + ids.get(3)).isDisplayed(),
            "the form says what is missing");
        page.importRefused(RecordPage.write(tmp.resolve("axe/notes.txt"), "not a record"));
        page.typeDate("#date-" + ids.get(1), "2999-01-01"); // a refused date, said by its field
        page.find("[data-record-clear]").click();
        List<String> found = page.axeViolations();
        page.find("[data-clear-no]").click();
        page.find("[data-checklist-only-unmet]").click();
        found.addAll(page.axeViolations());
        assertEquals(List.of(), found, mode(base) + " at " + width + " px");
        long scrollWidth =
            ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
        assertTrue(scrollWidth <= width, "nothing scrolls sideways: " + scrollWidth + " px");
        browser.screenshot("portfolio-tools-open-" + mode(base) + "-" + width);
      }
    }
    browser.width(1280);
  }
}
