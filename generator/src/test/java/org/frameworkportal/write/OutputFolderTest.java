package org.frameworkportal.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a file of the site a previous build published: anything in doubt counts as absent. */
class OutputFolderTest {
  @TempDir Path tmp;

  private static final byte[] MANIFEST = "{\"roles\":{}}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aPublishedFileIsReadWhole() throws Exception {
    Path site = Files.createDirectories(tmp.resolve("site"));
    Files.write(site.resolve("manifest.json"), MANIFEST);
    assertArrayEquals(MANIFEST, OutputFolder.readPublished(site, "manifest.json").orElseThrow());
  }

  @Test
  void aFileInASubfolderIsReadByItsSitePath() throws Exception {
    Path site = Files.createDirectories(tmp.resolve("site/data"));
    Files.write(site.resolve("m.json"), MANIFEST);
    assertArrayEquals(
        MANIFEST, OutputFolder.readPublished(tmp.resolve("site"), "data/m.json").orElseThrow());
  }

  @Test
  void aMissingFileOrFolderIsNone() throws Exception {
    assertEquals(Optional.empty(), OutputFolder.readPublished(tmp.resolve("nowhere"), "m.json"));
    Path site = Files.createDirectories(tmp.resolve("site"));
    assertEquals(Optional.empty(), OutputFolder.readPublished(site, "manifest.json"));
  }

  @Test
  void aFolderWhereTheFileShouldBeIsNone() throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("manifest.json"));
    assertEquals(Optional.empty(), OutputFolder.readPublished(site, "manifest.json"));
  }

  /** A link planted in the site must not publish, or reveal, a file from elsewhere. */
  @Test
  void aLinkLeadingOutOfTheSiteIsNone() throws Exception {
    Path secret = Files.write(tmp.resolve("secret.json"), MANIFEST);
    Path site = Files.createDirectories(tmp.resolve("site"));
    Files.createSymbolicLink(site.resolve("manifest.json"), secret);
    assertEquals(Optional.empty(), OutputFolder.readPublished(site, "manifest.json"));

    Files.createDirectories(tmp.resolve("elsewhere"));
    Files.write(tmp.resolve("elsewhere/m.json"), MANIFEST);
    Files.createSymbolicLink(site.resolve("data"), tmp.resolve("elsewhere"));
    assertEquals(Optional.empty(), OutputFolder.readPublished(site, "data/m.json"));
  }

  @Test
  void aLinkWithinTheSiteAndASiteFolderThatIsALinkAreRead() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("real-site"));
    Files.write(real.resolve("kept.json"), MANIFEST);
    Files.createSymbolicLink(real.resolve("manifest.json"), real.resolve("kept.json"));
    Path site = Files.createSymbolicLink(tmp.resolve("site"), real);
    assertArrayEquals(MANIFEST, OutputFolder.readPublished(site, "manifest.json").orElseThrow());
  }

  @Test
  void aFileLargerThanTheLimitIsNone() throws Exception {
    Path site = Files.createDirectories(tmp.resolve("site"));
    try (RandomAccessFile huge =
        new RandomAccessFile(site.resolve("manifest.json").toFile(), "rw")) {
      huge.setLength(OutputFolder.PUBLISHED_FILE_LIMIT + 1L); // sparse: takes no disk
    }
    assertEquals(Optional.empty(), OutputFolder.readPublished(site, "manifest.json"));
  }

  @Test
  void aNameThatCouldLeaveTheSiteIsAFaultInTheCaller() {
    assertThrows(
        IllegalArgumentException.class, () -> OutputFolder.readPublished(tmp, "../manifest.json"));
    assertThrows(
        IllegalArgumentException.class, () -> OutputFolder.readPublished(tmp, "/etc/passwd"));
  }
}
