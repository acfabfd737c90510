package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.load.ContentLoader;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Role;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real content/ and reads the pages staff will read: every page's markers, links that
 * resolve, byte-identical rebuilds, no reviewer's note published, a comparison and checklists for
 * every role, skills across professions. Each role's statements against the source documents are
 * {@link ExpectedStatementsTest}.
 */
class RealContentTest {
  static final Set<String> PAGE_KINDS =
      Set.of(
          "home",
          "framework",
          "role",
          "compare",
          "checklist",
          "skill",
          "skills",
          "profile",
          "search",
          "page",
          "not-found",
          "glossary",
          "accessibility");
  static final List<String> LEVELS = List.of("A", "B", "C");

  @TempDir static Path tmp;
  static Path site;
  static Content content;

  @BeforeAll
  static void build() {
    site = RealSite.built();
    content =
        new ContentLoader(PortalRun.realContent(), "content", new Problems()).load().orElseThrow();
  }

  @Test
  void hasThreeFrameworksNineteenRolesAndTwoProfiles() {
    assertEquals(
        List.of("adult-social-work", "client-financial-services", "occupational-therapy"),
        content.frameworks().stream().map(Framework::id).toList());
    assertEquals(19, content.frameworks().stream().mapToInt(f -> f.roles().size()).sum());
    assertEquals(2, content.profiles().size());
  }

