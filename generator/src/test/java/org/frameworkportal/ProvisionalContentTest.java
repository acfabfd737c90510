package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the source does not settle looks unsettled on every page that shows it: a statement whose
 * wording is to be confirmed, a suggested next role, a suggested team, a role whose requirements
 * are to be confirmed. Fixture: {@code sites/provisional}, the minimal site with one of each.
 */
class ProvisionalContentTest {
  @TempDir static Path tmp;

  static Path site;
  static Path review;

  @BeforeAll
  static void build() {
    site = PortalRun.buildOk(PortalRun.fixture("provisional"), tmp.resolve("site"));
    review = PortalRun.buildOk(PortalRun.fixture("provisional"), tmp.resolve("review"), "--review");
  }

  private static Document page(String path) {
    return SiteLinks.parse(site.resolve(path));
  }

  /**
   * The element that shows {@code text} carries data-provisional and a mark linking to what it
   * means.
   */
  private static void markedStatement(Document page, String text) {
    Elements shown =
        page.select(
            "[data-provisional]:containsOwn("
                + text
                + "), [data-provisional]:has(label:containsOwn("
                + text
                + "))");
    assertEquals(
        1,
        shown.size(),
        page.location() + ": one element shows the statement, marked\n" + page.select("main"));
    Element mark = shown.first().selectFirst("a.provisional");
    assertEquals("Wording to be confirmed", mark.text());
    assertTrue(mark.attr("href").endsWith("provisional.html"), mark.attr("href"));
  }

  @Test
  void aStatementToBeConfirmedIsMarkedOnEveryPageThatShowsIt() {
    String text = "Experience of supporting a team so that";
    markedStatement(page("frameworks/demo/assistant/index.html"), text);
    markedStatement(page("frameworks/demo/assistant/compare.html"), text);
    markedStatement(page("frameworks/demo/assistant/checklist-b.html"), text);
    markedStatement(page("frameworks/demo/assistant/checklist-c.html"), text);
    markedStatement(page("skills/budget-management.html"), text);
    assertTrue(
        page("frameworks/demo/assistant/checklist-a.html").select("[data-provisional]").isEmpty(),
        "level A's checklist does not hold the statement");
  }

  @Test
  void aSuggestedNextRoleIsNeverShownAsTheFrameworksRoute() {
    Document role = page("frameworks/demo/assistant/index.html");
    Element row =
        role.selectFirst(
            "#progression ~ dl [data-provisional], section:has(#progression) [data-provisional]");
    assertEquals("Suggested next role", row.selectFirst("dt").text());
    assertTrue(row.text().contains("Demo Lead"), row.text());
    assertFalse(role.select("section:has(#progression) dt").eachText().contains("Leads to"));
    Document lead = page("frameworks/demo/lead/index.html");
    assertTrue(
        lead.selectFirst("section:has(#progression)")
            .text()
            .contains("Demo Assistant (MPR2) suggested route"),
        lead.selectFirst("section:has(#progression)").text());

    Document compare = page("frameworks/demo/assistant/compare.html");
    assertTrue(
        compare
            .selectFirst("#next-roles ~ [data-provisional]")
            .text()
            .startsWith("Suggested next role."));

    for (String path : new String[] {"frameworks/demo/index.html", "pathways.html"}) {
      Document pathway = page(path);
      Element arrow = pathway.selectFirst("path.pathway__arrow");
      assertTrue(
          arrow.hasClass("pathway__arrow--suggested") && arrow.hasAttr("data-provisional"), path);
      assertEquals(
          "Demo Assistant may lead to Demo Lead (a suggested route)",
          arrow.selectFirst("title").text());
      assertTrue(
          pathway.selectFirst("figcaption").text().contains("dashed arrows are suggested routes"),
          path);
      String words = pathway.selectFirst(".pathway__text").text();
      assertTrue(
          words.contains(
              "Demo Assistant (MPR2) suggested next role: Demo Lead (MPR4) suggested route."),
          words);
      assertFalse(words.contains("leads to"), words);
      assertFalse(words.contains("named in the framework"), words);
    }
    Element progresses =
        page("frameworks/demo/index.html").selectFirst("td[data-label=Progresses to]");
    assertEquals("Demo Lead suggested", progresses.text());
  }

  @Test
  void aSuggestedTeamAndARoleToBeConfirmedAreMarked() {
    Element team =
        page("frameworks/demo/assistant/index.html")
            .selectFirst(".summary-list__row[data-provisional]");
    assertEquals("Team Payments Team Suggested team", team.text());
    Element notice =
        page("frameworks/demo/lead/index.html")
            .selectFirst(".provisional-notice[data-provisional]");
    assertTrue(notice.text().startsWith("Requirements to be confirmed."), notice.text());
  }

  @Test
  void theMarksLinkToAPageSayingWhatTheyMean() {
    Document explained = page("provisional.html");
    assertEquals(
        "Wording to be confirmed and suggested routes", explained.selectFirst("h1").text());
    for (String heading :
        new String[] {
          "Wording to be confirmed",
          "Suggested next role",
          "Suggested team",
          "Requirements to be confirmed"
        }) {
      assertTrue(explained.select("h2").eachText().contains(heading), heading);
    }
  }

  /**
   * check ends with HR's list of what to confirm, per framework: a count, then each place by its
   * first words.
   */
  @Test
  void checkListsWhatIsStillToBeConfirmed() {
    PortalRun.Outcome check =
        PortalRun.run("check", "--content", PortalRun.fixture("provisional").toString());
    assertEquals(0, check.exit(), check.err());
    String roles = PortalRun.fixture("provisional") + "/frameworks/demo/roles/";
    assertTrue(
        check
            .out()
            .endsWith(
                """

        To confirm with the services (marked 'provisional:'; staff see them as to be confirmed or suggested. \
        Remove the key once confirmed):
          Demo Services: 4
            %1$sassistant.yaml:4:7: Demo Assistant: its team, payments
            %1$sassistant.yaml:10:11: Demo Assistant: its next role, lead
            %1$sassistant.yaml:27:9: Demo Assistant, level B: "Experience of supporting a team so that"
            %1$slead.yaml:1:1: Demo Lead: its requirements
        """
                    .formatted(roles)),
        check.out());
  }

  @Test
  void searchResultsKnowWhichStatementsAreToBeConfirmed() throws IOException {
    String docs = Files.readString(site.resolve("search-docs.json"));
    assertTrue(
        docs.contains(
            "\"statements\":[\"Experience of supporting a team so that\"],\"provisional\":[0]"),
        docs);
  }

  @Test
  void reviewBuildsShowHrTheReasonAndPublishedBuildsNever() throws IOException {
    for (String reason :
        new String[] {
          "PROVISIONAL-TEAM-REASON",
          "PROVISIONAL-NEXT-REASON",
          "PROVISIONAL-STATEMENT-REASON",
          "PROVISIONAL-ROLE-REASON"
        }) {
      assertTrue(
          PortalRun.fingerprint(review).keySet().stream()
              .anyMatch(path -> contains(review.resolve(path), reason)),
          reason + " shown in the review build");
      assertFalse(
          PortalRun.fingerprint(site).keySet().stream()
              .anyMatch(path -> contains(site.resolve(path), reason)),
          reason + " never published");
    }
  }

  private static boolean contains(Path file, String text) {
    try {
      return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)
          .contains(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
