package org.frameworkportal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Removing what the portal made: a folder whole, quietly when a failure is already being reported,
 * and what an earlier, stopped build left only once it is sure to be the portal's.
 */
final class FolderRemoval {
  private FolderRemoval() {}

  /** Removes what an earlier, stopped build left, once it is sure to be the portal's. */
  static void removeStale(Path folder, String... markers) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    boolean ours = isEmptyFolder(folder);
    for (String marker : markers) {
      ours |= Files.isRegularFile(folder.resolve(marker), LinkOption.NOFOLLOW_LINKS);
    }
    if (!ours) {
      throw new SiteWriter.OutputProblem(
          folder
              + " is in the way of the build, and the portal did not make it;"
              + " move or rename it, then try again. Nothing was changed.");
    }
    deleteRecursively(folder);
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Best effort: what cannot be removed now, the next build removes. */
  static void deleteQuietly(Path path) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        deleteRecursively(path);
        return;
      } catch (IOException | UncheckedIOException e) {
        // a page still being written on another thread: try again
      }
    }
  }
}
