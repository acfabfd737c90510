package org.frameworkportal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.frameworkportal.serve.PreviewStore;
import org.frameworkportal.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server's rebuild after a one-role edit at council scale (2,000 roles): the time from
 * the edit to the changed pages written, as {@code portal serve} does it (the same calls, in this
 * JVM, which runs with the JVM's defaults as the launcher runs serve). Run with -Pbench.
 */
class RebuildBenchmark {
  @TempDir Path tmp;
  private long clock = System.currentTimeMillis();

  @Test
  void oneRoleEditAtTwoThousandRoles() throws Exception {
    Path content = SyntheticContent.write(tmp.resolve("content"), 100, 20, 2026);
    SiteBuilder.Options options =
        new SiteBuilder.Options(
            content,
            "content",
            tmp.resolve("preview"),
            PortalRun.home().resolve("templates"),
            PortalRun.home().resolve("site-assets"),
            false);
    SiteWriter.InPlace preview = new SiteWriter.InPlace(options.out());
    PreviewStore builder = new PreviewStore(options);
    long start = System.nanoTime();
    PreviewStore.Update first = builder.update(preview, tmp.resolve("none"));
    builder.refreshUnshown(preview);
    long firstMillis = (System.nanoTime() - start) / 1_000_000;

    Path role = content.resolve("frameworks/framework-050/roles/role-010.yaml");
    String original = Files.readString(role);
    // An HR-style edit: one statement reworded. The first edits after start-up also warm the JIT.
    Series reworded =
        series(
            builder,
            options,
            preview,
            role,
            15,
            edit -> original.replaceFirst("(?m)^(      - \")", "$1Edit " + edit + ": "));
    // A heavier one: the role renamed, which every page that links to it shows (pathways included).
    Series renamed =
        series(
            builder,
            options,
            preview,
            role,
            7,
            edit -> original.replaceFirst("(?m)^title: .*$", "title: Renamed Role " + edit));

    String report =
        String.format(
            "| One-role edit at 2,000 roles, `portal serve` (edit to changed pages written) |"
                + " statement reworded: median %d ms of %d edits (first %s, then %s); role renamed: median %d ms of %d edits (%s)."
                + " Pages re-rendered: %d and %d. The search index and manifest.json follow in median %d ms."
                + " First preview build: %,d pages in %,d ms |%n",
            reworded.median(),
            reworded.times.size(),
            reworded.times.subList(0, 3),
            reworded.times.subList(3, reworded.times.size()),
            renamed.median(),
            renamed.times.size(),
            renamed.times,
            reworded.rendered,
            renamed.rendered,
            reworded.afterMedian(),
            first.rendered(),
            firstMillis);
    System.out.print(report);
    Files.writeString(Path.of("target/rebuild-benchmark.md"), report);
  }

  private Series series(
      PreviewStore builder,
      SiteBuilder.Options options,
      SiteWriter.InPlace preview,
      Path role,
      int edits,
      java.util.function.IntFunction<String> text)
      throws Exception {
    Series series = new Series();
    for (int edit = 1; edit <= edits; edit++) {
      Files.writeString(role, text.apply(edit));
      Files.setLastModifiedTime(role, FileTime.fromMillis(clock += 2000));
      PreviewStore.Update update = builder.update(preview, options.out().resolveSibling("none"));
      if (!update.ok()) {
        throw new AssertionError(update.problems().toString());
      }
      series.times.add(update.millis());
      series.rendered = update.rendered();
      series.after.add(builder.refreshUnshown(preview));
    }
    return series;
  }

  private static final class Series {
    final List<Long> times = new ArrayList<>();
    final List<Long> after = new ArrayList<>();
    int rendered;

    long median() {
      return medianOf(times);
    }

    long afterMedian() {
      return medianOf(after);
    }

    private static long medianOf(List<Long> values) {
      List<Long> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      return sorted.get(sorted.size() / 2);
    }
  }
}
