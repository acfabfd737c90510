package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed while it writes leaves the previous site whole, and the next build recovers. */
class KillSafetyIT {
  @TempDir Path tmp;

  @Test
  void killedBuildLeavesThePreviousSite() throws Exception {
    Path content = SyntheticContent.write(tmp.resolve("content"), 20, 60, 42);
    Path site = tmp.resolve("site");
    PortalRun.buildOk(PortalRun.realContent(), site);
    Map<String, String> previous = PortalRun.fingerprint(site);
    Path building = tmp.resolve(".site.building");

    Process build = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "-Dportal.home=" + PortalRun.home(),
        "org.frameworkportal.cli.PortalCommand", "build", "--content", content.toString(), "--out", site.toString()))
        .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
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
    assertTrue(killedMidWrite, "the build ended before it could be killed while writing: " + Files.readString(tmp.resolve("build.log")));
    assertTrue(Files.isDirectory(building), "the kill landed while pages were being written");
    assertEquals(previous, PortalRun.fingerprint(site), "site/ still holds the previous complete build");

    PortalRun.buildOk(content, site);
    assertFalse(Files.exists(building), "the next build clears the half-written folder");
    assertTrue(Files.exists(site.resolve("frameworks/framework-020/role-060/index.html")));
  }

  @Test
  void interruptedSwapIsRepairedByTheNextBuild() throws Exception {
    Path site = tmp.resolve("site");
    PortalRun.buildOk(PortalRun.fixture("minimal"), site);
    Map<String, String> previous = PortalRun.fingerprint(site);
    // What a kill between the two moves of the swap leaves: no site/, the old one set aside.
    Files.move(site, tmp.resolve(".site.previous"));
    PortalRun.Outcome broken = PortalRun.build(PortalRun.fixture("hostile").resolveSibling("missing"), site);
    assertEquals(1, broken.exit());
    assertEquals(previous, PortalRun.fingerprint(site), "even a failed build first puts the previous site back");
  }
}
