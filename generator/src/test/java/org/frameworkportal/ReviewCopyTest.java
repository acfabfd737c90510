package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.frameworkportal.PortalRun.Outcome;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A review copy, editorial notes and all, can never land where the site is published from. */
class ReviewCopyTest {
  @TempDir Path tmp;

  @Test
  void aReviewCopyNeverReplacesAPublishedBuild() {
    Path site = PortalRun.buildOk(PortalRun.fixture("minimal"), tmp.resolve("published"));
    Map<String, String> before = PortalRun.fingerprint(site);
    Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), site, "--review");
    assertEquals(2, outcome.exit(), outcome.err());
    assertEquals(
        "portal: a review copy shows editorial notes and must not be published, and "
            + site
            + " holds a published build. Build it into a folder of its own, for example:"
            + " ./portal build --review --out review\n",
        outcome.err());
    assertEquals(before, PortalRun.fingerprint(site));
  }

  @Test
  void aReviewCopyIsNeverZipped() {
    Outcome outcome =
        PortalRun.build(PortalRun.fixture("minimal"), tmp.resolve("review"), "--review", "--zip");
    assertEquals(2, outcome.exit());
    assertTrue(outcome.err().contains("--zip makes a copy for publishing"), outcome.err());
    assertFalse(Files.exists(tmp.resolve("review")));
  }

  @Test
  void withoutOutAReviewCopyGoesToReviewAndNeverToSite() throws Exception {
    Path work = Files.createDirectories(tmp.resolve("work"));
    Process review =
        PortalRun.process(
                tmp.resolve("review.log"),
                "build",
                "--review",
                "--content",
                PortalRun.fixture("minimal").toString())
            .directory(work.toFile())
            .start();
    assertEquals(0, review.waitFor(), Files.readString(tmp.resolve("review.log")));
    assertTrue(
        Files.readString(tmp.resolve("review.log"))
            .contains(
                "This is a review copy: it shows editorial notes." + " Never publish review."),
        Files.readString(tmp.resolve("review.log")));
    assertTrue(Files.exists(work.resolve("review/index.html")));
    assertFalse(Files.exists(work.resolve("site")));

    Process intoSite =
        PortalRun.process(
                tmp.resolve("site.log"),
                "build",
                "--review",
                "--out",
                "site",
                "--content",
                PortalRun.fixture("minimal").toString())
            .directory(work.toFile())
            .start();
    assertEquals(2, intoSite.waitFor());
    assertTrue(
        Files.readString(tmp.resolve("site.log"))
            .contains("site is the folder the site is published from"),
        Files.readString(tmp.resolve("site.log")));
    assertFalse(Files.exists(work.resolve("site")));
  }

  @Test
  void reviewPagesCarryTheBannerAndNoindexAndARepeatedReviewIsAllowed() throws IOException {
    Path review =
        PortalRun.buildOk(PortalRun.fixture("minimal"), tmp.resolve("review"), "--review");
    PortalRun.buildOk(PortalRun.fixture("minimal"), review, "--review");
    for (String page : PortalRun.htmlPages(review)) {
      Document html = SiteLinks.parse(review.resolve(page));
      assertEquals("noindex, nofollow", html.select("meta[name=robots]").attr("content"), page);
      assertEquals(1, html.select(".review-banner").size(), page);
    }
    Path published = PortalRun.buildOk(PortalRun.fixture("minimal"), tmp.resolve("published"));
    for (String page : PortalRun.htmlPages(published)) {
      Document html = SiteLinks.parse(published.resolve(page));
      assertTrue(
          html.select("meta[name=robots]").isEmpty() && html.select(".review-banner").isEmpty(),
          page);
    }
  }
}
