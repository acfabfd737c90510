package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.frameworkportal.render.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real content's role pages answer "what does this level add?": a levels bar, a summary at the
 * top of each level whose counts are the statements listed under it, "back to top"; the pathways
 * page lists every role by grade; every page carries the line its printout repeats.
 */
class LevelPagesTest {
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() {
    site = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("site"));
  }

  static List<Path> rolePages() throws IOException {
    try (Stream<Path> files = Files.walk(site.resolve("frameworks"))) {
      return files
          .filter(file -> file.getFileName().toString().equals("index.html"))
          .filter(
              file -> !file.getParent().getParent().getFileName().toString().equals("frameworks"))
          .sorted()
          .toList();
    }
  }

  /** What a level section lists: statements per category heading, and evidence requirements. */
  static Map<String, Integer> listed(Element section) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    String category = "";
    for (Element child : section.children()) {
      if (child.tagName().equals("h3")) {
        category = child.text();
      } else if (child.hasClass("statements")) {
        counts.merge(category, child.select("li[data-statement]").size(), Integer::sum);
      } else if (child.hasClass("evidence")) {
        counts.merge("evidence", child.select("li[data-statement]").size(), Integer::sum);
      }
    }
    return counts;
  }

  /** What a level's summary says it adds, in the same terms. */
  static Map<String, Integer> summarised(Element summary) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Element category : summary.select("[data-summary-category]")) {
      counts.put(
          Pages.categoryName(category.attr("data-summary-category")),
          Integer.parseInt(category.attr("data-count")));
    }
    Element evidence = summary.selectFirst("[data-summary-evidence]");
    if (evidence != null) {
      counts.put("evidence", Integer.parseInt(evidence.attr("data-summary-evidence")));
    }
    return counts;
  }

  @Test
  void everyLevelSummaryCountsTheStatementsListedUnderIt() throws IOException {
    List<Executable> checks = new ArrayList<>();
    int summaries = 0;
    for (Path file : rolePages()) {
      Document page = SiteLinks.parse(file);
      for (Element section : page.select("section.level")) {
        Element summary = section.selectFirst(".level-summary");
        String where = site.relativize(file) + " " + section.attr("aria-labelledby");
        if (summary == null) {
          checks.add(
              () -> assertTrue(section.text().contains("To be confirmed"), where + " has none"));
          continue;
        }
        summaries++;
        Map<String, Integer> listed = listed(section);
        listed.values().removeIf(count -> count == 0);
        checks.add(() -> assertEquals(listed, summarised(summary), where));
        int statements =
            listed.entrySet().stream()
                .filter(e -> !e.getKey().equals("evidence"))
                .mapToInt(Map.Entry::getValue)
                .sum();
        checks.add(
            () ->
                assertEquals(
                    String.valueOf(statements),
                    summary
                        .selectFirst("[data-summary-statements]")
                        .attr("data-summary-statements"),
                    where + ": the total"));
        checks.add(
            () ->
                assertEquals(
                    "#main",
                    section.select(".back-to-top a").attr("href"),
                    where + ": back to top"));
      }
    }
    assertTrue(summaries > 40, "summaries checked: " + summaries);
    assertAll(checks);
  }

  @Test
  void theSocialWorkerPageSaysWhatEachLevelAdds() {
    Document page =
        SiteLinks.parse(site.resolve("frameworks/adult-social-work/social-worker/index.html"));
    Element bar = page.selectFirst("nav[aria-label=Levels][data-level-nav]");
    assertNotNull(bar, "the levels bar");
    assertEquals(List.of("#level-a", "#level-b", "#level-c"), bar.select("a").eachAttr("href"));
    assertEquals(
        List.of("Level A: Developing", "Level B: Practising", "Level C: Accomplished"),
        bar.select("a").eachText());
    bar.select("a")
        .forEach(link -> assertNotNull(page.getElementById(link.attr("href").substring(1))));
    assertEquals(
        "What level A asks for: 33 statements (4 about qualifications, 6 about knowledge, 8 about"
            + " experience, 15 about skills).",
        page.selectFirst("[data-level-summary=A] p").text());
    assertEquals(
        "What level B adds to level A: 19 statements (1 about qualifications, 4 about knowledge, 4"
            + " about experience, 10 about skills).",
        page.selectFirst("[data-level-summary=B] p").text());
    Element c = page.selectFirst("[data-level-summary=C]");
    assertTrue(c.text().startsWith("What level C adds to levels A and B: 14 statements"), c.text());
    assertTrue(
        c.select("[data-summary-skill]").eachText().contains("Supervision"),
        "level C is where supervising others first appears: " + c.text());
    Elements statements = page.select("section.level [data-statement]");
    assertEquals(66, statements.size(), "33 + 19 + 14 statements, each with its id");
    assertTrue(
        page.select("section.level [data-provisional]").size() > 0, "provisional marks are kept");
    assertEquals(
        "Social Worker · SW2 · levels A, B and C · Adult Social Work",
        page.selectFirst("main .print-header").text());
  }

  @Test
  void thePathwaysPageListsEveryRoleByGrade() throws IOException {
    Document page = SiteLinks.parse(site.resolve("pathways.html"));
    Element table = page.getElementById("by-grade").parent().selectFirst("table");
    List<String> grades = table.select("tbody th[scope=row]").eachText();
    assertEquals(
        List.of("SW2", "SW3", "SW4", "SW5", "MPR2", "MPR3", "MPR4", "MPR5", "MPR7", "Range 4"),
        grades);
    List<String> linked =
        table.select("tbody td a").eachAttr("href").stream()
            .map(href -> href.replace("frameworks/", "").replace("/index.html", ""))
            .sorted()
            .toList();
    List<String> roles =
        rolePages().stream()
            .map(file -> site.relativize(file).toString())
            .map(href -> href.replace("frameworks/", "").replace("/index.html", ""))
            .sorted()
            .toList();
    assertEquals(roles, linked, "every role once, linked to its page");
    Element ot = table.select("tbody tr").get(0);
    assertEquals(
        List.of("Social Worker", "Occupational Therapist"),
        ot.select("td a").eachText(),
        "roles of one grade in different frameworks share a row");
    for (Element grades2 : page.select("ol.pathway__grades")) {
      assertTrue(grades2.select("li.pathway__card > a").size() > 0, "each list names its roles");
    }
    assertEquals(
        19, page.select("ol.pathway__grades li.pathway__card > a").size(), "every role in a list");
  }
}
