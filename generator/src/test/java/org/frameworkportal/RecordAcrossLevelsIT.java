package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.frameworkportal.serve.StaticFileServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The checklist's private progression record (issue 16) across pages and publishes, in Chromium,
 * from disk (file://) and over HTTP: one record per role shared by every level, evidence linked to
 * several statements and put back, the first release's ticks taken over once, two tabs keeping each
 * other's records, and a republish carrying records over and keeping removed statements. Files in
 * and out: {@link RecordFilesIT}; printing and accessibility: {@link RecordPrintAndAccessIT}.
 */
class RecordAcrossLevelsIT extends RecordInChromium {
  @Test
  void aRecordMadeOnLevelBShowsOnLevelC() {
    browser.width(1280);
    for (String base : bases(site, server)) {
      page.fresh(base + ROLE + "checklist-b.html");
      List<String> ids = page.statementIds();
      page.setStatus(ids.get(0), "met").setStatus(ids.get(1), "working");
      page.addEvidence(ids.get(1), "certificate", "GCSE certificates", "Shown at interview.");
      assertTrue(page.announced().startsWith("Evidence added to:"), page.announced());
      assertTrue(page.progress().startsWith("Level B: 1 of " + ids.size() + " met, 1 working"));

      page.open(base + ROLE + "checklist-c.html");
      assertEquals("met", page.status(ids.get(0)), "level A's statement met on B is met on C");
      assertEquals("working", page.status(ids.get(1)));
      assertEquals("Evidence (1)", page.find("#" + ids.get(1) + " .evidence-toggle").getText());
      assertTrue(page.find("#" + ids.get(1) + " .record-note").getText().contains("Certificate"));
      page.setStatus(ids.get(2), "met");

      page.open(base + ROLE + "checklist-a.html");
      assertEquals("met", page.status(ids.get(2)), "and what is recorded on C shows on A");
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  @Test
  void oneEvidenceEntrySupportsSeveralStatements() {
    browser.width(1280);
    for (String base : bases(site, server)) {
      page.fresh(base + ROLE + "checklist-b.html");
      List<String> ids = page.statementIds();
      page.addEvidence(ids.get(2), "supervision", "SUP-12", "Explained the Care Act duties.");
      String title =
          page.panel(ids.get(2)).findElement(By.cssSelector(".evidence-item__title")).getText();
      page.linkEvidence(ids.get(5), title);
      Map<String, Object> recorded = page.recorded();
      @SuppressWarnings("unchecked")
      Map<String, Object> evidence = (Map<String, Object>) recorded.get("evidence");
      assertEquals(1, evidence.size(), "one entry");
      String entry = evidence.keySet().iterator().next();
      for (String id : List.of(ids.get(2), ids.get(5))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> statement =
            (Map<String, Object>) ((Map<String, Object>) recorded.get("statements")).get(id);
        assertEquals(List.of(entry), statement.get("evidence"), id + " links it");
      }
      assertTrue(page.panel(ids.get(2)).getText().contains("Also supports 1 other statement."));
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  @Test
  void firstReleaseTicksAreTakenOverOnceAsMet() {
    browser.width(1280);
    for (String base : bases(site, server)) {
      String url = base + ROLE + "checklist-b.html";
      page.fresh(url);
      List<String> ids = page.statementIds();
      // The first release: one key per level and framework date, {id: true} per tick.
      browser.js(
          "localStorage.setItem(arguments[0], arguments[1]);"
              + "localStorage.setItem(arguments[2], arguments[3]);",
          FIRST_RELEASE + "B:2025-06-16",
          "{\"" + ids.get(0) + "\":true,\"" + ids.get(7) + "\":true}",
          FIRST_RELEASE + "A:2024-12-01",
          "{\"" + ids.get(3) + "\":true}");
      page.open(url);
      for (int i = 0; i < 9; i++) {
        assertEquals(
            List.of(0, 3, 7).contains(i) ? "met" : "not-started",
            page.status(ids.get(i)),
            "row " + i);
      }
      @SuppressWarnings("unchecked")
      List<String> taken = (List<String>) page.stored().get("takenOver");
      assertEquals(List.of(FIRST_RELEASE + "A:2024-12-01", FIRST_RELEASE + "B:2025-06-16"), taken);

      page.setStatus(ids.get(0), "not-started");
      page.clearAndConfirm();
      page.open(url);
      assertEquals("not-started", page.status(ids.get(0)), "taken over once, not again");
      assertEquals("not-started", page.status(ids.get(7)), "not after clearing either");
      assertTrue(
          browser.js("return localStorage.getItem(arguments[0])", FIRST_RELEASE + "B:2025-06-16")
              != null,
          "the old ticks are left where they were");
    }
  }

  @Test
  void evidenceRemovedFromItsOnlyStatementCanBePutBack() {
    browser.width(1280);
    page.fresh(server.url() + ROLE + "checklist-b.html");
    String id = page.statementIds().get(2);
    page.setStatus(id, "met")
        .addEvidence(id, "supervision", "SUP-12", "A reflection I would hate to write again.");
    Map<String, Object> before = page.recorded();
    WebElement panel = page.panel(id);
    panel.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Remove')]")).click();
    assertEquals(Map.of(), page.recorded().get("evidence"), "linked nowhere else, it goes");
    WebElement putBack = panel.findElement(By.xpath(".//button[normalize-space()='Put it back']"));
    assertEquals(putBack, browser.driver.switchTo().activeElement(), "Put it back takes the focus");
    assertTrue(panel.getText().contains("Removed from this statement: Supervision record"));
    putBack.sendKeys(Keys.ENTER);
    assertEquals(before.get("evidence"), page.recorded().get("evidence"), "it comes back whole");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> statements =
        (Map<String, Map<String, Object>>) page.recorded().get("statements");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> earlier =
        (Map<String, Map<String, Object>>) before.get("statements");
    assertEquals(earlier.get(id).get("evidence"), statements.get(id).get("evidence"));
    assertFalse(putBack.isDisplayed());
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void aDoubleClickLinksOneEntryOnly() {
    browser.width(1280);
    page.fresh(site.toUri() + ROLE + "checklist-b.html");
    List<String> ids = page.statementIds();
    page.addEvidence(ids.get(0), "certificate", "CERT-1", "");
    page.addEvidence(ids.get(0), "feedback", "FB-2", "");
    page.addEvidence(ids.get(0), "observation", "OBS-3", "");
    WebElement panel = page.panel(ids.get(1));
    new Actions(browser.driver)
        .doubleClick(panel.findElement(By.xpath(".//button[normalize-space()='Link it']")))
        .perform();
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> statements =
        (Map<String, Map<String, Object>>) page.recorded().get("statements");
    assertEquals(1, ((List<?>) statements.get(ids.get(1)).get("evidence")).size());
    assertEquals(List.of(), browser.consoleErrors());
  }

  @Test
  void twoTabsOfOneRoleKeepEachOthersRecords() {
    browser.width(1280);
    for (String base : bases(site, server)) {
      page.fresh(base + ROLE + "checklist-b.html");
      List<String> ids = page.statementIds();
      String first = browser.driver.getWindowHandle();
      browser.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
      try {
        page.open(base + ROLE + "checklist-c.html");
        String second = browser.driver.getWindowHandle();
        browser.driver.switchTo().window(first);
        page.setStatus(ids.get(0), "met");
        browser.driver.switchTo().window(second);
        assertEquals("met", page.status(ids.get(0)), "the other tab shows it");
        page.setStatus(ids.get(1), "working");
        browser.driver.switchTo().window(first);
        assertEquals("working", page.status(ids.get(1)));
        page.setStatus(ids.get(2), "met");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> statements =
            (Map<String, Map<String, Object>>) page.recorded().get("statements");
        assertEquals(
            List.of("met", "working", "met"),
            ids.subList(0, 3).stream().map(id -> statements.get(id).get("status")).toList(),
            "neither tab's save wiped the other's");
        browser.driver.switchTo().window(second);
        browser.driver.close();
      } finally {
        browser.driver.switchTo().window(first);
      }
    }
  }

  @Test
  void twoTabsOfDifferentPublishesDoNotAnswerEachOtherForEver() throws Exception {
    browser.width(1280);
    // A copy of the site, as the shared one is only read.
    Path copy = PortalRun.copy(site, tmp.resolve("publishes/site"));
    Path folder = copy.resolve(ROLE);
    String html = Files.readString(folder.resolve("checklist-b.html"));
    // A tab still showing an earlier publish, where the first statement was on level B.
    Path earlier = folder.resolve("checklist-b-earlier.html");
    java.util.regex.Matcher row =
        java.util.regex.Pattern.compile(
                "data-statement=\"([^\"]+)\" data-row=\"[^\"]+\" data-level=\"A\"")
            .matcher(html);
    assertTrue(row.find());
    String id = row.group(1);
    Files.writeString(earlier, html.replace(row.group(), row.group().replace("\"A\"", "\"B\"")));
    String first = null;
    try {
      page.fresh(copy.toUri() + ROLE + "checklist-b.html");
      first = browser.driver.getWindowHandle();
      browser.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
      page.open(earlier.toUri().toString());
      String count = "window.saves = 0; addEventListener('storage', () => window.saves++);";
      browser.js(count);
      String second = browser.driver.getWindowHandle();
      browser.driver.switchTo().window(first);
      browser.js(count);
      page.setStatus(id, "met");
      Thread.sleep(1500);
      assertEquals(0L, ((Number) browser.js("return window.saves;")).longValue());
      browser.driver.switchTo().window(second);
      assertEquals(1L, ((Number) browser.js("return window.saves;")).longValue());
      assertEquals("met", page.status(id));
      browser.driver.close();
    } finally {
      if (first != null) {
        browser.driver.switchTo().window(first);
      }
      Files.delete(earlier);
    }
  }

  @Test
  void aRepublishCarriesRecordsOverAndKeepsRemovedStatements() throws Exception {
    String reworded =
        "Working knowledge of financial procedures relating to income, payment, debt and direct payment monitoring teams.";
    String rewording =
        "Working knowledge of the financial procedures relating to income, payment, debt and direct payment monitoring teams.";
    String removed = "Knowledge of MOSAIC and Integra.";
    String kept = "Knowledge and understanding of GDPR.";
    Path content = PortalRun.copy(PortalRun.realContent(), tmp.resolve("republish/content"));
    Path out = PortalRun.buildOk(content, tmp.resolve("republish/site"));
    browser.width(1280);
    try (StaticFileServer http = new StaticFileServer(out, 0)) {
      Map<String, String> oldIds = null;
      for (String base : bases(out, http)) {
        page.fresh(base + ROLE + "checklist-b.html");
        oldIds =
            Map.of(
                "reworded",
                page.idOf(reworded),
                "removed",
                page.idOf(removed),
                "kept",
                page.idOf(kept));
        page.setStatus(oldIds.get("reworded"), "met")
            .addEvidence(
                oldIds.get("reworded"),
                "example",
                "Payments audit",
                "Reconciled a year of direct payments.");
        page.setStatus(oldIds.get("removed"), "working").setStatus(oldIds.get("kept"), "met");
      }
      replace(
          content.resolve("frameworks/client-financial-services/framework.yaml"),
          "published: \"2025-06-16\"",
          "published: \"2026-01-05\"");
      Path role = content.resolve("frameworks/client-financial-services/roles/income-officer.yaml");
      replace(role, "      - " + reworded + "\n", "      - " + rewording + "\n");
      replace(role, "      - " + removed + "\n", "");
      PortalRun.buildOk(content, out);

      for (String base : bases(out, http)) {
        page.open(base + ROLE + "checklist-c.html");
        assertTrue(
            page.find(".checklist-header").getText().contains("5 January 2026"),
            "the new framework date");
        String newId = page.idOf(rewording);
        assertNotEquals(oldIds.get("reworded"), newId, "a reworded statement has a new id");
        assertEquals("met", page.status(newId), "its record moved with it");
        assertEquals("Evidence (1)", page.find("#" + newId + " .evidence-toggle").getText());
        assertTrue(
            page.panel(newId)
                .getText()
                .contains("You recorded this against its earlier wording: “" + reworded + "”"));
        assertEquals("met", page.status(oldIds.get("kept")));
        WebElement gone = page.find("[data-removed]");
        assertTrue(gone.isDisplayed(), "the removed statement is shown");
        assertTrue(
            gone.getText().contains(removed) && gone.getText().contains("Working on it"),
            gone.getText());
        @SuppressWarnings("unchecked")
        Map<String, Object> statements = (Map<String, Object>) page.stored().get("statements");
        assertTrue(statements.containsKey(oldIds.get("removed")), "and kept");
        assertNull(statements.get(oldIds.get("reworded")), "the old id's record moved");
        browser.screenshot("portfolio-republished-" + mode(base));

        page.open(base + ROLE + "checklist-a.html");
        assertFalse(
            page.find("[data-removed]").isDisplayed()
                && page.find("[data-removed]").getText().contains(kept),
            "a level B statement is not 'no longer in the framework' on level A");
        assertEquals(List.of(), browser.consoleErrors());
      }
    }
  }
}
