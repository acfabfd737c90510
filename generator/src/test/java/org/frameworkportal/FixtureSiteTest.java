package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small fixture site, read with jsoup the way a reader's browser sees it. */
class FixtureSiteTest {
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() {
    site = PortalRun.buildOk(PortalRun.fixture("minimal"), tmp.resolve("site"));
  }

  static Document page(String path) {
    return SiteLinks.parse(site.resolve(path));
  }

  @Test
  void writesEveryKindOfPage() {
    for (String path :
        List.of(
            "index.html",
            "frameworks/demo/index.html",
            "frameworks/demo/assistant/index.html",
            "frameworks/demo/lead/index.html",
            "profiles/other-council.html",
            "pages/about.html",
            "404.html",
            "sitemap.xml",
            "assets/portal.css",
            "assets/print.css")) {
      assertTrue(Files.isRegularFile(site.resolve(path)), path);
    }
  }

  @Test
  void everyPageCarriesItsMarkers() {
    assertEquals("home", page("index.html").body().attr("data-page"));
    assertEquals("framework", page("frameworks/demo/index.html").body().attr("data-page"));
    assertEquals("demo", page("frameworks/demo/index.html").body().attr("data-framework"));
    Element role = page("frameworks/demo/assistant/index.html").body();
    assertEquals("role", role.attr("data-page"));
    assertEquals("demo", role.attr("data-framework"));
    assertEquals("demo/assistant", role.attr("data-role"));
    assertEquals("profile", page("profiles/other-council.html").body().attr("data-page"));
    assertEquals("page", page("pages/about.html").body().attr("data-page"));
    assertEquals("not-found", page("404.html").body().attr("data-page"));
  }

  @Test
  void everyLinkResolvesInsideTheSite() {
    assertEquals(List.of(), SiteLinks.broken(site));
  }

  @Test
  void everyPageHasOneH1AndASkipLink() {
    for (String path : PortalRun.htmlPages(site)) {
      Document doc = page(path);
      assertEquals(1, doc.select("h1").size(), path);
      assertEquals("#main", doc.selectFirst("a.skip-link").attr("href"), path);
      assertEquals("en-GB", doc.selectFirst("html").attr("lang"), path);
    }
  }

  @Test
  void rolePageShowsEachStatementUnderItsLevelAndCategory() {
    Document doc = page("frameworks/demo/assistant/index.html");
    Element levelA = doc.getElementById("level-a").parent();
    assertEquals(List.of("Qualifications", "Knowledge"), levelA.select("h3").eachText());
    assertEquals(List.of("Year 1", "Year 2"), levelA.select("h4.group-heading").eachText());
    assertEquals(
        List.of("Awareness of safeguarding vulnerable adults.", "Knowledge of the Care Act 2014."),
        levelA.select("h4.group-heading + ul > li").eachText());
    assertEquals(
        List.of("Describe your understanding of safeguarding."),
        levelA.select(".evidence li").eachText());
    Element levelB = doc.getElementById("level-b").parent();
    assertEquals(
        List.of("Experience of supporting a team."), levelB.select("ul.statements li").eachText());
    assertEquals(
        List.of("Minimum of 12 months experience at level 2A."),
        levelB.select(".evidence li").eachText());
    assertEquals(
        "Ability to manage a small budget.",
        doc.getElementById("level-c").parent().selectFirst("ul.statements li").text());
  }

  @Test
  void rolePageShowsGradeTeamProgressionAndSkills() {
    Document doc = page("frameworks/demo/assistant/index.html");
    assertEquals(
        List.of("Grade MPR2", "Team Payments Team", "Framework Demo Services (16 June 2025)"),
        doc.select("main > dl.summary-list > div").eachText());
    assertEquals(
        "../../../frameworks/demo/lead/index.html",
        doc.selectFirst("#progression + dl a").attr("href"));
    assertEquals(
        List.of("Safeguarding adults", "Budget management"),
        doc.select("#skills ~ ul.tag-list li").eachText());
    Document lead = page("frameworks/demo/lead/index.html");
    assertEquals("Demo Assistant", lead.selectFirst("#progression + dl a").text());
    assertEquals(
        List.of("To be confirmed.", "To be confirmed."),
        lead.select("section.level > p:not(.level__intro):not(.back-to-top)").eachText());
  }

