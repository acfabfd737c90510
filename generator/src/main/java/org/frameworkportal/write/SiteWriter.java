package org.frameworkportal.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.frameworkportal.output.OutputFile;

/**
 * The only code that writes output. Pages go to a folder beside the target; the target is replaced
 * only once every file is written, so a failed or killed build leaves the previous site as it was.
 * Every path goes through {@link OutputPaths}, and nothing the portal did not write is ever
 * deleted.
 */
public final class SiteWriter {
  /**
   * Marks a folder as the portal's output, so that a mistyped --out never replaces anything else.
   */
  public static final String MARKER = OutputFolder.MARKER;

  /**
   * Marks a folder being built, so that a stale one is known to be the portal's before it is
   * removed.
   */
  private static final String BUILDING_MARKER = ".portal-building";

  /**
   * Thrown when the output folder cannot be used; the message is for the person running the build.
   */
  public static final class OutputProblem extends RuntimeException {
    public OutputProblem(String message) {
      super(message);
    }
  }

  /**
   * A preview folder kept up to date in place: files whose bytes are unchanged are not touched, and
   * files it wrote that are no longer produced are removed. Only the preview server uses it.
   */
  public static final class InPlace {
    private final Path root;
    private final java.util.Map<String, byte[]> written = new java.util.HashMap<>();
    private java.util.Set<String> listedInMarker = java.util.Set.of();

    public InPlace(Path root) {
      this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
      return root;
    }

    /** Writes those of {@code pages} whose bytes changed, leaving every other file alone. */
    public synchronized void writeChanged(java.util.List<OutputFile> pages) {
      try {
        for (OutputFile page : pages) {
          writeIfChanged(page.path(), page.bytes());
        }
        writeMarker();
      } catch (IOException e) {
        throw new OutputProblem(plainReason(e, root));
      }
    }

    private boolean writeIfChanged(String path, byte[] bytes) throws IOException {
      if (java.util.Arrays.equals(written.get(path), bytes)) {
        return false;
      }
      Path target = OutputPaths.resolve(root, path);
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
      written.put(path, bytes);
      return true;
    }

    /** Writes what changed; returns how many files were written. */
    public synchronized int update(java.util.List<OutputFile> pages, Path assetsDir) {
      try {
        checkTarget(root);
        if (!Files.isRegularFile(root.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
          // The preview folder was deleted (or emptied) while serving: write all of it again.
          written.clear();
          listedInMarker = java.util.Set.of();
        }
        Files.createDirectories(root);
        java.util.Map<String, byte[]> wanted = new java.util.LinkedHashMap<>();
        pages.forEach(page -> wanted.put(page.path(), page.bytes()));
        for (java.util.Map.Entry<String, Path> asset : assetFiles(assetsDir).entrySet()) {
          wanted.put(asset.getKey(), Files.readAllBytes(asset.getValue()));
        }
        int count = 0;
        for (java.util.Map.Entry<String, byte[]> file : wanted.entrySet()) {
          count += writeIfChanged(file.getKey(), file.getValue()) ? 1 : 0;
        }
        for (String old : java.util.List.copyOf(written.keySet())) {
          if (!wanted.containsKey(old)) {
            Files.deleteIfExists(OutputPaths.resolve(root, old));
            written.remove(old);
          }
        }
        writeMarker();
        return count;
      } catch (IOException e) {
        throw new OutputProblem(plainReason(e, root));
      }
    }

    /** The marker lists what the preview wrote, so the next session knows what it may remove. */
    private void writeMarker() throws IOException {
      if (!written.keySet().equals(listedInMarker)) {
        Files.write(
            root.resolve(MARKER), OutputFolder.marker(written.keySet(), OutputFolder.PREVIEW));
        listedInMarker = java.util.Set.copyOf(written.keySet());
      }
    }
  }

  /**
   * Empties a preview folder left by an earlier session; refuses a folder holding files the portal
   * did not write.
   */
  public static void clearPreview(Path root) {
    Path target = root.toAbsolutePath().normalize();
    checkTarget(target);
    OutputFolder.refuseForeign(target);
    try {
      deleteRecursively(target);
    } catch (IOException e) {
      throw new OutputProblem(plainReason(e, target));
    }
  }

