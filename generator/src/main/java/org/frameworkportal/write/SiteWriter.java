package org.frameworkportal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.frameworkportal.render.RenderedPage;

/**
 * The only code that writes output. Pages go to a folder beside the target; the target is replaced
 * only once every file is written, so a failed or killed build leaves the previous site as it was.
 */
public final class SiteWriter {
  /** Marks a folder as the portal's output, so that a mistyped --out never replaces anything else. */
  public static final String MARKER = ".portal-site";

  /** Thrown when the output folder cannot be used; the message is for the person running the build. */
  public static final class OutputProblem extends RuntimeException {
    public OutputProblem(String message) {
      super(message);
    }
  }

  /**
   * A preview folder kept up to date in place: files whose bytes are unchanged are not touched and
   * files no longer produced are removed. Only the preview server uses it; {@code build} swaps.
   */
  public static final class InPlace {
    private final Path root;
    private final java.util.Map<String, byte[]> written = new java.util.HashMap<>();

    public InPlace(Path root) {
      this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
      return root;
    }

    /** Writes those of {@code pages} whose bytes changed, leaving every other file alone. */
    public synchronized void writeChanged(List<RenderedPage> pages) {
      try {
        for (RenderedPage page : pages) {
          writeIfChanged(page.path(), page.bytes());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private boolean writeIfChanged(String path, byte[] bytes) throws IOException {
      if (java.util.Arrays.equals(written.get(path), bytes)) {
        return false;
      }
      Path target = root.resolve(path);
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
      written.put(path, bytes);
      return true;
    }

    /** Writes what changed; returns how many files were written. */
    public synchronized int update(List<RenderedPage> pages, Path assetsDir) {
      try {
        refuseForeignFolder(root);
        Files.createDirectories(root);
        java.util.Map<String, byte[]> wanted = new java.util.LinkedHashMap<>();
        pages.forEach(page -> wanted.put(page.path(), page.bytes()));
        for (java.util.Map.Entry<String, Path> asset : assetFiles(assetsDir).entrySet()) {
          wanted.put(asset.getKey(), Files.readAllBytes(asset.getValue()));
        }
        wanted.put(MARKER, "Written by Framework Portal (preview); safe to replace.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int count = 0;
        for (java.util.Map.Entry<String, byte[]> file : wanted.entrySet()) {
          count += writeIfChanged(file.getKey(), file.getValue()) ? 1 : 0;
        }
        for (String old : List.copyOf(written.keySet())) {
          if (!wanted.containsKey(old)) {
            Files.deleteIfExists(root.resolve(old));
            written.remove(old);
          }
        }
        return count;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Empties a preview folder left by an earlier session; refuses a folder the portal did not write. */
  public static void clearPreview(Path root) throws IOException {
    refuseForeignFolder(root);
    deleteRecursively(root);
  }

  /**
   * A build being written: pages may be added from several threads as they are rendered, so the
   * whole site never has to be held in memory; {@link #finish} swaps it in.
   */
  public final class Building {
    private final Path target;
    private final Path building;
    private final Path previous;
    private final Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Folders already made: at 2,000 roles, asking the file system again for each page costs a second. */
    private final java.util.Map<Path, Boolean> folders = new java.util.concurrent.ConcurrentHashMap<>();

    private Building(Path target) throws IOException {
      this.target = target;
      this.building = target.resolveSibling("." + target.getFileName() + ".building");
      this.previous = target.resolveSibling("." + target.getFileName() + ".previous");
      Files.createDirectories(target.getParent());
      recoverInterruptedSwap(target, previous);
      refuseForeignFolder(target);
      deleteRecursively(building);
      Files.createDirectories(building);
    }

    public void add(RenderedPage page) {
      if (!written.add(page.path())) {
        throw new IllegalStateException("two pages were rendered to the same path " + page.path());
      }
      try {
        Path file = building.resolve(page.path());
        // computeIfAbsent: a page for a folder another thread is making waits until it is made.
        folders.computeIfAbsent(file.getParent(), folder -> {
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

    /** Copies the site assets, marks the folder as the portal's, and replaces the target with it. */
    public void finish(Path assetsDir) {
      try {
        copyAssets(assetsDir, building, written);
        Files.writeString(building.resolve(MARKER), "Written by Framework Portal; safe to replace.\n");
        swap(building, target, previous);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Writes a file that does not exist yet in one system call per megabyte, where {@link Files#write}
   * makes one per 8 KB. (Slices, because the JDK copies each write through a native buffer it keeps.)
   */
  private static void writeNew(Path file, byte[] bytes) throws IOException {
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      int slice = 1 << 20;
      for (int offset = 0; offset < bytes.length; offset += slice) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes, offset, Math.min(slice, bytes.length - offset));
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    }
  }

  /** Starts writing a new build beside {@code outDir}; nothing in {@code outDir} changes until finish. */
  public Building begin(Path outDir) {
    try {
      return new Building(outDir.toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Called once, after every page was added: the set is no longer being written to. */
  private static void copyAssets(Path assetsDir, Path building, Set<String> written) throws IOException {
    for (java.util.Map.Entry<String, Path> asset : assetFiles(assetsDir).entrySet()) {
      if (!written.add(asset.getKey())) {
        throw new IllegalStateException("a site asset and a page share the path " + asset.getKey());
      }
      Path destination = building.resolve(asset.getKey());
      Files.createDirectories(destination.getParent());
      Files.copy(asset.getValue(), destination, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The site assets by their path in the site ("assets/portal.css"), sorted. */
  private static java.util.SortedMap<String, Path> assetFiles(Path assetsDir) throws IOException {
    java.util.SortedMap<String, Path> assets = new java.util.TreeMap<>();
    if (Files.isDirectory(assetsDir)) {
      try (Stream<Path> files = Files.walk(assetsDir)) {
        files.filter(Files::isRegularFile)
            .forEach(file -> assets.put("assets/" + assetsDir.relativize(file).toString().replace('\\', '/'), file));
      }
    }
    return assets;
  }

  /** Target first moves aside, then the new build takes its place, then the old one is deleted. */
  private static void swap(Path building, Path target, Path previous) throws IOException {
    deleteRecursively(previous);
    if (Files.exists(target)) {
      move(target, previous);
    }
    move(building, target);
    deleteRecursively(previous);
  }

  /**
   * A build killed between the two moves of a swap leaves only the previous site, set aside: put it
   * back. Every build calls this first, so even a build that then fails restores the last good site.
   */
  public void recoverInterruptedSwap(Path outDir) {
    Path target = outDir.toAbsolutePath().normalize();
    try {
      recoverInterruptedSwap(target, target.resolveSibling("." + target.getFileName() + ".previous"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void recoverInterruptedSwap(Path target, Path previous) throws IOException {
    if (!Files.exists(target) && Files.isDirectory(previous)) {
      move(previous, target);
    }
  }

  private static void refuseForeignFolder(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      if (Files.exists(target)) {
        throw new OutputProblem(target + " is a file, not a folder; choose another --out");
      }
      return;
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isPresent() && !Files.exists(target.resolve(MARKER))) {
        throw new OutputProblem(target + " already holds files that the portal did not write;"
            + " choose another --out, or empty the folder first");
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
