package org.frameworkportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.frameworkportal.BenchmarkRuns.ProcessRun;
import org.frameworkportal.SearchIndexTiming.IndexFigures;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.link.Portal;
import org.junit.jupiter.api.Test;

/**
 * The build and search benchmark: not a test (no timing is asserted) and not part of {@code ./mvnw
 * verify}. Run it with {@code ./mvnw -B -Pbench verify -pl generator}.
 *
 * <p>For the real content and two synthetic sets (20 and 2,000 roles, fixed seed) it measures
 *
 * <ul>
 *   <li>{@code ./portal build --timings} as a separate process, JVM start included: median wall
 *       time, files per second, peak memory (max RSS from GNU time) and the stage times of the
 *       median run;
 *   <li>Hugo building a site of the same pages from the same statements (Markdown, minimal layout);
 *   <li>the search index built in Java and by lunr.js 2.3.9 in node from the same documents, which
 *       must give byte-identical JSON, and the index size raw and gzipped.
 * </ul>
 *
 * It prints one Markdown table and writes it to {@code target/benchmark.md}. This class runs the
 * content sets and times {@code ./portal build}; {@link BenchmarkRuns} runs and times a command,
 * {@link HugoBuild} and {@link HugoSite} do the Hugo side, {@link SearchIndexTiming} the index and
 * {@link BenchmarkReport} writes the table.
 */
class PortalBenchmark {
  static final long SEED = 20250616L;
  static final int PORTAL_RUNS = 5;
  static final int PORTAL_RUNS_LARGE = 3;
  static final Path WORK = Path.of("target/benchmark").toAbsolutePath();
  static final Path REPORT = Path.of("target/benchmark.md").toAbsolutePath();

  /** A content folder to build, how many times, and its frameworks x roles if synthetic. */
  record ContentSet(String name, Path content, int portalRuns, String shape) {}

  /** Everything measured for one content set: a column of the table. */
  record Column(
      ContentSet set, int roles, BuildFigures portal, BuildFigures hugo, IndexFigures index) {}