  @Test
  void editorialNotesAreNeverPublished() throws IOException {
    for (String path : PortalRun.fingerprint(site).keySet()) {
      String text = Files.readString(site.resolve(path));
      assertFalse(text.contains("SECRET-"), path + " publishes an editorial note");
    }
  }

  @Test
  void reviewBuildShowsNotesWithABanner() {
    Path review =
        PortalRun.buildOk(PortalRun.fixture("minimal"), tmp.resolve("review"), "--review");
    Document doc = SiteLinks.parse(review.resolve("frameworks/demo/assistant/index.html"));
    assertTrue(doc.selectFirst(".review-banner").text().startsWith("Review build."));
    assertEquals("Note – not published: SECRET-ITEM-NOTE", doc.selectFirst(".review-note").text());
    assertEquals(List.of("Reviewer: SECRET-ROLE-NOTE"), doc.select(".review-notes li").eachText());
  }

  @Test
  void frameworkPageListsRolesTeamsAndProfilesElsewhere() {
    Document doc = page("frameworks/demo/index.html");
    assertEquals(
        List.of("Demo Assistant MPR2 Payments Team Demo Lead", "Demo Lead MPR4 Operations"),
        doc.select("#roles ~ table tbody tr").eachText());
    assertEquals(List.of("Operations"), doc.select("#teams ~ h3").eachText());
    assertEquals(List.of("Payments Team"), doc.select("#teams ~ h4").eachText());
    assertEquals("Welcome", doc.selectFirst("section[aria-labelledby=about] h3").text());
    assertEquals(
        "../../profiles/other-council.html", doc.selectFirst("#elsewhere ~ ul a").attr("href"));
  }

  @Test
  void homeListsFrameworksAndRolesFromAtoZ() {
    Document doc = page("index.html");
    assertEquals(
        List.of("Demo Services"), doc.select("#frameworks-heading + ul .card__title").eachText());
    assertEquals(List.of("D"), doc.select(".letter-heading").eachText());
    assertEquals(
        List.of("Demo Assistant", "Demo Lead"),
        doc.select(".role-list a[href^=frameworks]").eachText());
  }

