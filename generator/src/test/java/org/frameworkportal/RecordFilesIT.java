package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The checklist's private progression record (issue 16) taken away and brought back, in Chromium,
 * from disk (file://) and over HTTP: export, clear (asked first, undone until the page closes) and
 * import giving back the same records; bad, foreign, oversized and unreadable files refused with
 * nothing changed; records a newer portal saved or the page cannot read kept, not lost; and a page
 * without storage saying so. Across levels and publishes: {@link RecordAcrossLevelsIT}.
 */
class RecordFilesIT extends RecordInChromium {
  @Test
  void exportClearAndImportGiveBackTheSameRecords() throws Exception {
    browser.width(1280);
    for (String base : bases(site, server)) {
      page.fresh(base + ROLE + "checklist-b.html");
      List<String> ids = page.statementIds();
      page.setStatus(ids.get(0), "met")
          .setStatus(ids.get(2), "working")
          .setStatus(ids.get(4), "na");
      page.reason(ids.get(4), "My team does not take debt cases.");
      page.addEvidence(ids.get(2), "observation", "OBS-3", "Observed by my manager.");
      String title =
          page.panel(ids.get(2)).findElement(By.cssSelector(".evidence-item__title")).getText();
      page.linkEvidence(ids.get(0), title);
      Map<String, Object> before = page.recorded();

      Path file = page.export(tmp.resolve("downloads-" + mode(base)));
      assertTrue(
          file.getFileName()
              .toString()
              .matches("income-officer-record-\\d{4}-\\d{2}-\\d{2}\\.json"),
          file.toString());
      JsonNode exported = new ObjectMapper().readTree(file.toFile());
      assertEquals("client-financial-services/income-officer", exported.get("role").asText());
      assertEquals("Income Officer", exported.get("roleTitle").asText());
      assertTrue(exported.get("exported").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*"));
      assertTrue(
          exported
              .at("/statements/" + ids.get(2) + "/text")
              .asText()
              .startsWith("Awareness of the Care Act"),
          "it reads without the site");

      page.clearAndConfirm();
      assertEquals(Map.of("statements", Map.of(), "evidence", Map.of()), page.recorded());
      assertEquals("not-started", page.status(ids.get(0)));
      String said = page.importFile(file);
      assertEquals(
          "Imported " + file.getFileName() + ": 3 statements updated, 1 evidence entry added:",
          said);
      List<String> listed =
          page.findAll("[data-record-changes] li").stream().map(WebElement::getText).toList();
      assertEquals(3, listed.size(), "what changed is listed: " + listed);
      assertTrue(
          listed.get(0).startsWith("Met: A minimum of 5 GCSEs"), "in the page's order: " + listed);
      assertTrue(
          listed.get(1).startsWith("Working on it: Awareness of the Care Act"), listed.get(1));
      assertTrue(listed.get(2).startsWith("Not applicable: "), listed.get(2));
      assertEquals(before, page.recorded(), "the same records come back");
      assertEquals("na", page.status(ids.get(4)));
      assertTrue(
          page.importFile(file).contains("nothing has changed"), "importing twice adds nothing");
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  @Test
  void clearAsksFirstAndCanBeUndoneUntilThePageIsClosed() {
    browser.width(1280);
    for (String base : bases(site, server)) {
      String url = base + ROLE + "checklist-c.html";
      page.fresh(url);
      List<String> ids = page.statementIds();
      page.setStatus(ids.get(0), "met")
          .addEvidence(ids.get(0), "feedback", "", "Feedback from a client's daughter.");
      Map<String, Object> before = page.recorded();
      page.openTools().find("[data-record-clear]").click();
      WebElement question = page.find("[data-clear-question]");
      assertTrue(
          question
              .getText()
              .startsWith(
                  "Clear everything you have recorded for Income Officer on the checklists of every level (1 statement, 1 evidence entry)?"),
          question.getText());
      assertEquals(
          question, browser.driver.switchTo().activeElement(), "the question takes the focus");
      assertEquals(before, page.recorded(), "asking changes nothing");
      page.find("[data-clear-no]").click();
      assertEquals(before, page.recorded());

      page.clearAndConfirm();
      assertEquals("Your record of Income Officer is cleared.", page.message());
      WebElement undo = page.find("[data-record-undo]");
      assertEquals(undo, browser.driver.switchTo().activeElement(), "Undo takes the focus");
      browser.screenshot("portfolio-cleared-" + mode(base));
      undo.click();
      assertEquals(before, page.recorded(), "undo gives it all back");
      assertEquals("met", page.status(ids.get(0)));
      assertFalse(page.find("[data-record-undo]").isDisplayed());

      page.clearAndConfirm();
      page.open(url);
      assertTrue(
          page.findAll("[data-record-undo]").stream().noneMatch(WebElement::isDisplayed),
          "a closed page cannot undo");
    }
  }

  @Test
  void aBadForeignOrUnreadableFileChangesNothing() {
    browser.width(1280);
    for (String base : bases(site, server)) {
      page.fresh(base + ROLE + "checklist-b.html");
      List<String> ids = page.statementIds();
      page.setStatus(ids.get(0), "met").addEvidence(ids.get(0), "certificate", "CERT-1", "");
      String stored = page.storedJson();
      Path dir = tmp.resolve("bad-files-" + mode(base));
      String other =
          stored
              .replace(
                  "client-financial-services/income-officer", "adult-social-work/social-worker")
              .replace("\"roleTitle\":\"Income Officer\"", "\"roleTitle\":\"Social Worker\"");
      Map<String, String> files =
          strings(
              "notes.txt",
              "These are my notes, not a record.",
              "empty.json",
              "",
              "other.json",
              "{\"hello\": \"world\"}",
              "social-worker-record.json",
              other,
              "damaged.json",
              stored.replace("\"status\":\"met\"", "\"status\":\"done\""),
              "newer.json",
              stored.replace("\"version\":2", "\"version\":9"),
              "version-as-text.json",
              stored.replace("\"version\":2", "\"version\":\"2\""),
              "role-object.json",
              "{\"format\":\"framework-portal/progress-record\",\"version\":2,\"role\":{}}",
              "proto.json",
              stored.replace(
                  "\"statements\":{", "\"statements\":{\"__proto__\":{\"status\":\"met\"},"),
              "impossible-date.json",
              stored.replaceFirst("\"date\":\"\\d{4}-\\d{2}-\\d{2}\"", "\"date\":\"2026-02-30\""),
              "huge.json",
              stored.replace("CERT-1", "x".repeat(6 * 1024 * 1024)),
              "truncated.json",
              stored.substring(0, stored.length() / 2));
      Map<String, String> expected =
          strings(
              "notes.txt",
                  "The file notes.txt could not be read: it is not a record saved from this portal, or only part of one. Nothing has changed.",
              "empty.json",
                  "The file empty.json could not be read: it is not a record saved from this portal, or only part of one. Nothing has changed.",
              "other.json",
                  "The file other.json is not a progression record saved from this portal. Nothing has changed.",
              "social-worker-record.json",
                  "The file social-worker-record.json is the record for Social Worker, not Income Officer. Nothing has changed. To import it, open a checklist of Social Worker.",
              "damaged.json",
                  "The file damaged.json is damaged: part of it is not as this portal writes it. Nothing has changed.",
              "newer.json",
                  "The file newer.json was saved by a newer version of the portal than this one. Nothing has changed.",
              "version-as-text.json",
                  "The file version-as-text.json is damaged: part of it is not as this portal writes it. Nothing has changed.",
              "role-object.json",
                  "The file role-object.json is not a progression record saved from this portal. Nothing has changed.",
              "proto.json",
                  "The file proto.json is damaged: part of it is not as this portal writes it. Nothing has changed.",
              "impossible-date.json",
                  "The file impossible-date.json is damaged: part of it is not as this portal writes it. Nothing has changed.",
              "huge.json",
                  "The file huge.json is too large to be a record saved from this portal. Nothing has changed.",
              "truncated.json",
                  "The file truncated.json could not be read: it is not a record saved from this portal, or only part of one. Nothing has changed.");
      for (Map.Entry<String, String> file : files.entrySet()) {
        String said =
            page.importRefused(RecordPage.write(dir.resolve(file.getKey()), file.getValue()));
        assertEquals(expected.get(file.getKey()), said);
        assertEquals(stored, page.storedJson(), file.getKey() + " changed nothing");
      }
      assertEquals(null, browser.js("return ({}).status || null"), "nothing reached Object");
      assertEquals(List.of(), browser.consoleErrors());
    }
  }

  @Test
  void anImportTheBrowserHasNoRoomForChangesNothing() throws Exception {
    browser.width(1280);
    page.fresh(server.url() + ROLE + "checklist-b.html");
    List<String> ids = page.statementIds();
    page.setStatus(ids.get(0), "met");
    String stored = page.storedJson();
    String file =
        stored.replace(
            "\"statements\":{",
            "\"statements\":{\""
                + ids.get(1)
                + "\":{\"status\":\"working\",\"reason\":\""
                + "x".repeat(19000)
                + "\",\"updated\":\"2026-01-01T00:00:00Z\"},");
    // Fill the storage, leaving room for the record as it is but not for the file.
    browser.js(
        "let n = 0; const block = 'y'.repeat(256 * 1024);"
            + "try { for (;;) { localStorage.setItem('filler' + n, block); n++; } } catch (e) {}"
            + "try { for (;;) { localStorage.setItem('filler' + n, 'y'.repeat(1024)); n++; } } catch (e) {}");
    try {
      String said = page.importFile(RecordPage.write(tmp.resolve("full/record.json"), file));
      assertEquals(
          "The file record.json could not be imported: this browser has no room left to keep it"
              + " (its storage is full). Nothing has changed.",
          said);
      assertEquals("not-started", page.status(ids.get(1)), "the page does not show it either");
      assertEquals(stored, page.storedJson());
    } finally {
      browser.js(
          "Object.keys(localStorage).filter(k => k.startsWith('filler'))"
              + ".forEach(k => localStorage.removeItem(k));");
    }
  }

  @Test
  void aRecordANewerPortalSavedIsLeftAsItIs() {
    browser.width(1280);
    String url = site.toUri() + ROLE + "checklist-b.html";
    page.fresh(url);
    String id = page.statementIds().get(0);
    page.setStatus(id, "met");
    // Someone opens an older copy of the site (say, saved to a USB stick) after a newer portal
    // saved their record: the page used to start a new record over it.
    String newer = page.storedJson().replace("\"version\":2", "\"version\":3");
    browser.js("localStorage.setItem(arguments[0], arguments[1]);", KEY, newer);
    page.open(url);
    assertTrue(
        page.message()
            .startsWith(
                "Your record was saved by a newer version of the portal than this page, so this page will not change it."),
        page.message());
    page.setStatus(page.statementIds().get(1), "working");
    assertEquals(newer, page.storedJson(), "nothing is saved over it");
    String said =
        page.importRefused(
            RecordPage.write(
                tmp.resolve("newer/record.json"), newer.replace("\"version\":3", "\"version\":2")));
    assertTrue(said.startsWith("The file record.json was not imported"), said);
    assertEquals(newer, page.storedJson(), "not by an import either");
    assertEquals(
        List.of(KEY),
        browser.js(
            "return Object.keys(localStorage).filter(k => k.startsWith(arguments[0]));", KEY));
  }

  @Test
  void aStoredRecordThePageCannotReadIsKeptAsideNotLost() throws Exception {
    browser.width(1280);
    for (String base : bases(site, server)) {
      String url = base + ROLE + "checklist-b.html";
      page.fresh(url);
      browser.js("localStorage.setItem(arguments[0], '{\"format\": broken');", KEY);
      page.open(url);
      assertEquals(
          "Your saved record could not be read, so this page starts a new one."
              + " The old one is kept aside in this browser: download it to keep a copy,"
              + " or to send to whoever looks after the portal.",
          page.message());
      Path downloaded =
          page.download(tmp.resolve("unreadable-" + mode(base)), "[data-record-download-aside]");
      assertEquals("{\"format\": broken", Files.readString(downloaded), "it can be taken away");
      @SuppressWarnings("unchecked")
      List<String> keys =
          (List<String>)
              browser.js(
                  "return Object.keys(localStorage).filter(k => k.startsWith(arguments[0])).sort();",
                  KEY);
      assertEquals(2, keys.size(), keys.toString());
      assertTrue(keys.get(1).startsWith(KEY + ":unreadable:"), keys.toString());
      assertEquals(
          "{\"format\": broken",
          browser.js("return localStorage.getItem(arguments[0]);", keys.get(1)));
      page.open(url);
      assertEquals(
          "", page.find("[data-record-message]").getAttribute("textContent"), "kept aside once");
    }
  }

  @Test
  void withoutStorageThePageSaysSoAndStillWorks() {
    browser.width(1280);
    Object script =
        browser.driver.executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                "Object.defineProperty(window, 'localStorage', {get() {"
                    + " throw new DOMException('The user denied storage.', 'SecurityError'); }});"));
    try {
      page.open(server.url() + ROLE + "checklist-b.html");
      assertTrue(
          page.find("[data-privacy-note]")
              .getText()
              .startsWith(
                  "This browser does not let the page keep anything, so what you record here is lost when you close the page"),
          page.find("[data-privacy-note]").getText());
      String id = page.statementIds().get(0);
      page.setStatus(id, "met");
      assertEquals("met", page.status(id));
      assertEquals(List.of(), browser.consoleErrors());
    } finally {
      @SuppressWarnings("unchecked")
      Map<String, Object> added = (Map<String, Object>) script;
      browser.driver.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument",
          Map.of("identifier", added.get("identifier")));
    }
  }
}
