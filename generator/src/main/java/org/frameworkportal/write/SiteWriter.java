package org.frameworkportal.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.frameworkportal.output.OutputFile;

/**
 * The only code that writes output. Pages go to a folder beside the target; the target is replaced
 * only once every file is written, so a failed or killed build leaves the previous site as it was.
 * Every path goes through {@link OutputPaths}, and nothing the portal did not write is ever
 * deleted.
 *
 * <p>A build is a {@link Building}: written into a {@link BuildFolder}, then put in place by a
 * {@link FolderSwap}. The preview server keeps its folder up to date with {@link InPlace}.
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

    /** Never null: every problem is made with its message. */
    @Override
    public String getMessage() {
      return String.valueOf(super.getMessage());
    }
  }

  /**
   * A preview folder kept up to date in place: files whose bytes are unchanged are not touched, and
   * files it wrote that are no longer produced are removed. Only the preview server uses it.
   */
  public static final class InPlace {
    private final Path root;
    private final Map<String, byte[]> written = new HashMap<>();
    private Set<String> listedInMarker = Set.of();

    public InPlace(Path root) {
      this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
      return root;
    }

    /** Writes those of {@code pages} whose bytes changed, leaving every other file alone. */
    public synchronized void writeChanged(List<OutputFile> pages) {
      try {
        for (OutputFile page : pages) {
          writeIfChanged(page.path(), page.bytes());
        }
        writeMarker();
      } catch (IOException e) {
        throw new OutputProblem(DiskProblems.plainReason(e, root));
      }
    }

    private boolean writeIfChanged(String path, byte[] bytes) throws IOException {
      if (Arrays.equals(written.get(path), bytes)) {
        return false;
      }
      Path target = OutputPaths.resolve(root, path);
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
      written.put(path, bytes);
      return true;
    }

    /** Writes what changed; returns how many files were written. */
    public synchronized int update(List<OutputFile> pages, Path assetsDir) {
      try {
        checkTarget(root);
        if (!Files.isRegularFile(root.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
          // The preview folder was deleted (or emptied) while serving: write all of it again.
          written.clear();
          listedInMarker = Set.of();
        }
        Files.createDirectories(root);
        Map<String, byte[]> wanted = new LinkedHashMap<>();
        pages.forEach(page -> wanted.put(page.path(), page.bytes()));
        for (Map.Entry<String, Path> asset : SiteAssets.files(assetsDir).entrySet()) {
          wanted.put(asset.getKey(), Files.readAllBytes(asset.getValue()));
        }
        int count = 0;
        for (Map.Entry<String, byte[]> file : wanted.entrySet()) {
          count += writeIfChanged(file.getKey(), file.getValue()) ? 1 : 0;
        }
        for (String old : List.copyOf(written.keySet())) {
          if (!wanted.containsKey(old)) {
            Files.deleteIfExists(OutputPaths.resolve(root, old));
            written.remove(old);
          }
        }
        writeMarker();
        return count;
      } catch (IOException e) {
        throw new OutputProblem(DiskProblems.plainReason(e, root));
      }
    }

    /** The marker lists what the preview wrote, so the next session knows what it may remove. */
    private void writeMarker() throws IOException {
      if (!written.keySet().equals(listedInMarker)) {
        Files.write(
            root.resolve(MARKER), OutputFolder.marker(written.keySet(), OutputFolder.PREVIEW));
        listedInMarker = Set.copyOf(written.keySet());
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
      FolderRemoval.deleteRecursively(target);
    } catch (IOException e) {
      throw new OutputProblem(DiskProblems.plainReason(e, target));
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
  public static final class Building {
    private final FolderSwap swap;
    private final BuildFolder folder;
    private final boolean review;
    private volatile Stage stage = Stage.WRITING;

    /**
     * Ctrl+C or a plain kill runs this: the half-written folder must not be left to fill the disk,
     * and a swap under way finishes before the lock is released.
     */
    private final Runnable cleanUpOnStop = this::stopped;

    /**
     * Held (shared) while a page is written, taken whole to abandon: after a failure, pages still
     * being rendered on other threads must not write into a folder that is being removed.
     */
    private final ReadWriteLock writing = new ReentrantReadWriteLock();

    private Building(Path target, boolean review) throws IOException {
      this.review = review;
      this.swap = FolderSwap.beside(target);
      this.folder = new BuildFolder(swap.building());
      checkTarget(target);
      Files.createDirectories(target.getParent());
      swap.recoverInterrupted();
      OutputFolder.refuseForeign(target);
      // A build stopped just before its swap leaves a finished folder, marked as a site.
      FolderRemoval.removeStale(swap.building(), BUILDING_MARKER, MARKER);
      FolderRemoval.removeStale(swap.previous(), MARKER);
      Files.createDirectories(swap.building());
      Files.createFile(swap.building().resolve(BUILDING_MARKER));
      OnStop.build(cleanUpOnStop, true);
    }

    private void stopped() {
      if (stage == Stage.WRITING) {
        abandon();
      }
      for (int wait = 0; wait < 200 && stage == Stage.SWAPPING; wait++) {
        pause();
      }
    }

    public void add(OutputFile page) {
      writing.readLock().lock();
      try {
        if (stage == Stage.WRITING) {
          folder.write(page);
        }
      } finally {
        writing.readLock().unlock();
      }
    }

    /** Copies the site assets, lists what was written in the marker, and replaces the target. */
    public void finish(Path assetsDir) {
      Path building = swap.building();
      try {
        folder.copyAssets(assetsDir);
        Files.write(
            building.resolve(MARKER),
            OutputFolder.marker(
                folder.written(), review ? OutputFolder.REVIEW : OutputFolder.PUBLISHED));
        Files.delete(building.resolve(BUILDING_MARKER));
        // Checked again at the last moment: a file saved into the site while this build ran is kept
        // too.
        OutputFolder.refuseForeign(swap.target(), folder.written());
        stage = Stage.SWAPPING;
        swap.swap();
        stage = Stage.DONE;
      } catch (IOException e) {
        throw new OutputProblem(DiskProblems.plainReason(e, swap.target()));
      } catch (OutputProblem e) {
        if (stage == Stage.WRITING) {
          stage = Stage.DONE;
          FolderRemoval.deleteQuietly(building);
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
          FolderRemoval.deleteQuietly(swap.building());
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
      throw new OutputProblem(DiskProblems.plainReason(e, target));
    }
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
      FolderSwap.beside(target).recoverInterrupted();
    } catch (IOException e) {
      throw new OutputProblem(DiskProblems.plainReason(e, target));
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
    return DiskProblems.plainReason(e, where);
  }

  static void deleteRecursively(Path path) throws IOException {
    FolderRemoval.deleteRecursively(path);
  }

  /** Best effort: what cannot be removed now, the next build removes. */
  static void deleteQuietly(Path path) {
    FolderRemoval.deleteQuietly(path);
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
