package org.frameworkportal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.frameworkportal.output.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path tmp;

  /**
   * Pages arrive from several threads, many into folders not made yet: one thread making a folder
   * must not let another write into it before it exists (a race the hostile-content build once
   * hit).
   */
  @Test
  void pagesFromManyThreadsIntoNewFoldersAreAllWritten() throws Exception {
    for (int round = 0; round < 30; round++) {
      Path out = tmp.resolve("site-" + round);
      SiteWriter.Building building = new SiteWriter().begin(out);
      IntStream.range(0, 400)
          .parallel()
          .forEach(
              i ->
                  building.add(
                      new OutputFile(path(i), ("page " + i).getBytes(StandardCharsets.UTF_8))));
      building.finish(tmp.resolve("no-assets"));
      for (int i = 0; i < 400; i++) {
        assertEquals("page " + i, Files.readString(out.resolve(path(i))));
      }
    }
  }

  /**
   * Regression: a preview folder deleted while serving stayed half-empty, its files thought
   * written.
   */
  @Test
  void aPreviewFolderDeletedWhileServingIsWrittenAgainWhole() throws Exception {
    SiteWriter.InPlace preview = new SiteWriter.InPlace(tmp.resolve("preview"));
    java.util.List<OutputFile> pages =
        java.util.List.of(
            new OutputFile("index.html", "home".getBytes(StandardCharsets.UTF_8)),
            new OutputFile("frameworks/a/index.html", "a".getBytes(StandardCharsets.UTF_8)));
    preview.update(pages, tmp.resolve("no-assets"));
    SiteWriter.deleteRecursively(tmp.resolve("preview"));
    preview.update(pages, tmp.resolve("no-assets"));
    assertEquals("a", Files.readString(tmp.resolve("preview/frameworks/a/index.html")));
    assertEquals(
        java.util.List.of(),
        OutputFolder.foreignEntries(tmp.resolve("preview")),
        "its marker lists it all again");
  }

  private static String path(int i) {
    return "frameworks/f" + (i % 7) + "/r" + (i % 13) + "/page-" + i + ".html";
  }
}
