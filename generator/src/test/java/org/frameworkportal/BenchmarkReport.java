package org.frameworkportal;

import static org.frameworkportal.BenchmarkRuns.versionOf;
import static org.frameworkportal.SearchIndexTiming.INDEX_RUNS;
import static org.frameworkportal.SearchIndexTiming.INDEX_WARMUPS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.frameworkportal.PortalBenchmark.Column;

/**
 * The benchmark's Markdown table, as docs/performance.md shows it: the machine and its load, then
 * one column per content set and one row per figure.
 */
final class BenchmarkReport {
  private BenchmarkReport() {}

  static String table(List<Column> columns, boolean hugo, boolean lunr, String runTime, String load)
      throws Exception {
    StringBuilder md = new StringBuilder();
    md.append("Machine: ")
        .append(machine())
        .append(". Benchmark run time ")
        .append(runTime)
        .append("; load average ")
        .append(load)
        .append(" (its own work included).\n\n");
    md.append("| |");
    columns.forEach(
        c ->
            md.append(' ')
                .append(c.set().name())
                .append(": ")
                .append(String.format("%,d", c.roles()))
                .append(" roles")
                .append(c.set().shape())
                .append(" |"));
    md.append("\n|---|").append("---:|".repeat(columns.size())).append('\n');
    row(
        md,
        columns,
        "**portal build** (`./portal build`, new JVM), median wall time",
        c -> seconds(c.portal().medianMillis()) + " (" + c.portal().runs() + " runs)");
    row(md, columns, "portal: files written (HTML pages)", c -> files(c.portal()));
    row(
        md,
        columns,
        "portal: files per second",
        c -> String.format("%,.0f", c.portal().filesPerSecond()));
    row(md, columns, "portal: peak memory (max RSS)", c -> megabytes(c.portal().maxRssKb()));
    row(md, columns, "portal: average HTML page", c -> kilobytes(c.portal().averagePageBytes()));
    row(
        md,
        columns,
        "portal: CPU used by other processes during the median run",
        c -> cpu(c.portal().othersCpuMillis()));
    List<String> stages = columns.get(0).portal().stages().keySet().stream().toList();
    for (String stage : stages) {
      String label =
          switch (stage) {
            case "index" -> "portal stage: index (beside render, in parallel)";
            case "total" -> "portal stage: total since the JVM started";
            default -> "portal stage: " + stage;
          };
      row(
          md,
          columns,
          label,
          c ->
              c.portal().stages().containsKey(stage)
                  ? String.format("%,d ms", c.portal().stages().get(stage))
                  : "-");
    }
    if (hugo) {
      row(
          md,
          columns,
          "**Hugo** " + HugoBuild.version() + " (`hugo --quiet --minify=false`), median wall time",
          c -> seconds(c.hugo().medianMillis()) + " (" + c.hugo().runs() + " runs)");
      row(md, columns, "Hugo: files written (HTML pages)", c -> files(c.hugo()));
      row(
          md,
          columns,
          "Hugo: files per second",
          c -> String.format("%,.0f", c.hugo().filesPerSecond()));
      row(md, columns, "Hugo: peak memory (max RSS)", c -> megabytes(c.hugo().maxRssKb()));
      row(md, columns, "Hugo: average HTML page", c -> kilobytes(c.hugo().averagePageBytes()));
      row(
          md,
          columns,
          "Hugo: CPU used by other processes during the median run",
          c -> cpu(c.hugo().othersCpuMillis()));
      row(
          md,
          columns,
          "**portal time / Hugo time**",
          c ->
              String.format(
                  "**%.2f**", (double) c.portal().medianMillis() / c.hugo().medianMillis()));
    } else {
      row(md, columns, "Hugo", c -> "not installed");
    }
    row(
        md,
        columns,
        "**search index**: documents",
        c -> String.format("%,d", c.index().documents()));
    row(
        md,
        columns,
        "Java `LunrIndexBuilder` build + toJson, median of "
            + INDEX_RUNS
            + " (in-process, "
            + INDEX_WARMUPS
            + " warm-ups)",
        c -> String.format("%,.0f ms", c.index().java().medianMillis()));
    if (lunr) {
      row(
          md,
          columns,
          "lunr.js 2.3.9 in node build + JSON.stringify, median of "
              + INDEX_RUNS
              + " ("
              + INDEX_WARMUPS
              + " warm-ups)",
          c -> String.format("%,.0f ms", c.index().lunr().medianMillis()));
      row(
          md,
          columns,
          "**lunr.js time / Java time**",
          c ->
              String.format(
                  "**%.1f**", c.index().lunr().medianMillis() / c.index().java().medianMillis()));
      row(
          md,
          columns,
          "Java and lunr.js JSON byte-identical",
          c -> c.index().identical() ? "yes" : "**NO**");
      row(
          md,
          columns,
          "index: CPU used by other processes during the Java / lunr.js builds",
          c ->
              cpu(c.index().java().othersCpuMillis())
                  + " / "
                  + cpu(c.index().lunr().othersCpuMillis()));
    } else {
      row(md, columns, "lunr.js", c -> "node not available");
    }
    row(
        md,
        columns,
        "same bytes as the built site's search-index.json",
        c -> c.index().sameAsSite() == null ? "-" : c.index().sameAsSite() ? "yes" : "**NO**");
    row(md, columns, "index size, raw", c -> kilobytes(c.index().java().json().length));
    row(md, columns, "index size, gzipped", c -> kilobytes(c.index().gzipBytes()));
    return md.toString();
  }

  static void row(
      StringBuilder md, List<Column> columns, String label, Function<Column, String> cell) {
    md.append("| ").append(label).append(" |");
    columns.forEach(c -> md.append(' ').append(cell.apply(c)).append(" |"));
    md.append('\n');
  }

  static String files(BuildFigures build) {
    return String.format("%,d (%,d)", build.files(), build.pages());
  }

  static String seconds(long millis) {
    return String.format("%.2f s", millis / 1000.0);
  }

  static String cpu(long millis) {
    return millis < 0 ? "-" : String.format("%.1f s", millis / 1000.0);
  }

  static String megabytes(long kb) {
    return kb < 0 ? "-" : String.format("%,d MB", Math.round(kb / 1024.0));
  }

  static String kilobytes(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format("%,.1f MB", bytes / 1048576.0)
        : String.format("%,.1f KB", bytes / 1024.0);
  }

  static String machine() throws IOException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).trim())
            .orElse("unknown CPU");
    String memory =
        Files.readAllLines(Path.of("/proc/meminfo")).stream()
            .filter(l -> l.startsWith("MemTotal"))
            .findFirst()
            .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0) + " GB RAM")
            .orElse("");
    return Runtime.getRuntime().availableProcessors()
        + " cores ("
        + cpu
        + "), "
        + memory
        + ", Java "
        + System.getProperty("java.version")
        + ", node "
        + nodeVersion();
  }

  /** The one-minute load average: how busy the machine was apart from the benchmark. */
  static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ", -1)[0];
  }

  static String nodeVersion() {
    return versionOf(List.of("node", "--version"));
  }
}
