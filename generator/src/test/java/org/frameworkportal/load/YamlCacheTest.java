package org.frameworkportal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.frameworkportal.diag.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's parse cache never misses an edit, even one its time stamp cannot tell apart. */
class YamlCacheTest {
  @TempDir Path tmp;

  /**
   * Regression: an edit of the same size saved within the clock's tick (2 s on shared drives) was
   * missed.
   */
  @Test
  void anEditWithTheSameSizeAndTimeStampIsReadAgain() throws Exception {
    Path file = Files.writeString(tmp.resolve("role.yaml"), "title: Team Lead\n");
    FileTime stamp = Files.getLastModifiedTime(file);
    YamlCache cache = new YamlCache();
    ContentFolder folder = new ContentFolder(tmp, "content", ContentFolder.REAL_DISK);
    assertEquals(
        "Team Lead",
        title(
            cache.read(file, "role.yaml", new Problems(), new YamlReader(), folder).orElseThrow()));

    Files.writeString(file, "title: Team Star\n"); // same size
    Files.setLastModifiedTime(file, stamp); // and a clock too coarse to see the second save
    assertEquals(
        "Team Star",
        title(
            cache.read(file, "role.yaml", new Problems(), new YamlReader(), folder).orElseThrow()));
  }

  private static String title(YamlNode node) {
    return ((YamlNode.ScalarNode) ((YamlNode.MapNode) node).entries().get("title").value()).text();
  }
}
