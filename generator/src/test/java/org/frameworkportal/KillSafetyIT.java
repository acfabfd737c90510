package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment leaves the previous site whole (or the new one, whole), and the next
 * build recovers.
 */
class KillSafetyIT {
  @TempDir Path tmp;

  @Test
  void killedBuildLeavesThePreviousSite() throws Exception {
    Path content = SyntheticContent.write(tmp.resolve("content"), 20, 60, 42);
    Path site = tmp.resolve("site");
    PortalRun.buildOk(PortalRun.realContent(), site);
    Map<String, String> previous = PortalRun.fingerprint(site);
    Path building = tmp.resolve(".site.building");

    Process build =
        PortalRun.process(
                tmp.resolve("build.log"),
                "build",
                "--content",
                content.toString(),
                "--out",
                site.toString())
            .start();
    boolean killedMidWrite = false;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (build.isAlive() && System.nanoTime() < deadline) {
      if (Files.isDirectory(building.resolve("frameworks"))) {
        build.destroyForcibly();
        killedMidWrite = true;
        break;
      }
      Thread.sleep(2);
    }
    build.waitFor(30, TimeUnit.SECONDS);
    assertTrue(
        killedMidWrite,
        "the build ended before it could be killed while writing: "
            + Files.readString(tmp.resolve("build.log")));
    assertTrue(Files.isDirectory(building), "the kill landed while pages were being written");
    assertEquals(
        previous, PortalRun.fingerprint(site), "site/ still holds the previous complete build");

    PortalRun.buildOk(content, site);
    assertFalse(Files.exists(building), "the next build clears the half-written folder");
    assertTrue(Files.exists(site.resolve("frameworks/framework-020/role-060/index.html")));
  }

  /** Ctrl+C or a plain kill (SIGTERM) lets the build remove its half-written folder itself. */
  @Test
  void stoppedBuildRemovesItsHalfWrittenFolder() throws Exception {
    Path content = SyntheticContent.write(tmp.resolve("content"), 20, 60, 42);
    Path site = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("site"));
    Map<String, String> previous = PortalRun.fingerprint(site);
    Path building = tmp.resolve(".site.building");
    Process build =
        PortalRun.process(
                tmp.resolve("build.log"),
                "build",
                "--content",
                content.toString(),
                "--out",
                site.toString())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (build.isAlive()
        && System.nanoTime() < deadline
        && !Files.isDirectory(building.resolve("frameworks"))) {
      Thread.sleep(2);
    }
    assertTrue(build.isAlive(), "the build ended before it could be stopped");
    build.destroy();
    assertTrue(build.waitFor(30, TimeUnit.SECONDS));
    assertFalse(Files.exists(building), "the stopped build removed what it had half written");
    assertFalse(
        Files.exists(tmp.resolve(".site.lock")), "the stopped build released and removed its lock");
    assertEquals(previous, PortalRun.fingerprint(site));
  }

  /**
   * Kills at moments spread over a whole build, from start-up to the swap: after each, the site on
   * disk is the previous one or the new one, complete, and the next build succeeds and tidies up.
   */
  @Test
  void killedAtRandomMomentsTheSiteIsAlwaysWhole() throws Exception {
    Path content = SyntheticContent.write(tmp.resolve("content"), 4, 10, 7);
    Path expected = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("expected/site"));
    Map<String, String> previous = PortalRun.fingerprint(expected);
    PortalRun.buildOk(content, expected);
    Map<String, String> next = PortalRun.fingerprint(expected);

    // Timed as the rounds run: over a previous site, in a fresh process.
    Path timed = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("timing/site"));
    long start = System.nanoTime();
    Process timing =
        PortalRun.process(
                tmp.resolve("timing.log"),
                "build",
                "--content",
                content.toString(),
                "--out",
                timed.toString())
            .start();
    assertTrue(timing.waitFor(60, TimeUnit.SECONDS));
    long wholeBuildMillis = (System.nanoTime() - start) / 1_000_000;

    Random random = new Random(20261130);
    int sawPrevious = 0;
    int sawNext = 0;
    for (int round = 0; round < 10; round++) {
      Path folder = tmp.resolve("round-" + round);
      Path site = PortalRun.buildOk(PortalRun.realContent(), folder.resolve("site"));
      Process build =
          PortalRun.process(
                  folder.resolve("build.log"),
                  "build",
                  "--content",
                  content.toString(),
                  "--out",
                  site.toString())
              .start();
      // Spread over the build and past its end (a machine busier than during the timing run
      // builds more slowly): one kill in each tenth of 0 to 1.5 times the timed build.
      long killAt = (long) ((round + random.nextDouble()) / 10 * 1.5 * wholeBuildMillis);
      if (!build.waitFor(killAt, TimeUnit.MILLISECONDS)) {
        build.destroyForcibly();
      }
      assertTrue(build.waitFor(30, TimeUnit.SECONDS));

      Path onDisk = Files.exists(site) ? site : folder.resolve(".site.previous");
      Map<String, String> found = PortalRun.fingerprint(onDisk);
      String when = "killed after " + killAt + " ms of about " + wholeBuildMillis;
      assertTrue(
          found.equals(previous) || found.equals(next),
          when + ": the site on disk is neither build, whole");
      sawPrevious += found.equals(previous) ? 1 : 0;
      sawNext += found.equals(next) ? 1 : 0;

      PortalRun.buildOk(content, site);
      assertEquals(
          next, PortalRun.fingerprint(site), when + ": the next build publishes the new site");
      try (var left = Files.list(folder)) {
        assertEquals(
            List.of("build.log", "site"),
            left.map(p -> p.getFileName().toString()).sorted().toList(),
            when + ": nothing is left beside the site");
      }
    }
    assertTrue(sawPrevious > 0 && sawNext > 0, "kills landed both before and after the swap");
  }

  @Test
  void interruptedSwapIsRepairedByTheNextBuild() throws Exception {
    Path site = tmp.resolve("site");
    PortalRun.buildOk(PortalRun.fixture("minimal"), site);
    Map<String, String> previous = PortalRun.fingerprint(site);
    // What a kill between the two moves of the swap leaves: no site/, the old one set aside.
    Files.move(site, tmp.resolve(".site.previous"));
    PortalRun.Outcome broken =
        PortalRun.build(PortalRun.fixture("hostile").resolveSibling("missing"), site);
    assertEquals(1, broken.exit());
    assertEquals(
        previous,
        PortalRun.fingerprint(site),
        "even a failed build first puts the previous site back");
  }
}
