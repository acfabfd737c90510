package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A checklist of the real site in Chromium, from disk and over HTTP: the progression record kept
 * through a reload and shared by the role's levels, "what I still need", and a level C checklist
 * printed to A4 (the PDF goes to target/screenshots).
 */
class ChecklistIT extends RealSiteInChromium {
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
}
