package org.frameworkportal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.frameworkportal.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server's rebuild after a one-role edit at council scale (2,000 roles): the time from
 * the edit to the changed files written, as {@code portal serve} does it. Run with -Pbench.
 */
class RebuildBenchmark {
  @TempDir Path tmp;

  @Test
  void oneRoleEditAtTwoThousandRoles() throws Exception {
    Path content = SyntheticContent.write(tmp.resolve("content"), 100, 20, 2026);
    SiteBuilder builder = new SiteBuilder();
    SiteBuilder.Options options = new SiteBuilder.Options(content, "content", tmp.resolve("preview"),
        PortalRun.home().resolve("templates"), PortalRun.home().resolve("site-assets"), false);
    SiteWriter.InPlace preview = new SiteWriter.InPlace(options.out());
    long start = System.nanoTime();
    SiteBuilder.Update first = builder.update(options, preview, tmp.resolve("none"));
    System.out.printf("first preview build: %d pages rendered, %d files written, %d ms%n", first.rendered(),
        first.written(), (System.nanoTime() - start) / 1_000_000);

    Path role = content.resolve("frameworks/framework-050/roles/role-010.yaml");
    String original = Files.readString(role);
    List<Long> times = new ArrayList<>();
    List<SiteBuilder.Update> updates = new ArrayList<>();
    List<Long> indexTimes = new ArrayList<>();
    for (int edit = 1; edit <= 7; edit++) {
      // An HR-style edit: one statement reworded; the file's time stamp moves on.
      Files.writeString(role, original.replaceFirst("(?m)^(      - \")", "$1Edit " + edit + ": "));
      Files.setLastModifiedTime(role, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + edit * 1000L));
      SiteBuilder.Update update = builder.update(options, preview, tmp.resolve("none"));
      if (!update.ok()) {
        throw new AssertionError(update.problems().toString());
      }
      times.add(update.millis());
      updates.add(update);
      indexTimes.add(builder.refreshSearchIndex(preview));
    }
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    SiteBuilder.Update last = updates.get(updates.size() - 1);
    List<Long> sortedIndex = new ArrayList<>(indexTimes);
    Collections.sort(sortedIndex);
    String report = String.format("| One-role edit at 2,000 roles (serve: edit to changed pages written) | median %d ms of %s"
        + " | %d pages re-rendered, %d files written; stages %s; search index then updated in median %d ms |%n",
        sorted.get(sorted.size() / 2), times, last.rendered(), last.written(), last.timings(),
        sortedIndex.get(sortedIndex.size() / 2));
    System.out.print(report);
    Files.writeString(Path.of("target/rebuild-benchmark.md"), report);
  }
}
