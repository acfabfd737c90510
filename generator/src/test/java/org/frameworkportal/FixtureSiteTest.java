package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    for (String path : List.of("index.html", "frameworks/demo/index.html", "frameworks/demo/assistant/index.html",
        "frameworks/demo/lead/index.html", "profiles/other-council.html", "pages/about.html", "404.html",
        "sitemap.xml", "assets/portal.css", "assets/print.css")) {
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
    assertEquals(List.of("Awareness of safeguarding vulnerable adults.", "Knowledge of the Care Act 2014."),
        levelA.select("h4.group-heading + ul > li").eachText());
    assertEquals(List.of("Describe your understanding of safeguarding."), levelA.select(".evidence li").eachText());
    Element levelB = doc.getElementById("level-b").parent();
    assertEquals(List.of("Experience of supporting a team."), levelB.select("ul.statements li").eachText());
    assertEquals(List.of("Minimum of 12 months experience at level 2A."), levelB.select(".evidence li").eachText());
    assertEquals("Ability to manage a small budget.", doc.getElementById("level-c").parent().selectFirst("ul.statements li").text());
  }

  @Test
  void rolePageShowsGradeTeamProgressionAndSkills() {
    Document doc = page("frameworks/demo/assistant/index.html");
    assertEquals(List.of("Grade MPR2", "Team Payments Team", "Framework Demo Services (16 June 2025)"),
        doc.select("main > dl.summary-list > div").eachText());
    assertEquals("../../../frameworks/demo/lead/index.html", doc.selectFirst("#progression + dl a").attr("href"));
    assertEquals(List.of("Safeguarding adults", "Budget management"), doc.select("#skills ~ ul.tag-list li").eachText());
    Document lead = page("frameworks/demo/lead/index.html");
    assertEquals("Demo Assistant", lead.selectFirst("#progression + dl a").text());
    assertEquals(List.of("To be confirmed.", "To be confirmed."), lead.select("section.level > p:not(.level__intro)").eachText());
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
    Path review = PortalRun.buildOk(PortalRun.fixture("minimal"), tmp.resolve("review"), "--review");
    Document doc = SiteLinks.parse(review.resolve("frameworks/demo/assistant/index.html"));
    assertTrue(doc.selectFirst(".review-banner").text().startsWith("Review build."));
    assertEquals("Note – not published: SECRET-ITEM-NOTE", doc.selectFirst(".review-note").text());
    assertEquals(List.of("Reviewer: SECRET-ROLE-NOTE"), doc.select(".review-notes li").eachText());
  }

  @Test
  void frameworkPageListsRolesTeamsAndProfilesElsewhere() {
    Document doc = page("frameworks/demo/index.html");
    assertEquals(List.of("Demo Assistant MPR2 Payments Team Demo Lead", "Demo Lead MPR4 Operations"),
        doc.select("#roles ~ table tbody tr").eachText());
    assertEquals(List.of("Operations"), doc.select("#teams ~ h3").eachText());
    assertEquals(List.of("Payments Team"), doc.select("#teams ~ h4").eachText());
    assertEquals("Welcome", doc.selectFirst("section[aria-labelledby=about] h3").text());
    assertEquals("../../profiles/other-council.html", doc.selectFirst("#elsewhere ~ ul a").attr("href"));
  }

  @Test
  void homeListsFrameworksAndRolesFromAtoZ() {
    Document doc = page("index.html");
    assertEquals(List.of("Demo Services"), doc.select("#frameworks-heading + ul .card__title").eachText());
    assertEquals(List.of("D"), doc.select(".letter-heading").eachText());
    assertEquals(List.of("Demo Assistant", "Demo Lead"), doc.select(".role-list a[href^=frameworks]").eachText());
  }

  @Test
  void sitemapListsEveryPageButTheNotFoundPage() throws IOException {
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("<loc>frameworks/demo/assistant/index.html</loc>"));
    assertFalse(sitemap.contains("404.html"));
  }
}