  @Test
  void secondBuildIsByteIdentical() {
    Path again = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("again"));
    assertEquals(PortalRun.fingerprint(site), PortalRun.fingerprint(again));
  }

  @Test
  void everyPageCarriesItsMarkers() {
    for (String path : PortalRun.htmlPages(site)) {
      Element body = SiteLinks.parse(site.resolve(path)).body();
      assertTrue(
          PAGE_KINDS.contains(body.attr("data-page")),
          path + " has data-page=" + body.attr("data-page"));
      if (path.startsWith("frameworks/")) {
        assertEquals(path.split("/", -1)[1], body.attr("data-framework"), path);
      }
      if (body.attr("data-page").equals("role")) {
        String[] parts = path.split("/", -1);
        assertEquals(parts[1] + "/" + parts[2], body.attr("data-role"), path);
      }
    }
    for (Framework framework : content.frameworks()) {
      for (Role role : framework.roles()) {
        assertTrue(
            Files.exists(site.resolve("frameworks/" + role.fullId() + "/index.html")),
            role.fullId());
      }
    }
  }

  @Test
  void everyLinkResolvesInsideTheSite() {
    assertEquals(List.of(), SiteLinks.broken(site));
  }

  @Test
  void noEditorialNoteIsPublished() throws IOException {
    List<String> notes = new ArrayList<>(content.site().notes());
    for (Framework framework : content.frameworks()) {
      notes.addAll(framework.notes());
      for (Role role : framework.roles()) {
        notes.addAll(role.notes());
        role.levels()
            .values()
            .forEach(
                level ->
                    Stream.of(level.requirements().values(), level.evidence().values())
                        .flatMap(lists -> lists.stream().flatMap(List::stream))
                        .map(Item::note)
                        .filter(note -> note != null)
                        .forEach(notes::add));
      }
    }
    content.profiles().forEach(profile -> notes.addAll(profile.notes()));
    assertTrue(notes.size() > 20, "the real content has reviewers' notes: " + notes.size());
    // Short replies such as "Added" are ordinary words; any note of some length must not appear.
    List<String> distinctive =
        notes.stream()
            .map(n -> n.replaceAll("\\s+", " ").strip())
            .filter(n -> n.length() > 25)
            .toList();
    for (String path : PortalRun.fingerprint(site).keySet()) {
      String text = SiteLinks.parse(site.resolve(path)).text();
      for (String note : distinctive) {
        assertFalse(text.contains(note), path + " publishes the note: " + note);
      }
    }
  }

  @Test
  void noExtractionDebrisOrReviewerMarkup() throws IOException {
    for (String path : PortalRun.htmlPages(site)) {
      String text = SiteLinks.parse(site.resolve(path)).text();
      for (String debris :
          List.of(
              "Kange",
              "inicrosoft",
              "•",
              "Commented [",
              "[nt1]",
              "R1]",
              "<p>",
              "<li>",
              "<ul",
              "&lt;",
              " | ",
              "Wnowledge",
              "Enowledge")) {
        assertFalse(text.contains(debris), path + " contains '" + debris + "'");
      }
    }
  }

  @Test
  void everyRoleHasAComparisonAndAChecklistPerLevelAndCsvPerFramework() {
    for (Framework framework : content.frameworks()) {
      assertTrue(
          Files.exists(
              site.resolve(
                  "frameworks/" + framework.id() + "/" + framework.id() + "-statements.csv")));
      for (Role role : framework.roles()) {
        Path folder = site.resolve("frameworks/" + role.fullId());
        assertEquals(
            "compare", SiteLinks.parse(folder.resolve("compare.html")).body().attr("data-page"));
        List<String> previous = List.of();
        for (String level : LEVELS) {
          Document checklist =
              SiteLinks.parse(
                  folder.resolve("checklist-" + level.toLowerCase(Locale.ROOT) + ".html"));
          assertEquals(level, checklist.body().attr("data-level"), role.fullId());
          List<String> items = checklist.select("tbody label").eachText();
          assertTrue(
              items.containsAll(previous),
              role.fullId() + " level " + level + " checklist is not cumulative");
          previous = items;
        }
      }
    }
  }

  @Test
  void transferableSkillsCrossProfessions() {
    List<String> skillPages =
        PortalRun.htmlPages(site).stream()
            .filter(p -> p.startsWith("skills/") && !p.equals("skills/index.html"))
            .toList();
    assertTrue(skillPages.size() >= 15, "skill pages: " + skillPages.size());
    long acrossFrameworks =
        skillPages.stream()
            .filter(
                p ->
                    SiteLinks.parse(site.resolve(p))
                            .select("main a[href*=frameworks/]")
                            .eachAttr("href")
                            .stream()
                            .map(href -> href.replaceAll("^(\\.\\./)*frameworks/([^/]+)/.*", "$2"))
                            .distinct()
                            .count()
                        >= 2)
            .count();
    assertTrue(
        acrossFrameworks >= 10,
        "skills whose pages link roles in two or more frameworks: " + acrossFrameworks);
    int roles = 0;
    int threeSkills = 0;
    int relatedElsewhere = 0;
    for (Framework framework : content.frameworks()) {
      for (Role role : framework.roles()) {
        Document page =
            SiteLinks.parse(site.resolve("frameworks/" + role.fullId() + "/index.html"));
        roles++;
        threeSkills += page.select("#skills ~ ul.tag-list a[href*=skills/]").size() >= 3 ? 1 : 0;
        relatedElsewhere +=
            page
                    .select("#related ~ h3:contains(other professions) + ul a")
                    .eachAttr("href")
                    .stream()
                    .anyMatch(href -> !href.contains("frameworks/" + framework.id() + "/"))
                ? 1
                : 0;
      }
    }
    assertTrue(
        threeSkills >= 0.9 * roles,
        threeSkills + " of " + roles + " role pages link three or more skills");
    assertTrue(
        relatedElsewhere >= 0.8 * roles,
        relatedElsewhere + " of " + roles + " link a related role elsewhere");
    for (Framework framework : content.frameworks()) {
      Document page = SiteLinks.parse(site.resolve("frameworks/" + framework.id() + "/index.html"));
      assertEquals(
          framework.roles().size(),
          page.select("#pathway ~ figure svg a[href]").size(),
          framework.id());
    }
  }

  @Test
  void occupationalTherapistAssistantIsToBeConfirmedNotInvented() {
    Document page =
        SiteLinks.parse(
            site.resolve(
                "frameworks/occupational-therapy/occupational-therapist-assistant/index.html"));
    assertTrue(page.selectFirst(".notice").text().contains("to be confirmed"));
    assertEquals(0, page.select("ul.statements li").size());
    assertEquals("Range 4", page.selectFirst("main > dl.summary-list dd").text());
    for (String level : LEVELS) {
      Document checklist =
          SiteLinks.parse(
              site.resolve(
                  "frameworks/occupational-therapy/occupational-therapist-assistant/checklist-"
                      + level.toLowerCase(Locale.ROOT)
                      + ".html"));
      assertTrue(
          checklist.selectFirst("[data-to-be-confirmed]").text().contains("to be confirmed"),
          "the checklist says so plainly");
      assertTrue(
          checklist
              .select("[data-checklist-tools], [data-checklist-key], table, .sign-off")
              .isEmpty(),
          "nothing to record, count or sign on level " + level);
    }
  }

  @Test
  void socialWorkerLevelAKeepsTheAsyeYears() {
    Document page =
        SiteLinks.parse(site.resolve("frameworks/adult-social-work/social-worker/index.html"));
    List<String> groups =
        page.getElementById("level-a").parent().select("h4.group-heading").eachText();
    assertTrue(groups.contains("Year 1") && groups.contains("Year 2"), groups.toString());
  }
}