  @Test
  void sitemapListsEveryPageButTheNotFoundPage() throws IOException {
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("<loc>frameworks/demo/assistant/index.html</loc>"));
    assertFalse(sitemap.contains("404.html"));
  }

  @Test
  void comparePageShowsWhatEachLevelAdds() {
    Document doc = page("frameworks/demo/assistant/compare.html");
    assertEquals("compare", doc.body().attr("data-page"));
    assertEquals("demo/assistant", doc.body().attr("data-role"));
    assertTrue(
        doc.selectFirst(".notice")
            .text()
            .startsWith("Each level includes everything in the levels before it."));
    Element knowledge = doc.getElementById("compare-knowledge").parent().selectFirst("table");
    assertEquals("Knowledge: what each level adds", knowledge.selectFirst("caption").text());
    assertEquals(List.of("col", "col", "col"), knowledge.select("thead th").eachAttr("scope"));
    assertEquals(
        List.of(
            "Year 1 Awareness of safeguarding vulnerable adults. Year 2 Knowledge of the Care Act 2014.",
            "Nothing new at this level.",
            "Nothing new at this level."),
        knowledge.select("tbody td").eachText());
    Element evidence = doc.getElementById("compare-evidence").parent().selectFirst("table");
    assertEquals(
        List.of(
            "Knowledge Describe your understanding of safeguarding.",
            "Experience Minimum of 12 months experience at level 2A.",
            "Nothing new at this level."),
        evidence.select("tbody td").eachText());
  }

  @Test
  void comparePageShowsWhatChangesOnTheWayToTheNextRole() {
    Document doc = page("frameworks/demo/assistant/compare.html");
    assertEquals(
        "From Demo Assistant (level C) to Demo Lead (level A)",
        doc.selectFirst("#next-roles ~ h3").text());
    assertEquals(List.of("New skills"), doc.select("#next-roles ~ h4:contains(New)").eachText());
    assertEquals(
        "Ability to set budgets.",
        doc.selectFirst("#next-roles ~ h4:contains(New skills) + ul li").text());
    assertEquals(
        List.of("Budget management"), doc.select("h4:contains(already use) + ul li").eachText());
  }

  @Test
  void eachStatementHasOneIdOnTheRolePageTheComparisonAndEveryChecklist() {
    Document role = page("frameworks/demo/assistant/index.html");
    Document compare = page("frameworks/demo/assistant/compare.html");
    Document a = page("frameworks/demo/assistant/checklist-a.html");
    Document c = page("frameworks/demo/assistant/checklist-c.html");
    List<String> onRolePage = role.select("[data-statement]").eachAttr("data-statement");
    assertEquals(7, onRolePage.size(), "every requirement and evidence statement");
    assertEquals(onRolePage.size(), Set.copyOf(onRolePage).size(), "ids are unique on a page");
    for (Element statement : role.select("[data-statement]")) {
      assertEquals(statement.attr("data-statement"), statement.id(), "the id is its anchor");
    }
    assertEquals(
        Set.copyOf(onRolePage),
        Set.copyOf(c.select("[data-statement]").eachAttr("data-statement")));
    assertEquals(
        Set.copyOf(onRolePage),
        Set.copyOf(compare.select("td [data-statement]").eachAttr("data-statement")));
    assertTrue(
        Set.copyOf(onRolePage)
            .containsAll(a.select("[data-statement]").eachAttr("data-statement")));
    // The same words in the same place have the same id on every page.
    String text = "Knowledge of the Care Act 2014.";
    String id = role.select("[data-statement]:containsOwn(" + text + ")").attr("data-statement");
    assertTrue(id.startsWith("s-"), id);
    assertEquals(id, c.select("tr:has(label:contains(" + text + "))").attr("data-statement"));
  }

  @Test
  void checklistsAreCumulativeAndMarkTheLevelThatIntroducedEachItem() {
    Document a = page("frameworks/demo/assistant/checklist-a.html");
    Document c = page("frameworks/demo/assistant/checklist-c.html");
    assertEquals("checklist", c.body().attr("data-page"));
    assertEquals("C", c.body().attr("data-level"));
    assertEquals("A", a.body().attr("data-level"));
    assertEquals(
        List.of("A", "A", "A", "A"),
        a.select("tbody .level-mark").eachText().stream()
            .map(t -> t.replace("Level ", ""))
            .toList());
    assertEquals(
        List.of(
            "A minimum of 5 GCSEs, including Maths and English.",
            "Year 1: Awareness of safeguarding vulnerable adults.",
            "Year 2: Knowledge of the Care Act 2014.",
            "Evidence required: Describe your understanding of safeguarding.",
            "Experience of supporting a team.",
            "Evidence required: Minimum of 12 months experience at level 2A.",
            "Ability to manage a small budget."),
        c.select("tbody label").eachText());
    assertEquals(
        List.of("A", "A", "A", "A", "B", "B", "C"),
        c.select("tbody .level-mark").eachText().stream()
            .map(t -> t.replace("Level ", ""))
            .toList());
    assertTrue(
        a.select("tbody label").eachText().stream().noneMatch(t -> t.contains("small budget")));
    assertEquals(
        "C: Accomplished (includes levels A and B)",
        c.select(".checklist-header dd").get(3).text());
    // One record per role, whichever level's checklist it is opened from, and whatever the date.
    assertEquals(
        "framework-portal:v2:demo/assistant",
        c.selectFirst("[data-checklist-key]").attr("data-checklist-key"));
    assertEquals(
        "framework-portal:v2:demo/assistant",
        a.selectFirst("[data-checklist-key]").attr("data-checklist-key"));
    assertEquals(7, c.select("tbody input[type=checkbox]").size());
    for (Element box : c.select("tbody input[type=checkbox]")) {
      assertEquals(
          1, c.select("label[for=" + box.id() + "]").size(), "each tick box has its label");
    }
    assertEquals(
        List.of("Employee", "Manager"), c.select(".sign-off h3").eachText(), "sign-off for both");
    assertEquals(
        List.of("Name", "Role", "Signature", "Date", "Name", "Role", "Signature", "Date"),
        c.select(".sign-off dt").eachText());
    assertTrue(
        c.selectFirst(".notice")
            .text()
            .startsWith("Ticking every box is not in itself a promotion decision."));
    assertTrue(
        c.selectFirst(".privacy-note").text().contains("stays in this browser")
            && c.selectFirst(".privacy-note").text().contains("nothing is sent anywhere."));
  }

  @Test
  void rolePageLinksItsComparisonAndChecklists() {
    Document doc = page("frameworks/demo/assistant/index.html");
    assertEquals(
        List.of(
            "Compare the levels side by side",
            "Print the level A checklist",
            "Print the level B checklist",
            "Print the level C checklist"),
        doc.select("main > ul.action-list a").eachText());
  }

  @Test
  void statementsCsvOpensInExcel() throws IOException {
    byte[] bytes = Files.readAllBytes(site.resolve("frameworks/demo/demo-statements.csv"));
    assertEquals(
        List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    List<String> lines =
        List.of(
            new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8)
                .split("\r\n"));
    assertEquals("role,grade,level,category,statement,evidence", lines.get(0));
    assertEquals(
        "Demo Assistant,MPR2,A,qualifications,\"A minimum of 5 GCSEs, including Maths and English.\",",
        lines.get(1));
    assertEquals(
        "Demo Assistant,MPR2,A,knowledge,Year 1: Awareness of safeguarding vulnerable adults.,",
        lines.get(2));
    assertEquals(
        "Demo Assistant,MPR2,A,knowledge,,Describe your understanding of safeguarding.",
        lines.get(4));
    assertEquals(9, lines.size());
  }

  @Test
  void skillPagesListEveryRoleAndLevelThatNeedsTheSkill() {
    Document index = page("skills/index.html");
    assertEquals("skills", index.body().attr("data-page"));
    assertEquals(
        List.of(
            "Budget management Planning and controlling money. 2 1",
            "Safeguarding adults Protecting adults from abuse and neglect. 1 1"),
        index.select("tbody tr").eachText());
    Document skill = page("skills/budget-management.html");
    assertEquals("skill", skill.body().attr("data-page"));
    assertEquals("budget-management", skill.body().attr("data-skill"));
    assertEquals(List.of("Demo Assistant MPR2", "Demo Lead MPR4"), skill.select("h3").eachText());
    assertEquals(
        List.of("Skills: Ability to manage a small budget.", "Skills: Ability to set budgets."),
        skill.select("main li").eachText());
    assertEquals(
        List.of(
            "../frameworks/demo/assistant/index.html#level-c",
            "../frameworks/demo/assistant/checklist-c.html",
            "../frameworks/demo/lead/index.html#level-a",
            "../frameworks/demo/lead/checklist-a.html"),
        skill.select(".links-line a").eachAttr("href"));
  }

  @Test
  void rolePageLinksItsSkillsAndTheRolesThatShareThem() {
    Document doc = page("frameworks/demo/lead/index.html");
    assertEquals(
        List.of("../../../skills/budget-management.html"),
        doc.select("#skills ~ ul.tag-list a").eachAttr("href"));
    assertEquals(
        List.of("Demo Assistant"), doc.select("#related ~ ul.related-list > li > a").eachText());
  }

  @Test
  void frameworkPageDrawsThePathwayWithRoleLinks() {
    Document doc = page("frameworks/demo/index.html");
    Element svg = doc.selectFirst("#pathway ~ figure svg");
    assertEquals(List.of("MPR2", "MPR4"), svg.select("text.pathway__grade").eachText());
    // Lanes from top (Operations, then its Payments Team): the order keyboard users tab through.
    assertEquals(
        List.of(
            "../../frameworks/demo/lead/index.html", "../../frameworks/demo/assistant/index.html"),
        svg.select("a").eachAttr("href"));
    assertEquals(
        List.of("Operations", "Payments Team"), svg.select("text.pathway__lane-title").eachText());
    assertEquals(1, svg.select("path.pathway__arrow").size());
    assertEquals(
        "Demo Assistant (MPR2) leads to Demo Lead (MPR4).",
        doc.selectFirst(".pathway__text li").text());
    Document pathways = page("pathways.html");
    assertEquals(1, pathways.select("figure.pathway").size());
  }
}
