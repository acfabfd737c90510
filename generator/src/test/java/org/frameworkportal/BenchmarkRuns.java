package org.frameworkportal;

import static org.frameworkportal.PortalBenchmark.WORK;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the benchmark runs and times a command: under GNU time (peak memory and the command's own CPU
 * time), with the CPU time other processes used meanwhile read from /proc/stat, one untimed run
 * first, disturbed runs run again, and the run with the median wall time kept.
 */
final class BenchmarkRuns {
  static final int MAX_REPEATS = 5;
  static final Path TIME = Path.of("/usr/bin/time");

  private BenchmarkRuns() {}

  /**
   * One process run: wall time, peak memory (KB, -1 if unknown), what it printed, and the CPU time
   * other processes used meanwhile (ms, -1 if unknown): on a shared machine, a large value means a
   * disturbed run.
   */
  record ProcessRun(long wallMillis, long maxRssKb, int exit, String output, long othersCpuMillis) {
    /**
     * Others used more than a tenth of a core meanwhile (another build, or the host taking the
     * CPU).
     */
    boolean disturbed() {
      return othersCpuMillis > Math.max(100, wallMillis / 10);
    }
  }

  /** One run of a measured command. */
  interface Measurement {
    ProcessRun run() throws IOException, InterruptedException;
  }

  /**
   * One untimed run (caches, class-data archive), then {@code count} timed runs. A run that other
   * processes disturbed is run again, at most {@value #MAX_REPEATS} times per measurement; the
   * table shows what others used during the median run.
   */
  static List<ProcessRun> timedRuns(String name, int count, Measurement measurement)
      throws IOException, InterruptedException {
    List<ProcessRun> runs = new ArrayList<>();
    int repeats = 0;
    for (int i = 0; i <= count; i++) {
      ProcessRun run = measurement.run();
      System.out.printf(
          "[benchmark]   %s %s: %d ms, %d KB, others used %d ms CPU%s%n",
          name,
          i == 0 ? "warm-up" : "run " + i,
          run.wallMillis(),
          run.maxRssKb(),
          run.othersCpuMillis(),
          run.disturbed() && repeats < MAX_REPEATS ? ": disturbed, run again" : "");
      if (run.disturbed() && repeats < MAX_REPEATS) {
        repeats++;
        i--;
      } else if (i > 0) {
        runs.add(run);
      }
    }
    return runs;
  }

  /**
   * Runs {@code command} under GNU time (peak RSS and the command's CPU time) and times it from
   * start to exit; the machine's busy CPU time (/proc/stat) minus the command's is what others
   * used.
   */
  static ProcessRun measure(Path dir, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    Path usage = Files.createTempFile(WORK, "usage", ".txt");
    List<String> timed =
        Files.isExecutable(TIME)
            ? concat(List.of(TIME.toString(), "-f", "%M %U %S", "-o", usage.toString()), command)
            : command;
    ProcessBuilder builder =
        new ProcessBuilder(timed).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    // The last run's files out to disk first, untimed: otherwise the kernel's write-back of
    // hundreds
    // of megabytes lands in whichever run comes next, portal or Hugo.
    new ProcessBuilder("sync").inheritIO().start().waitFor();
    long busyBefore = machineBusyMillis();
    long start = System.nanoTime();
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    long busy = machineBusyMillis() - busyBefore;
    List<String> lines = Files.readAllLines(usage);
    Files.delete(usage);
    if (lines.isEmpty()) {
      return new ProcessRun(wall, -1, exit, output, -1);
    }
    String[] figures = lines.get(lines.size() - 1).trim().split(" ", -1);
    long cpu = Math.round((Double.parseDouble(figures[1]) + Double.parseDouble(figures[2])) * 1000);
    return new ProcessRun(wall, Long.parseLong(figures[0]), exit, output, Math.max(0, busy - cpu));
  }

  /**
   * CPU time all processes have used since boot (the "cpu" line of /proc/stat, in ticks of 10 ms).
   */
  static long machineBusyMillis() throws IOException {
    String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+", -1);
    long busy = 0;
    for (int field : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
      busy += Long.parseLong(ticks[field]);
    }
    return busy * 10;
  }

  /** Runs a set-up command, showing its output only when it fails. */
  static int quietly(List<String> command) throws InterruptedException {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      if (exit != 0) {
        System.out.println(
            "[benchmark] " + String.join(" ", command) + " failed (" + exit + "):\n" + output);
      }
      return exit;
    } catch (IOException e) {
      System.out.println("[benchmark] " + String.join(" ", command) + ": " + e.getMessage());
      return -1;
    }
  }

  /** The run with the median wall time (runs are odd in number). */
  static ProcessRun median(List<ProcessRun> runs) {
    List<ProcessRun> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingLong(ProcessRun::wallMillis));
    return sorted.get(sorted.size() / 2);
  }

  /** The middle value (the values are odd in number). */
  static double medianOf(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  /** The CPU time this JVM has used. */
  static long ownCpuMillis() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1_000_000;
  }

  /** {@code a} followed by {@code b}. */
  static <T> List<T> concat(List<T> a, List<T> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  /** The first line a version command prints, or "not available" when it cannot run. */
  static String versionOf(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      process.waitFor();
      return output.lines().findFirst().orElse("?");
    } catch (IOException | InterruptedException e) {
      return "not available";
    }
  }
}