  @Test
  void benchmark() throws Exception {
    long started = System.nanoTime();
    String loadBefore = BenchmarkReport.loadAverage();
    Files.createDirectories(WORK);
    List<ContentSet> sets =
        List.of(
            new ContentSet("real content", PortalRun.realContent(), PORTAL_RUNS, ""),
            new ContentSet("synthetic", synthetic("content-20", 2, 10), PORTAL_RUNS, " (2 x 10)"),
            new ContentSet(
                "synthetic", synthetic("content-2000", 100, 20), PORTAL_RUNS_LARGE, " (100 x 20)"));
    Optional<Path> hugo = HugoBuild.installed();
    Optional<Path> lunr = SearchIndexTiming.lunrNode();

    List<Column> columns = new ArrayList<>();
    deleteRecursively(
        WORK.resolve("out")); // left by an interrupted run: every run below writes a new folder
    for (ContentSet set : sets) {
      System.out.println("[benchmark] " + set.name() + ": " + set.content());
      Portal portal = load(set.content());
      BuildFigures portalBuild = portalBuild(set);
      BuildFigures hugoBuild = hugo.isPresent() ? HugoBuild.measure(hugo.get(), set, portal) : null;
      IndexFigures index = SearchIndexTiming.measure(set, portal, lunr, portalBuild.site());
      columns.add(new Column(set, portal.roles().size(), portalBuild, hugoBuild, index));
      deleteRecursively(WORK.resolve("out")); // the sites built, hundreds of MB at 2,000 roles
    }

    long minutes = (System.nanoTime() - started) / 60_000_000_000L;
    long seconds = (System.nanoTime() - started) / 1_000_000_000L % 60;
    String report =
        BenchmarkReport.table(
            columns,
            hugo.isPresent(),
            lunr.isPresent(),
            minutes + " min " + seconds + " s",
            loadBefore + " before, " + BenchmarkReport.loadAverage() + " after");
    System.out.println();
    System.out.println(report);
    Files.writeString(REPORT, report);
    System.out.println("[benchmark] written to " + REPORT);
    for (Column column : columns) {
      if (column.index().lunr() != null && !column.index().identical()) {
        throw new AssertionError(
            "the Java and lunr.js indexes of "
                + column.set().name()
                + " differ: the index "
                + "figures compare different work (see "
                + WORK.resolve("index")
                + ")");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inputs

  static Path synthetic(String name, int frameworks, int rolesPerFramework) throws IOException {
    Path content = WORK.resolve(name);
    deleteRecursively(content);
    return SyntheticContent.write(content, frameworks, rolesPerFramework, SEED);
  }

  static Portal load(Path content) {
    Problems problems = new Problems();
    return SiteBuilder.check(
            new SiteBuilder.Options(content, "content", null, null, null, false), problems)
        .orElseThrow(
            () -> new AssertionError("content problems in " + content + ": " + problems.sorted()));
  }

  // ---------------------------------------------------------------------------------------------
  // ./portal build, as an editor runs it

  /**
   * {@code ./portal build --timings} into a new folder each run, once untimed (the launcher may
   * prepare its class-data-sharing archive), then {@code set.portalRuns()} timed runs.
   *
   * <p>New folders, not one emptied before each run: on this machine's file system (ext4 without a
   * journal) creating a file right after thousands were deleted makes the kernel skip each recently
   * freed inode in turn (ext4's recently_deleted check), which at 2,000 roles added 4 s of system
   * time to every run of either tool, more than the build itself varied. Hugo is timed the same
   * way; the folders are deleted once each content set is done.
   */
  static BuildFigures portalBuild(ContentSet set) throws IOException, InterruptedException {
    Path home = PortalRun.home();
    AtomicReference<Path> out = new AtomicReference<>();
    AtomicInteger run = new AtomicInteger();
    List<ProcessRun> runs =
        BenchmarkRuns.timedRuns(
            "portal",
            set.portalRuns(),
            () -> {
              for (int attempt = 1; ; attempt++) {
                out.set(
                    WORK.resolve(
                        "out/portal-" + set.content().getFileName() + "-" + run.incrementAndGet()));
                List<String> command =
                    List.of(
                        home.resolve("portal").toString(),
                        "build",
                        "--timings",
                        "--content",
                        set.content().toString(),
                        "--out",
                        out.get().toString());
                String launcherBefore = launcherState(home);
                ProcessRun timed = BenchmarkRuns.measure(home, Map.of(), command);
                if (timed.exit() != 0) {
                  throw new AssertionError(
                      "./portal build failed (" + timed.exit() + "):\n" + timed.output());
                }
                if (launcherState(home).equals(launcherBefore)
                    && !timed.output().contains("Preparing the portal generator")) {
                  return timed;
                }
                if (attempt == 3) {
                  throw new AssertionError(
                      "the generator's sources keep changing during the benchmark: no stable jar to time");
                }
                System.out.println(
                    "[benchmark]   the launcher rebuilt the jar or its archive during this run: run again");
              }
            });
    ProcessRun median = BenchmarkRuns.median(runs);
    return BuildFigures.of(runs.size(), median, out.get(), stages(median.output()));
  }

  /** The jar and its archive, by modification time: a change means the launcher rebuilt one. */
  static String launcherState(Path home) throws IOException {
    Path target = home.resolve("generator/target");
    StringBuilder state = new StringBuilder();
    for (String file : List.of("portal.jar", "portal.jsa")) {
      Path path = target.resolve(file);
      state.append(Files.exists(path) ? Files.getLastModifiedTime(path).toMillis() : 0).append(' ');
    }
    return state.toString();
  }

  /**
   * The stage lines of {@code --timings}: " load 84 ms", ..., " total 1053 ms since the JVM
   * started".
   */
  static Map<String, Long> stages(String output) {
    Map<String, Long> stages = new LinkedHashMap<>();
    Matcher line = Pattern.compile("(?m)^\\s+(\\w+)\\s+(\\d+) ms").matcher(output);
    while (line.find()) {
      stages.put(line.group(1), Long.parseLong(line.group(2)));
    }
    return stages;
  }

  /** Deletes a folder and everything in it, if it exists. */
  static void deleteRecursively(Path path) throws IOException {
    if (Files.exists(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