  /** Whether {@code folder} holds a build for publishing (not a review copy, not a preview). */
  public static boolean holdsPublishedBuild(Path folder) {
    return OutputFolder.kind(folder.toAbsolutePath().normalize()).equals(OutputFolder.PUBLISHED);
  }

  /**
   * Whether {@code folder} holds a build (published or a review copy), which a preview must not
   * replace.
   */
  public static boolean holdsBuild(Path folder) {
    String kind = OutputFolder.kind(folder.toAbsolutePath().normalize());
    return kind.equals(OutputFolder.PUBLISHED) || kind.equals(OutputFolder.REVIEW);
  }

  /** What a build is doing, for the clean-up that runs when the process is stopped. */
  private enum Stage {
    WRITING,
    SWAPPING,
    DONE
  }

  /**
   * A build being written: pages may be added from several threads as they are rendered, so the
   * whole site never has to be held in memory; {@link #finish} swaps it in, {@link #abandon}
   * removes it.
   */
  public final class Building {
    private final Path target;
    private final Path building;
    private final Path previous;
    private final Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Folders already made: at 2,000 roles, asking the file system again for each page costs a
     * second.
     */
    private final java.util.Map<Path, Boolean> folders =
        new java.util.concurrent.ConcurrentHashMap<>();

    private volatile Stage stage = Stage.WRITING;

    /**
     * Ctrl+C or a plain kill runs this: the half-written folder must not be left to fill the disk,
     * and a swap under way finishes before the lock is released.
     */
    private final Runnable cleanUpOnStop = this::stopped;

    private void stopped() {
      if (stage == Stage.WRITING) {
        abandon();
      }
      for (int wait = 0; wait < 200 && stage == Stage.SWAPPING; wait++) {
        pause();
      }
    }

    private final boolean review;

    private Building(Path target, boolean review) throws IOException {
      this.target = target;
      this.review = review;
      this.building = siblingOf(target, ".building");
      this.previous = siblingOf(target, ".previous");
      checkTarget(target);
      Files.createDirectories(target.getParent());
      recoverInterruptedSwap(target, previous);
      OutputFolder.refuseForeign(target);
      // A build stopped just before its swap leaves a finished folder, marked as a site.
      removeStale(building, BUILDING_MARKER, MARKER);
      removeStale(previous, MARKER);
      Files.createDirectories(building);
      Files.createFile(building.resolve(BUILDING_MARKER));
      OnStop.build(cleanUpOnStop, true);
    }

    /**
     * Held (shared) while a page is written, taken whole to abandon: after a failure, pages still
     * being rendered on other threads must not write into a folder that is being removed.
     */
    private final java.util.concurrent.locks.ReadWriteLock writing =
        new java.util.concurrent.locks.ReentrantReadWriteLock();

    public void add(OutputFile page) {
      writing.readLock().lock();
      try {
        if (stage == Stage.WRITING) {
          write(page);
        }
      } finally {
        writing.readLock().unlock();
      }
    }

