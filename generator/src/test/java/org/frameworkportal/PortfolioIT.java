package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.frameworkportal.serve.StaticFileServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The checklist as a private progression record (issue 16), in Chromium, from disk (file://) and
 * over HTTP: one record per role shared by every level, carried over a republish, the first
 * release's ticks taken over, export, clear, undo and import, refused files, printing, and axe with
 * the tools open (at 1280 and 320 px). Screenshots and PDFs go to target/screenshots.
 */
class PortfolioIT {
  static final String ROLE = "frameworks/client-financial-services/income-officer/";
  static final String KEY = "framework-portal:v2:client-financial-services/income-officer";
  static final String FIRST_RELEASE =
      "framework-portal:v1:client-financial-services/income-officer:";

  @TempDir static Path tmp;
  static Path site;
  static StaticFileServer server;
  static Browser browser;
  static RecordPage page;

  @BeforeAll
  static void start() throws Exception {
    site = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("site"));
    browser = Browser.start();
    server = new StaticFileServer(site, 0);
    page = new RecordPage(browser);
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

  /** The site's root from disk and over HTTP. */
  static List<String> bases(Path folder, StaticFileServer http) {
    return List.of(folder.toUri().toString(), http.url());
  }

  static String mode(String base) {
    return base.startsWith("file:") ? "file" : "http";
  }

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
    Path folder = site.resolve(ROLE);
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
      page.fresh(site.toUri() + ROLE + "checklist-b.html");
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

  /** A map of strings from pairs (Map.of takes ten at most). */
  static Map<String, String> strings(String... pairs) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  static void replace(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " holds " + from);
    Files.writeString(file, text.replace(from, to));
  }
}
