package org.frameworkportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.frameworkportal.BenchmarkRuns.ProcessRun;

/**
 * A site build's figures from its median run, the portal's or Hugo's: wall time, peak memory, the
 * files it wrote (counted in {@code site}, the last run's folder) and, for the portal only, the
 * stage times of {@code --timings}.
 */
record BuildFigures(
    int runs,
    long medianMillis,
    long maxRssKb,
    int files,
    int pages,
    long averagePageBytes,
    Map<String, Long> stages,
    long othersCpuMillis,
    Path site) {
  double filesPerSecond() {
    return files * 1000.0 / medianMillis;
  }

  static BuildFigures of(int runs, ProcessRun median, Path out, Map<String, Long> stages)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(out)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    List<Path> pages =
        files.stream().filter(f -> f.getFileName().toString().endsWith(".html")).toList();
    long pageBytes = 0;
    for (Path page : pages) {
      pageBytes += Files.size(page);
    }
    return new BuildFigures(
        runs,
        median.wallMillis(),
        median.maxRssKb(),
        files.size(),
        pages.size(),
        pages.isEmpty() ? 0 : pageBytes / pages.size(),
        stages,
        median.othersCpuMillis(),
        out);
  }
}