    private void write(OutputFile page) {
      if (!written.add(page.path())) {
        throw new IllegalStateException("two pages were rendered to the same path " + page.path());
      }
      try {
        Path file = OutputPaths.resolve(building, page.path());
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

    /** Copies the site assets, lists what was written in the marker, and replaces the target. */
    public void finish(Path assetsDir) {
      try {
        copyAssets(assetsDir, building, written);
        Files.write(
            building.resolve(MARKER),
            OutputFolder.marker(written, review ? OutputFolder.REVIEW : OutputFolder.PUBLISHED));
        Files.delete(building.resolve(BUILDING_MARKER));
        // Checked again at the last moment: a file saved into the site while this build ran is kept
        // too.
        OutputFolder.refuseForeign(target, written);
        stage = Stage.SWAPPING;
        swap(building, target, previous);
        stage = Stage.DONE;
      } catch (IOException e) {
        throw new OutputProblem(plainReason(e, target));
      } catch (OutputProblem e) {
        if (stage == Stage.WRITING) {
          stage = Stage.DONE;
          deleteQuietly(building);
        }
        throw e;
      } finally {
        if (stage == Stage.SWAPPING) {
          stage = Stage.DONE;
        }
        forgetCleanUp();
      }
    }

    /** Removes the unfinished build after a failure; the target was never touched. */
    public void abandon() {
      writing.writeLock().lock();
      try {
        if (stage == Stage.WRITING) {
          stage = Stage.DONE;
          deleteQuietly(building);
        }
      } finally {
        writing.writeLock().unlock();
      }
      forgetCleanUp();
    }

    private void forgetCleanUp() {
      OnStop.build(cleanUpOnStop, false);
    }
  }

  /**
   * Writes a file that does not exist yet in one system call per megabyte, where {@link
   * Files#write} makes one per 8 KB. (Slices, because the JDK copies each write through a native
   * buffer it keeps.)
   */
  private static void writeNew(Path file, byte[] bytes) throws IOException {
    try (java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(
            file,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      int slice = 1 << 20;
      for (int offset = 0; offset < bytes.length; offset += slice) {
        java.nio.ByteBuffer buffer =
            java.nio.ByteBuffer.wrap(bytes, offset, Math.min(slice, bytes.length - offset));
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      }
    }
  }

  /**
   * Starts writing a new build beside {@code outDir}; nothing in {@code outDir} changes until
   * finish. The caller holds the folder's {@link OutputLock}.
   */
  public Building begin(Path outDir) {
    return begin(outDir, false);
  }

  /** As above; a review copy is marked as one, so that it is never taken for a published build. */
  public Building begin(Path outDir, boolean review) {
    Path target = outDir.toAbsolutePath().normalize();
    try {
      return new Building(target, review);
    } catch (IOException e) {
      throw new OutputProblem(plainReason(e, target));
    }
  }

  /** Called once, after every page was added: the set is no longer being written to. */
  private static void copyAssets(Path assetsDir, Path building, Set<String> written)
      throws IOException {
    for (java.util.Map.Entry<String, Path> asset : assetFiles(assetsDir).entrySet()) {
      if (!written.add(asset.getKey())) {
        throw new IllegalStateException("a site asset and a page share the path " + asset.getKey());
      }
      Path destination = OutputPaths.resolve(building, asset.getKey());
      Files.createDirectories(destination.getParent());
      Files.copy(asset.getValue(), destination, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * The site assets by their path in the site ("assets/portal.css"), sorted. A link leading out of
   * the assets folder is refused, so that no file from elsewhere on the computer is published.
   */
  private static SortedMap<String, Path> assetFiles(Path assetsDir) throws IOException {
    SortedMap<String, Path> assets = new TreeMap<>();
    if (!Files.isDirectory(assetsDir)) {
      return assets;
    }
    Path realAssets = assetsDir.toRealPath();
    try (Stream<Path> files = Files.walk(assetsDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.toRealPath().startsWith(realAssets)) {
          throw new OutputProblem(
              file
                  + " is a link to a file outside "
                  + assetsDir
                  + "; copy the file into the folder instead. Nothing was changed.");
        }
        String name = assetsDir.relativize(file).toString().replace('\\', '/');
        String why = OutputPaths.whyUnsafe("assets/" + name);
        if (why != null) {
          throw new OutputProblem(
              file
                  + " cannot be published under that name: "
                  + why
                  + ". Rename it. Nothing was"
                  + " changed.");
        }
        assets.put("assets/" + name, file);
      }
    }
    return assets;
  }

  /**
   * Target first moves aside, then the new build takes its place, then the old one is deleted. A
   * move that fails is undone, so the message "the published site was not changed" stays true; the
   * old site is deleted on a best-effort basis, since by then the new one is published.
   */
  private static void swap(Path building, Path target, Path previous) throws IOException {
    boolean hadTarget = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    try {
      if (hadTarget) {
        move(target, previous);
      }
    } catch (IOException e) {
      deleteQuietly(building);
      throw new OutputProblem(cannotReplace(target, e));
    }
    try {
      move(building, target);
    } catch (IOException e) {
      if (hadTarget) {
        move(previous, target); // the old site back where it was
      }
      deleteQuietly(building);
      throw new OutputProblem(cannotReplace(target, e));
    }
    deleteQuietly(previous);
  }

  /**
   * Why a folder could not be replaced: most often a folder that is a disk of its own (a mount
   * point).
   */
  private static String cannotReplace(Path target, IOException e) {
    String reason =
        e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
    if (reason.toLowerCase(Locale.ROOT).contains("busy")
        || reason.toLowerCase(Locale.ROOT).contains("cross-device")) {
      return target
          + " cannot be replaced as a whole (it is a disk or share of its own, or in use); choose a"
          + " folder inside it, for example --out "
          + target.resolve("site")
          + ". The published site was not changed.";
    }
    return plainReason(e, target);
  }

  /**
   * A build killed between the two moves of a swap leaves only the previous site, set aside: put it
   * back. Every build calls this first, so even a build that then fails restores the last good
   * site.
   */
  public void recoverInterruptedSwap(Path outDir) {
    Path target = outDir.toAbsolutePath().normalize();
    try {
      checkTarget(target);
      recoverInterruptedSwap(target, siblingOf(target, ".previous"));
    } catch (IOException e) {
      throw new OutputProblem(plainReason(e, target));
    }
  }

  private static void recoverInterruptedSwap(Path target, Path previous) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(previous.resolve(MARKER))) {
      move(previous, target);
    }
  }

  /** {@code .site.building} beside {@code site}: on the same disk, so the swap is a rename. */
  private static Path siblingOf(Path target, String suffix) {
    return target.resolveSibling("." + target.getFileName() + suffix);
  }

  /** Removes what an earlier, stopped build left, once it is sure to be the portal's. */
  private static void removeStale(Path folder, String... markers) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    boolean ours = isEmptyFolder(folder);
    for (String marker : markers) {
      ours |= Files.isRegularFile(folder.resolve(marker), LinkOption.NOFOLLOW_LINKS);
    }
    if (!ours) {
      throw new OutputProblem(
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

  /** Refuses output folders that cannot be a site: the top of a disk, or one inside a file. */
  public static void checkTarget(Path target) {
    if (target.getFileName() == null || target.getParent() == null) {
      throw new OutputProblem(
          "the output folder cannot be "
              + target
              + ", the top of a disk;"
              + " choose a folder of its own, for example --out site");
    }
    for (Path above = target.getParent(); above != null; above = above.getParent()) {
      if (Files.exists(above) && !Files.isDirectory(above)) {
        throw new OutputProblem(
            above
                + " is a file, so the output folder "
                + target
                + " cannot be made inside it; choose another --out");
      }
    }
  }

  /**
   * What went wrong with the disk, in words for the person running the build: a full disk, a
   * read-only folder, a file in the way; the published site is unchanged in every case.
   */
  public static String plainReason(IOException e, Path where) {
    String reason =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : String.valueOf(e.getMessage());
    String lower = reason.toLowerCase(Locale.ROOT);
    String file =
        e instanceof FileSystemException fs && fs.getFile() != null
            ? fs.getFile()
            : where.toString();
    String unchanged = " The published site was not changed.";
    if (lower.contains("no space left")
        || lower.contains("disk quota")
        || lower.contains("not enough space")) {
      return "the disk that holds "
          + where
          + " is full; free some space and try again."
          + unchanged;
    }
    if (lower.contains("read-only")) {
      return where + " is on a read-only disk; choose another --out." + unchanged;
    }
    if (e instanceof AccessDeniedException
        || lower.contains("permission denied")
        || lower.contains("access is denied")) {
      return "you do not have permission to write "
          + file
          + "; choose another --out, or ask for write access."
          + unchanged;
    }
    if (e instanceof NotDirectoryException
        || e instanceof FileAlreadyExistsException
        || lower.contains("not a directory")) {
      return file + " is a file where a folder is needed; choose another --out." + unchanged;
    }
    if (e instanceof NoSuchFileException) {
      return file + " disappeared while the portal was using it; try again." + unchanged;
    }
    if (lower.contains("file name too long") || lower.contains("name too long")) {
      return "a path under "
          + where
          + " is too long for this disk; choose an --out with a shorter path."
          + unchanged;
    }
    return "could not write " + file + " (" + reason + ")." + unchanged;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
