package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.load.ContentLoader;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.GlossaryTerm;
import org.frameworkportal.output.SitePaths;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way round the real site, read with jsoup: the header, breadcrumbs and footer of every page,
 * the glossary and its marks, the accessibility statement, and links that used to lead nowhere.
 */
class NavigationPagesTest {
  @TempDir static Path tmp;
  static Path site;
  static Content content;

  @BeforeAll
  static void build() {
    site = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("site"));
    content =
        new ContentLoader(PortalRun.realContent(), "content", new Problems()).load().orElseThrow();
  }

  static Document page(String path) {
    return SiteLinks.parse(site.resolve(path));
  }

  /** Where a relative link on {@code page} leads, inside the site, without its fragment. */
  static Path target(String page, String href) {
    return site.resolve(page).getParent().resolve(href.replaceAll("#.*", "")).normalize();
  }

  @Test
  void everyPageHasTheHeaderLinksTheFooterLinksAndBreadcrumbsBelowHome() {
    List<String> problems = new ArrayList<>();
    for (String path : PortalRun.htmlPages(site)) {
      Document page = page(path);
      List<String> nav = page.select("nav.site-nav a").eachText();
      if (!nav.equals(List.of("Frameworks", "Skills", "Pathways", "Search"))) {
        problems.add(path + ": header links " + nav);
      }
      for (Element link : page.select("nav.site-nav a, .site-footer a[href]:not([href^=mailto])")) {
        if (!Files.isRegularFile(target(path, link.attr("href")))) {
          problems.add(path + ": " + link.text() + " leads to " + link.attr("href"));
        }
      }
      if (page.select(".site-footer a:contains(Accessibility statement)").isEmpty()) {
        problems.add(path + ": no link to the accessibility statement");
      }
      Element feedback = page.selectFirst(".site-footer a:contains(Tell HR about a problem)");
      String title = page.selectFirst("h1") == null ? "" : page.selectFirst("h1").text();
      if (feedback == null
          || !feedback.attr("href").startsWith("mailto:career.frameworks@medway.gov.uk?subject=")
          || !URLDecoder.decode(feedback.attr("href"), StandardCharsets.UTF_8).contains(path)) {
        problems.add(path + ": no 'Tell HR' link naming the page (" + title + ")");
      }
      if (!path.equals("index.html") && page.select("nav.breadcrumbs a").isEmpty()) {
        problems.add(path + ": no breadcrumbs");
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theFirstUseOfATermOnARolePageLinksToItsGlossaryEntry() {
    Document role =
        page("frameworks/client-financial-services/client-financial-affairs-officer/index.html");
    Element dwp = role.selectFirst("main a.glossary-term abbr");
    assertEquals("DWP", dwp.text(), "the first term in the main text is marked");
    assertEquals("Department for Work and Pensions", dwp.attr("title"));
    assertEquals("../../../glossary.html#term-dwp", dwp.parent().attr("href"));
    List<String> marked = role.select("main a.glossary-term abbr").eachText();
    assertTrue(marked.containsAll(List.of("DWP", "COP", "ASC", "APAD")), marked.toString());
    assertEquals(
        marked.stream().distinct().count(),
        marked.stream().map(t -> t.replaceAll("s$", "")).distinct().count(),
        "each term is marked once: " + marked);
    assertTrue(
        role.select(
                "h1 a.glossary-term, h2 a.glossary-term, h3 a.glossary-term, a a, label a.glossary-term, header a.glossary-term, footer a.glossary-term")
            .isEmpty(),
        "never inside headings, links, labels, the header or the footer");
  }

  @Test
  void insideAChecklistsLabelsATermIsExplainedWithoutALink() {
    Document checklist =
        page("frameworks/client-financial-services/income-officer/checklist-c.html");
    assertTrue(checklist.select("label a").isEmpty(), "a link inside a label would tick its box");
    List<String> titles = checklist.select("label abbr[title]").eachAttr("title");
    assertTrue(titles.contains("General Data Protection Regulation"), titles.toString());
  }

  @Test
  void everyMarkOnEveryPageLeadsToAnEntryOfTheGlossary() {
    Document glossary = page("glossary.html");
    Set<String> anchors = Set.copyOf(glossary.select(".glossary__entry").eachAttr("id"));
    assertEquals(content.glossary().size(), anchors.size(), "one entry per term");
    for (GlossaryTerm term : content.glossary()) {
      assertFalse(glossary.select("dt:containsOwn(" + term.term() + ")").isEmpty(), term.term());
    }
    assertTrue(glossary.select("main a.glossary-term").isEmpty(), "the glossary marks nothing");
    for (String path : PortalRun.htmlPages(site)) {
      for (Element mark : page(path).select("a.glossary-term")) {
        String href = mark.attr("href");
        assertTrue(href.endsWith("glossary.html#" + href.replaceAll(".*#", "")), path + " " + href);
        assertTrue(anchors.contains(href.replaceAll(".*#", "")), path + " " + href);
      }
    }
  }

  /** A meaning the frameworks leave open looks open wherever it is shown, as statements do. */
  @Test
  void aMeaningToBeConfirmedIsMarkedOnTheGlossaryAndWhereverTheTermIsExplained() {
    List<String> provisional =
        content.glossary().stream()
            .filter(GlossaryTerm::isProvisional)
            .map(GlossaryTerm::term)
            .toList();
    assertEquals(List.of("DSO", "SCO"), provisional, "the two acronyms the frameworks leave open");
    Document glossary = page("glossary.html");
    for (GlossaryTerm term : content.glossary()) {
      Element entry = glossary.getElementById(SitePaths.glossaryAnchor(term.term()));
      assertNotNull(entry, term.term());
      Element mark = entry.selectFirst(".glossary__meaning a.provisional[href=provisional.html]");
      assertEquals(term.isProvisional(), entry.hasAttr("data-provisional"), term.term());
      assertEquals(term.isProvisional(), mark != null, term.term());
      if (mark != null) {
        assertEquals("Meaning to be confirmed", mark.text());
        assertFalse(entry.text().contains(term.provisional()), "the reason is for HR only");
      }
    }
    Document skill = page("skills/safeguarding-adults.html");
    assertEquals(
        List.of("Designated Safeguarding Officer (to be confirmed)"),
        skill.select("abbr:containsOwn(DSO)").eachAttr("title"));
    assertFalse(page("provisional.html").select("h2#meanings").isEmpty());
  }

  @Test
  void theAccessibilityStatementHasThePrescribedSectionsAndDatesFromContent() {
    Document statement = page("accessibility.html");
    assertEquals("accessibility", statement.body().attr("data-page"));
    List<String> headings = statement.select("main h2, main h3").eachText();
    for (String heading :
        List.of(
            "How accessible this website is",
            "Feedback and contact information",
            "Reporting accessibility problems with this website",
            "Enforcement procedure",
            "Technical information about this website’s accessibility",
            "Compliance status",
            "Non-accessible content",
            "What we are doing to improve accessibility",
            "Preparation of this accessibility statement")) {
      assertTrue(headings.contains(heading), heading + " in " + headings);
    }
    String text = statement.select("main").text();
    assertTrue(text.contains("Equality Advisory and Support Service (EASS)"), text);
    assertTrue(text.contains("Web Content Accessibility Guidelines version 2.2 AA standard"));
    assertTrue(text.contains("This statement was prepared on 30 November 2026."), text);
    assertTrue(text.contains("axe-core") && text.contains("Nu HTML Checker"), text);
  }

  @Test
  void seeTextsLeadSomewhere() {
    Document framework = page("frameworks/client-financial-services/index.html");
    List<String> skills =
        framework
            .select("#transferable-skills ~ ul a, section[aria-labelledby=transferable-skills] a")
            .eachAttr("href");
    assertTrue(
        skills.size() > 5, "the transferable skills section links to skill pages: " + skills);
    for (String href : skills) {
      assertTrue(
          Files.isRegularFile(target("frameworks/client-financial-services/index.html", href)),
          href);
    }
    for (String path : PortalRun.htmlPages(site)) {
      assertFalse(page(path).text().contains("See Job Profile"), path);
    }
  }

  @Test
  void theHomePageStartsWithTheFrameworksThenTheAudiencesThenTheIntroduction() {
    List<String> sections = page("index.html").select("main > section > h2").eachText();
    assertEquals("Frameworks", sections.get(0), sections.toString());
    assertTrue(
        sections.indexOf("Roles from A to Z")
                < sections.indexOf("Are you a browser, a thinker, a mover or a supporter?")
            && sections.indexOf("Are you a browser, a thinker, a mover or a supporter?")
                < sections.indexOf("About the frameworks"),
        sections.toString());
    assertEquals(4, page("index.html").select(".audience-grid--four > li").size());
  }

  @Test
  void theNotFoundPageFindsTheSiteFolderItselfWithoutABaseUrl() {
    Document notFound = page("404.html");
    assertTrue(notFound.select("base").isEmpty());
    assertTrue(notFound.select("head script").html().contains("assets/portal.css"));
    assertTrue(
        notFound.select("head > *").indexOf(notFound.selectFirst("head script"))
            < notFound.select("head > *").indexOf(notFound.selectFirst("link[rel=stylesheet]")),
        "the script runs before the stylesheet is asked for");
  }

  @Test
  void withABaseUrlTheNotFoundPageNamesTheSiteFolderInABase() throws Exception {
    Path content = PortalRun.copy(PortalRun.realContent(), tmp.resolve("with-base-url"));
    Files.writeString(
        content.resolve("site.yaml"),
        Files.readString(content.resolve("site.yaml"))
            + "base_url: https://intranet.example/career-frameworks/\n");
    Path built = PortalRun.buildOk(content, tmp.resolve("with-base-url-site"));
    Document notFound = SiteLinks.parse(built.resolve("404.html"));
    assertEquals("/career-frameworks/", notFound.selectFirst("head > base").attr("href"));
    assertTrue(notFound.select("head script").isEmpty(), "no script is needed");
    assertEquals(
        0,
        notFound.select("head > *").indexOf(notFound.selectFirst("base")) - 1,
        "the base comes first after the character set, before any link");
    assertTrue(SiteLinks.parse(built.resolve("index.html")).select("base").isEmpty());
  }
}
