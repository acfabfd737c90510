package org.frameworkportal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.frameworkportal.output.OutputFile;

/**
 * The hidden folder a build is written into, empty at first: every file is new, and two pages on
 * one path are refused. Pages may arrive from several threads at once.
 */
final class BuildFolder {
  private final Path root;
  private final Set<String> written = ConcurrentHashMap.newKeySet();

  /**
   * Folders already made: at 2,000 roles, asking the file system again for each page costs a
   * second.
   */
  private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

  BuildFolder(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** Every path written so far: once the assets are copied, what the marker lists. */
  Set<String> written() {
    return written;
  }

  void write(OutputFile page) {
    if (!written.add(page.path())) {
      throw new IllegalStateException("two pages were rendered to the same path " + page.path());
    }
    try {
      Path file = OutputPaths.resolve(root, page.path());
      // computeIfAbsent: a page for a folder another thread is making waits until it is made.
      folders.computeIfAbsent(
          file.getParent(),
          folder -> {
            try {
              Files.createDirectories(folder);
              return Boolean.TRUE;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      writeNew(file, page.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Called once, after every page was added: the set is no longer being written to. */
  void copyAssets(Path assetsDir) throws IOException {
    for (Map.Entry<String, Path> asset : SiteAssets.files(assetsDir).entrySet()) {
      if (!written.add(asset.getKey())) {
        throw new IllegalStateException("a site asset and a page share the path " + asset.getKey());
      }
      Path destination = OutputPaths.resolve(root, asset.getKey());
      Files.createDirectories(destination.getParent());
      Files.copy(asset.getValue(), destination, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Writes a file that does not exist yet in one system call per megabyte, where {@link
   * Files#write} makes one per 8 KB. (Slices, because the JDK copies each write through a native
   * buffer it keeps.)
   */
  private static void writeNew(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      int slice = 1 << 20;
      for (int offset = 0; offset < bytes.length; offset += slice) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, Math.min(slice, bytes.length - offset));
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    }
  }
}
