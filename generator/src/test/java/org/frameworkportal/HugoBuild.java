package org.frameworkportal;

import static org.frameworkportal.BenchmarkRuns.concat;
import static org.frameworkportal.BenchmarkRuns.quietly;
import static org.frameworkportal.BenchmarkRuns.versionOf;
import static org.frameworkportal.PortalBenchmark.WORK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frameworkportal.BenchmarkRuns.ProcessRun;
import org.frameworkportal.PortalBenchmark.ContentSet;
import org.frameworkportal.link.Portal;

/**
 * Hugo on a site of the same pages as the portal's ({@link HugoSite}): Debian's hugo, installed for
 * the benchmark if missing, timed as the portal is, into a new folder each run.
 */
final class HugoBuild {
  static final int HUGO_RUNS = 5;
  static final Path HUGO = Path.of("/usr/bin/hugo");

  private HugoBuild() {}

  /**
   * Debian's hugo, installed for the benchmark if missing; empty, with a message, if it cannot be.
   */
  static Optional<Path> installed() throws IOException, InterruptedException {
    if (!Files.isExecutable(HUGO)) {
      System.out.println(
          "[benchmark] Hugo is not installed: installing Debian's hugo package for this benchmark");
      List<String> sudo =
          "root".equals(System.getProperty("user.name")) ? List.of() : List.of("sudo", "-n");
      List<String> install = concat(sudo, List.of("apt-get", "install", "-y", "-qq", "hugo"));
      if (quietly(install) != 0) {
        quietly(concat(sudo, List.of("apt-get", "update", "-qq")));
        quietly(install);
      }
    }
    if (!Files.isExecutable(HUGO)) {
      System.out.println(
          "[benchmark] Hugo is not available and could not be installed (as root: apt-get update &&"
              + " apt-get install -y hugo): the Hugo rows are left empty");
      return Optional.empty();
    }
    return Optional.of(HUGO);
  }

  /**
   * {@code hugo --quiet --minify=false -d OUT} into a new folder each run (as the portal): one
   * untimed run, then the timed ones.
   */
  static BuildFigures measure(Path hugo, ContentSet set, Portal portal)
      throws IOException, InterruptedException {
    Path site = WORK.resolve("out/hugo-site-" + set.content().getFileName());
    PortalBenchmark.deleteRecursively(site);
    HugoSite.write(portal, site);
    AtomicReference<Path> out = new AtomicReference<>();
    AtomicInteger run = new AtomicInteger();
    // No theme, no modules, nothing remote: GOPROXY=off and the cache inside target/ as well.
    Map<String, String> env =
        Map.of(
            "HUGO_CACHEDIR",
            WORK.resolve("hugo-cache").toString(),
            "GOPROXY",
            "off",
            "HUGO_ENVIRONMENT",
            "production");
    List<ProcessRun> runs =
        BenchmarkRuns.timedRuns(
            "hugo",
            HUGO_RUNS,
            () -> {
              out.set(
                  WORK.resolve(
                      "out/hugo-" + set.content().getFileName() + "-" + run.incrementAndGet()));
              ProcessRun timed =
                  BenchmarkRuns.measure(
                      site,
                      env,
                      List.of(
                          hugo.toString(),
                          "--quiet",
                          "--minify=false",
                          "-d",
                          out.get().toString()));
              if (timed.exit() != 0) {
                throw new AssertionError("hugo failed (" + timed.exit() + "):\n" + timed.output());
              }
              return timed;
            });
    return BuildFigures.of(runs.size(), BenchmarkRuns.median(runs), out.get(), Map.of());
  }

  /** "v0.111.3", as the table names it. */
  static String version() {
    String version = versionOf(List.of(HUGO.toString(), "version"));
    Matcher number = Pattern.compile("v\\d+\\.\\d+\\.\\d+").matcher(version);
    return number.find() ? number.group() : version;
  }
}
