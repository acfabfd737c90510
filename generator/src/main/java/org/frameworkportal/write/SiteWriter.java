package org.frameworkportal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
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

    /** Writes {@code now} in place of {@code before} (files at the same paths), leaving the rest alone. */
    public synchronized void replace(List<RenderedPage> before, List<RenderedPage> now) {
      try {
        for (RenderedPage page : now) {
          if (!java.util.Arrays.equals(written.get(page.path()), page.bytes())) {
            Path target = root.resolve(page.path());
            Files.createDirectories(target.getParent());
            Files.write(target, page.bytes());
            written.put(page.path(), page.bytes());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Writes what changed; returns how many files were written. */
    public synchronized int update(List<RenderedPage> pages, Path assetsDir) {
      try {
        refuseForeignFolder(root);
        Files.createDirectories(root);
        java.util.Map<String, byte[]> wanted = new java.util.LinkedHashMap<>();
        pages.forEach(page -> wanted.put(page.path(), page.bytes()));
        if (Files.isDirectory(assetsDir)) {
          try (Stream<Path> files = Files.walk(assetsDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
              wanted.put("assets/" + assetsDir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
          }
        }
        wanted.put(MARKER, "Written by Framework Portal (preview); safe to replace.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int count = 0;
        for (java.util.Map.Entry<String, byte[]> file : wanted.entrySet()) {
          if (!java.util.Arrays.equals(written.get(file.getKey()), file.getValue())) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            written.put(file.getKey(), file.getValue());
            count++;
          }
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
        Files.createDirectories(file.getParent());
        Files.write(file, page.bytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Copies the site assets, marks the folder as the portal's, and replaces the target with it. */
    public void finish(Path assetsDir) {
      try {
        copyAssets(assetsDir, building.resolve("assets"), written);
        Files.writeString(building.resolve(MARKER), "Written by Framework Portal; safe to replace.\n");
        swap(building, target, previous);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
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

  /** Writes {@code pages} and the files of {@code assetsDir} (into assets/) as the new {@code outDir}. */
  public void write(List<RenderedPage> pages, Path assetsDir, Path outDir) {
    Path target = outDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Path building = parent.resolve("." + target.getFileName() + ".building");
    Path previous = parent.resolve("." + target.getFileName() + ".previous");
    try {
      Files.createDirectories(parent);
      recoverInterruptedSwap(target, previous);
      refuseForeignFolder(target);
      deleteRecursively(building);
      Files.createDirectories(building);
      Set<String> written = new HashSet<>();
      for (RenderedPage page : pages) {
        if (!written.add(page.path())) {
          throw new IllegalStateException("two pages were rendered to the same path " + page.path());
        }
        Path file = building.resolve(page.path());
        Files.createDirectories(file.getParent());
        Files.write(file, page.bytes());
      }
      copyAssets(assetsDir, building.resolve("assets"), written);
      Files.writeString(building.resolve(MARKER), "Written by Framework Portal; safe to replace.\n");
      swap(building, target, previous);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyAssets(Path assetsDir, Path into, Set<String> written) throws IOException {
    // Called once, after every page was added: the set is no longer being written to.
    if (!Files.isDirectory(assetsDir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(assetsDir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = assetsDir.relativize(file).toString().replace('\\', '/');
        if (!written.add("assets/" + relative)) {
          throw new IllegalStateException("a site asset and a page share the path assets/" + relative);
        }
        Path destination = into.resolve(relative);
        Files.createDirectories(destination.getParent());
        Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
      }
    }
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
