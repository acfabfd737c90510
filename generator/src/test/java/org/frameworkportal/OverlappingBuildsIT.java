package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds into one folder, the second started at many moments during the first (as two HR
 * officers, or a double click, would): both succeed, one after the other, and the site is whole.
 */
class OverlappingBuildsIT {
  private static final long[] OFFSETS_MILLIS = {0, 20, 60, 120, 200, 300, 450, 600, 800, 1000};

  @TempDir Path tmp;

  @Test
  void overlappingBuildsAlwaysLeaveACompleteSite() throws Exception {
    Path site = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("site"));
    Map<String, String> complete = PortalRun.fingerprint(site);
    for (long offset : OFFSETS_MILLIS) {
      Process first = start("first.log", site);
      Thread.sleep(offset);
      Process second = start("second.log", site);
      assertTrue(first.waitFor(120, TimeUnit.SECONDS) && second.waitFor(120, TimeUnit.SECONDS));
      String printed =
          Files.readString(tmp.resolve("first.log")) + Files.readString(tmp.resolve("second.log"));
      assertEquals(
          0, first.exitValue(), "second build " + offset + " ms after the first:\n" + printed);
      assertEquals(
          0, second.exitValue(), "second build " + offset + " ms after the first:\n" + printed);
      assertEquals(
          complete, PortalRun.fingerprint(site), "second build " + offset + " ms after the first");
      try (var beside = Files.list(tmp)) {
        assertEquals(
            List.of("first.log", "second.log", "site"),
            beside.map(p -> p.getFileName().toString()).sorted().toList(),
            "nothing is left beside the site");
      }
    }
  }

  private Process start(String log, Path site) throws java.io.IOException {
    return PortalRun.process(
            tmp.resolve(log),
            "build",
            "--content",
            PortalRun.realContent().toString(),
            "--out",
            site.toString())
        .start();
  }
}
