package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moves role pages suggest, built from the real content: each says what it needs (registration,
 * qualification) in {@code data-move-needs} and in words, moves that need something come after
 * moves that do not, and more than one grade up is labelled.
 */
class SuggestedMovesTest {
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() {
    site = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("site"));
  }

  static Document role(String framework, String role) throws IOException {
    return Jsoup.parse(
        site.resolve("frameworks/" + framework + "/" + role + "/index.html").toFile(), "UTF-8");
  }

  static List<Path> rolePages() throws IOException {
    try (Stream<Path> files = Files.walk(site.resolve("frameworks"))) {
      return files
          .filter(p -> p.getFileName().toString().equals("index.html"))
          .filter(p -> p.getParent().getParent().getFileName().toString().length() > 0)
          .filter(p -> !p.getParent().getParent().equals(site.resolve("frameworks")))
          .sorted()
          .toList();
    }
  }

  @Test
  void incomeOfficerToOccupationalTherapistSaysItNeedsTheDegreeAndHcpcRegistration()
      throws IOException {
    Document doc = role("client-financial-services", "income-officer");
    Element ot =
        doc.select("#related ~ ul.related-list li.move, .moves li.move").stream()
            .filter(li -> li.selectFirst("a").text().equals("Occupational Therapist"))
            .findFirst()
            .orElseThrow();
    assertAll(
        () ->
            assertEquals(
                "A recognised professional Occupational Therapy qualification; Registration with"
                    + " the HCPC",
                ot.attr("data-move-needs")),
        () -> assertTrue(ot.text().contains("Needs: A recognised professional"), ot.text()),
        () -> assertTrue(ot.text().contains("Another pay scale (MPR3 to SW2)"), ot.text()));
  }

  @Test
  void everyMoveSaysWhatItNeedsAndThoseThatNeedSomethingComeLast() throws IOException {
    List<String> wrong = new ArrayList<>();
    int moves = 0;
    for (Path page : rolePages()) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element list : doc.select(".moves ul.related-list")) {
        boolean seenNeeds = false;
        for (Element li : list.select("> li")) {
          moves++;
          if (!li.hasAttr("data-move-needs")) {
            wrong.add(page + ": no data-move-needs on " + li.text());
          }
          boolean needs = !li.attr("data-move-needs").isEmpty();
          if (needs != li.text().contains("Needs:")) {
            wrong.add(page + ": needs not said in words: " + li.text());
          }
          if (seenNeeds && !needs && list.parent().is("section")) {
            wrong.add(page + ": a move without needs after one with: " + li.text());
          }
          seenNeeds |= needs;
          if (li.text().contains("grades up") && !li.text().contains("a big step")) {
            wrong.add(page + ": more than one grade up, unlabelled: " + li.text());
          }
        }
      }
    }
    assertTrue(moves > 50, "moves found: " + moves);
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  /** Regression: Social Worker to Senior Social Worker listed rewordings as new. */
  @Test
  void theNextRoleGapShowsRewordingsApartFromWhatIsNew() throws IOException {
    Document doc =
        Jsoup.parse(
            site.resolve("frameworks/adult-social-work/social-worker/compare.html").toFile(),
            "UTF-8");
    List<String> similar = doc.select("ul[data-gap=similar] > li").eachText();
    assertAll(
        () -> assertTrue(similar.size() >= 4, similar.toString()),
        () ->
            assertTrue(
                similar.stream()
                    .anyMatch(
                        s -> s.startsWith("Knowledge of General Data Protection Regulations")),
                similar.toString()),
        () ->
            assertFalse(
                doc.select(
                        "#next-roles ~ * ul.list:not(.gap-similar) li, #next-roles ~ ul.list"
                            + ":not(.gap-similar) li")
                    .eachText()
                    .contains("Knowledge of General Data Protection Regulations."),
                "a rewording listed as new"));
  }

  @Test
  void movesWithinClientFinancialServicesNeedNothingAndTheSocialWorkerToOtIsLabelled()
      throws IOException {
    Document cfs = role("client-financial-services", "income-officer");
    Document sw = role("adult-social-work", "social-worker");
    assertAll(
        () ->
            assertFalse(
                cfs.select(".moves li.move[data-move-needs='']").isEmpty(),
                "some moves need nothing"),
        () ->
            assertTrue(
                sw.select(".moves li.move").stream()
                    .filter(li -> li.selectFirst("a").text().equals("Occupational Therapist"))
                    .allMatch(li -> li.attr("data-move-needs").contains("HCPC"))));
  }
}
