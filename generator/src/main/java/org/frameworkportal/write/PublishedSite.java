package org.frameworkportal.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a file of the site published last time, such as its manifest, for the next to compare. */
public final class PublishedSite {
  /** Larger than any manifest the portal writes: a bigger file was not written by it. */
  private static final long MAX_BYTES = 256L * 1024 * 1024;

  private PublishedSite() {}

  /**
   * The file's bytes, or empty when it is missing, is not a plain file inside the site (a link
   * leading elsewhere), is too large to be the portal's, or cannot be read.
   */
  public static Optional<byte[]> read(Path site, String name) {
    Path file = OutputPaths.resolve(site.toAbsolutePath().normalize(), name);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(in.readAllBytes());
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // an unreadable file only loses what it recorded
    }
  }
}
