package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.frameworkportal.PortalRun.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only one, made real with a small memory file system (tmpfs; needs root, as
 * CI and the project's machines run, and is skipped elsewhere): a plain message, exit 2, the
 * previous site untouched, and nothing half-built left filling the disk.
 */
class DiskTroubleIT {
  @TempDir Path tmp;

  private Path disk;

  private void mount(String size) throws Exception {
    disk = Files.createDirectories(tmp.resolve("disk"));
    assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString()) == 0,
        "cannot mount a small file system here (not root?)");
  }

  @AfterEach
  void unmount() throws Exception {
    if (disk != null) {
      run("umount", disk.toString());
    }
  }

  @Test
  void aFullDiskIsSaidPlainlyAndTheHalfBuiltSiteRemoved() throws Exception {
    mount("1500k");
    Path site = PortalRun.buildOk(PortalRun.fixture("minimal"), disk.resolve("site"));
    Map<String, String> before = PortalRun.fingerprint(site);

    Outcome outcome = PortalRun.build(PortalRun.realContent(), site);

    assertEquals(2, outcome.exit(), outcome.err());
    assertTrue(
        outcome
            .err()
            .startsWith(
                "portal: the disk that holds "
                    + site
                    + " is full; free some space and try"
                    + " again. The published site was not changed."),
        outcome.err());
    assertFalse(outcome.err().contains("Exception"), outcome.err());
    assertEquals(before, PortalRun.fingerprint(site));
    assertEquals(
        List.of("site"), entries(disk), "no half-built folder or lock left on the full disk");
  }

  @Test
  void aReadOnlyDiskIsSaidPlainly() throws Exception {
    mount("4m");
    Path site = PortalRun.buildOk(PortalRun.fixture("minimal"), disk.resolve("site"));
    Map<String, String> before = PortalRun.fingerprint(site);
    assertEquals(0, run("mount", "-o", "remount,ro", disk.toString()));

    Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), site);

    assertEquals(2, outcome.exit(), outcome.err());
    assertTrue(
        outcome
            .err()
            .contains(
                "is on a read-only disk; choose another --out. The published site was not"
                    + " changed."),
        outcome.err());
    assertEquals(before, PortalRun.fingerprint(site));
  }

  /**
   * Regression: an output folder that is a disk of its own could not be swapped, and the build was
   * left beside it.
   */
  @Test
  void aMountPointAsTheOutputFolderIsSaidPlainlyAndLeavesNothing() throws Exception {
    mount("8m");
    Outcome outcome = PortalRun.build(PortalRun.fixture("minimal"), disk);
    assertEquals(2, outcome.exit(), outcome.err());
    assertTrue(
        outcome
            .err()
            .contains(
                "cannot be replaced as a whole (it is a disk or share of its own, or in use);"
                    + " choose a folder inside it, for example --out "
                    + disk.resolve("site")),
        outcome.err());
    assertEquals(
        List.of("disk"), entries(tmp), "no half-built folder, no lock left beside the mount point");
  }

  private static List<String> entries(Path folder) throws IOException {
    try (var list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static int run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor();
  }
}
