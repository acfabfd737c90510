package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.frameworkportal.PortalRun.Outcome;
import org.frameworkportal.write.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is the portal's, and only the portal's: files someone else put there are named,
 * never deleted; folders that cannot be a site are refused; builds never interleave; whatever stops
 * a build, nothing half-built is left behind.
 */
class OutputFolderSafetyTest {
  @TempDir Path tmp;

  private Path site() {
    return PortalRun.buildOk(PortalRun.fixture("minimal"), tmp.resolve("site"));
  }

  @Test
  void filesSomeoneElsePutInTheSiteAreNamedAndKept() throws IOException {
    Path site = site();
    Files.writeString(site.resolve("notes.txt"), "mine");
    Files.createDirectories(site.resolve("frameworks/my-photos"));
    Files.writeString(site.resolve("frameworks/my-photos/team.jpg"), "photo");
    Map<String, String> before = PortalRun.fingerprint(site);

    Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), site);

    assertEquals(2, outcome.exit(), outcome.err());
    assertEquals(
        """
        portal: %s holds 2 things the portal did not write:
          site/frameworks/my-photos/
          site/notes.txt
        The portal replaces this folder as a whole, so it stopped rather than delete them.
        Move them out of site (for example into a folder beside it), or choose another --out, then try again.
        Nothing was changed.
        """
            .formatted(site),
        outcome.err());
    assertEquals(before, PortalRun.fingerprint(site));
  }

  @Test
  void aFolderThePortalNeverWroteIsNotReplaced() throws IOException {
    Path mine = Files.createDirectories(tmp.resolve("documents"));
    Files.writeString(mine.resolve("cv.docx"), "mine");
    Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), mine);
    assertEquals(2, outcome.exit());
    assertTrue(outcome.err().contains("documents/cv.docx"), outcome.err());
    assertEquals("mine", Files.readString(mine.resolve("cv.docx")));
  }

  @Test
  void aSiteFromTheFirstReleaseWhoseMarkerListsNoFilesIsStillReplaced() throws IOException {
    Path site = site();
    Files.writeString(
        site.resolve(".portal-site"), "Written by Framework Portal; safe to replace.\n");
    assertEquals(0, PortalRun.build(PortalRun.fixture("minimal"), site).exit());
    assertTrue(Files.readString(site.resolve(".portal-site")).contains("\nindex.html\n"));
  }

  @Test
  void outputFoldersThatCannotBeASiteAreRefusedPlainly() throws IOException {
    Path file = Files.writeString(tmp.resolve("report.txt"), "mine");
    assertRefused("/", "the top of a disk");
    assertRefused(file.resolve("site").toString(), "report.txt is a file, so the output folder");
    assertRefused(file.toString(), "report.txt is a file, not a folder");
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("work/content"));
    Outcome over = PortalRun.build(content, content.getParent());
    assertEquals(2, over.exit());
    assertTrue(over.err().contains("would replace the content folder"), over.err());
    Outcome inside = PortalRun.build(content, content.resolve("site"));
    assertEquals(2, inside.exit());
    assertTrue(inside.err().contains("is inside the content folder"), inside.err());
    assertEquals("mine", Files.readString(file));
    assertFalse(Files.exists(content.resolve("site")));
  }

  private void assertRefused(String out, String message) {
    Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), Path.of(out));
    assertEquals(2, outcome.exit(), outcome.err());
    assertTrue(outcome.err().contains(message), outcome.err());
    assertFalse(outcome.err().contains("Exception"), outcome.err());
  }

  @Test
  void aStaleHalfBuiltFolderIsRemovedButOneThePortalDidNotMakeIsLeftAlone() throws IOException {
    Path site = site();
    Path stale = Files.createDirectories(tmp.resolve(".site.building/frameworks"));
    Files.createFile(tmp.resolve(".site.building/.portal-building"));
    Files.writeString(stale.resolve("half.html"), "<p>half");
    assertEquals(0, PortalRun.build(PortalRun.fixture("minimal"), site).exit());
    assertFalse(Files.exists(tmp.resolve(".site.building")));

    Files.createDirectories(tmp.resolve(".site.building"));
    Files.writeString(tmp.resolve(".site.building/keep.txt"), "mine");
    Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), site);
    assertEquals(2, outcome.exit());
    assertTrue(outcome.err().contains(".site.building is in the way of the build"), outcome.err());
    assertEquals("mine", Files.readString(tmp.resolve(".site.building/keep.txt")));
  }

  @Test
  void aZipOfTheSameNameThatThePortalDidNotMakeIsKept() throws IOException {
    Path site = site();
    Outcome first = PortalRun.build(PortalRun.fixture("minimal"), site, "--zip");
    assertEquals(0, first.exit(), first.err());
    Path zip;
    try (var files = Files.list(tmp)) {
      zip =
          files.filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
    }
    assertEquals(
        0,
        PortalRun.build(PortalRun.fixture("minimal"), site, "--zip").exit(),
        "replaces its own zip");
    Files.writeString(zip, "someone's own file");
    Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), site, "--zip");
    assertEquals(2, outcome.exit());
    assertTrue(
        outcome.err().contains("already exists and the portal did not make it"), outcome.err());
    assertEquals("someone's own file", Files.readString(zip));
    try (var files = Files.list(tmp)) {
      assertEquals(
          java.util.Set.of("site", zip.getFileName().toString()),
          files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
          "nothing but the site and the zip beside it: no lock file, no part file");
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "{\"roles\": null, \"changes\": null, \"updated\": null}",
        "[1, 2]",
        "{\"roles\": {\"x\": null}}",
        "{\"published\": \"../../../pwned\", \"roles\": {}, \"changes\": [], \"updated\": {}}",
        "not json",
        "{\"published\": \"2024-02-30\", \"roles\": {}, \"changes\": [], \"updated\": {}}",
        "{\"published\": \"2025-01-01\", \"roles\": {}, \"changes\": [], \"updated\": {\"a/b\": \"2025-13-45\"}}"
      })
  void aManifestEditedByHandOnlyLosesTheChangeHistory(String manifest) throws IOException {
    Path site = site();
    Files.writeString(site.resolve("manifest.json"), manifest);
    Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), site, "--zip");
    assertEquals(0, outcome.exit(), outcome.err());
    try (var beside = Files.list(tmp)) {
      assertEquals(2, beside.count(), "the site and its zip, nothing elsewhere");
    }
    assertFalse(Files.exists(tmp.getParent().resolve("pwned.zip")));
  }

  /**
   * Regression: a file saved into the site after the build's first look was deleted by the swap.
   */
  @Test
  void aFileSavedIntoTheSiteWhileABuildRunsIsKept() throws IOException {
    Path site = site();
    org.frameworkportal.write.SiteWriter.Building building =
        new org.frameworkportal.write.SiteWriter().begin(site);
    building.add(
        new org.frameworkportal.output.OutputFile(
            "index.html", "<p>new".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Files.writeString(site.resolve("saved-meanwhile.docx"), "mine");
    org.frameworkportal.write.SiteWriter.OutputProblem refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.frameworkportal.write.SiteWriter.OutputProblem.class,
            () -> building.finish(tmp.resolve("no-assets")));
    assertTrue(refused.getMessage().contains("site/saved-meanwhile.docx"), refused.getMessage());
    assertEquals("mine", Files.readString(site.resolve("saved-meanwhile.docx")));
    assertFalse(Files.exists(tmp.resolve(".site.building")));
  }

  /**
   * Regression: a first-release site, whose marker lists no files, had its users' files deleted.
   */
  @Test
  void aFirstReleaseSiteStillKeepsFilesThePortalDoesNotWrite() throws IOException {
    Path site = site();
    Files.writeString(
        site.resolve(".portal-site"), "Written by Framework Portal; safe to replace.\n");
    Files.writeString(site.resolve("our-notes.docx"), "mine");
    Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), site);
    assertEquals(2, outcome.exit(), outcome.err());
    assertTrue(outcome.err().contains("site/our-notes.docx"), outcome.err());
    assertEquals("mine", Files.readString(site.resolve("our-notes.docx")));
  }

  /**
   * Regression: a link planted as the lock file or the zip's part file had its target overwritten.
   */
  @Test
  void linksPlantedBesideTheSiteAreNeverWrittenThrough() throws IOException {
    Path site = site();
    Path victim = Files.writeString(tmp.resolve("precious.txt"), "precious");
    Files.createSymbolicLink(tmp.resolve(".site.lock"), victim);
    Outcome locked = PortalRun.build(PortalRun.fixture("minimal"), site);
    assertEquals(2, locked.exit(), locked.err());
    assertTrue(locked.err().contains(".site.lock is in the way"), locked.err());
    Files.delete(tmp.resolve(".site.lock"));
    Files.createLink(tmp.resolve(".site.lock"), victim);
    assertEquals(
        2,
        PortalRun.build(PortalRun.fixture("minimal"), site).exit(),
        "a hard link is refused too");
    Files.delete(tmp.resolve(".site.lock"));

    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    Files.createSymbolicLink(tmp.resolve(".site-" + today + ".zip.part"), victim);
    Outcome zipped = PortalRun.build(PortalRun.fixture("minimal"), site, "--zip");
    assertEquals(0, zipped.exit(), zipped.err());
    assertEquals("precious", Files.readString(victim));
    assertTrue(
        Files.isRegularFile(
            tmp.resolve("site-" + today + ".zip"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  /**
   * Regression: the checks compared the words of paths, so a link led a build into content/ or a
   * review into site/.
   */
  @Test
  void linksDoNotLeadABuildIntoContentOrAReviewIntoAPublishedSite() throws IOException {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("work/content"));
    Path link = Files.createSymbolicLink(tmp.resolve("elsewhere"), content);
    Outcome intoContent = PortalRun.build(content, link.resolve("newsite"));
    assertEquals(2, intoContent.exit(), intoContent.err());
    assertTrue(intoContent.err().contains("is inside the content folder"), intoContent.err());
    assertFalse(Files.exists(content.resolve("newsite")));

    Path site = site();
    Path siteLink = Files.createSymbolicLink(tmp.resolve("published-link"), site);
    Outcome review = PortalRun.build(PortalRun.fixture("minimal"), siteLink, "--review");
    assertEquals(2, review.exit(), review.err());
    Outcome serve =
        PortalRun.run(
            "serve",
            "--content",
            PortalRun.fixture("minimal").toString(),
            "--out",
            site.toString(),
            "--port",
            "0");
    assertEquals(2, serve.exit(), serve.err());
    assertTrue(serve.err().contains("holds a built site"), serve.err());
    assertTrue(
        Files.readString(site.resolve(".portal-site"))
            .startsWith("Written by Framework Portal (build)."));
  }

  /**
   * Regression: a build refused for content mistakes still made the missing folders above --out.
   */
  @Test
  void aBuildThatWritesNothingMakesNoFolders() throws IOException {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    Files.writeString(
        content.resolve("frameworks/demo/roles/lead.yaml"),
        "tittle: x\n",
        java.nio.file.StandardOpenOption.APPEND);
    Outcome outcome = PortalRun.build(content, tmp.resolve("new/deep/site"));
    assertEquals(1, outcome.exit());
    assertFalse(Files.exists(tmp.resolve("new")), "no folder left behind");
  }

  @Test
  void buildsInOneProcessTakeTurns() throws Exception {
    Path site = site();
    Map<String, String> complete = PortalRun.fingerprint(site);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Outcome>> builds = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        builds.add(pool.submit(() -> PortalRun.build(PortalRun.fixture("minimal"), site)));
      }
      for (Future<Outcome> build : builds) {
        Outcome outcome = build.get();
        assertEquals(0, outcome.exit(), outcome.err());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(complete, PortalRun.fingerprint(site));
    assertFalse(Files.exists(tmp.resolve(".site.lock")), "the lock file is removed with the lock");
  }

  @Test
  void aFolderAPreviewServerIsUsingIsRefusedAtOnce() {
    Path site = site();
    try (OutputLock serving = OutputLock.acquire(site, "serve", Duration.ZERO, message -> {})) {
      long start = System.nanoTime();
      Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), site);
      assertEquals(2, outcome.exit());
      assertTrue(outcome.err().contains("A preview server (./portal serve)"), outcome.err());
      assertTrue(outcome.err().contains("is using " + site), outcome.err());
      assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "not waited for");
    }
  }
}
