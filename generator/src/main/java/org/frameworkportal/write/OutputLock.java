package org.frameworkportal.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One writer at a time per output folder: {@code build}, {@code serve} and {@code --zip} hold this
 * lock while they read or write the folder, so no interleaving can publish a partial site.
 *
 * <p>The lock is an operating-system lock on a file beside the folder ({@code .site.lock}), so it
 * is released when the process ends, even when it is killed. The file says who holds it, for the
 * message a second writer prints; it is removed when the lock is released.
 */
public final class OutputLock implements AutoCloseable {
  /**
   * Locked far past the text, so that Windows, whose locks stop reads, still lets others read who
   * holds it.
   */
  private static final long REGION = 1L << 40;

  private static final long POLL_MILLIS = 100;

  /**
   * Locks held by this process, by lock file. Operating-system locks belong to the whole process,
   * so two builds in one process (the tests run them so) are kept apart here, and neither opens the
   * other's lock file: on Linux, closing any handle on a locked file drops the process's lock.
   */
  private static final java.util.concurrent.ConcurrentMap<Path, String> HELD_HERE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  /**
   * Whether the file can be removed on release: only where its identity can be checked, as above.
   */
  private final boolean removable;

  private OutputLock(Path file, FileChannel channel, FileLock lock, boolean removable) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.removable = removable;
    OnStop.lock(removeOnStop, true);
  }

  /**
   * Ctrl+C or a plain kill still removes the lock file; a hard kill leaves it for the next writer
   * to reuse.
   */
  private final Runnable removeOnStop = this::removeFile;

  /** The lock file of an output folder: {@code .site.lock} beside {@code site}. */
  public static Path fileFor(Path outDir) {
    Path target = outDir.toAbsolutePath().normalize();
    return target.resolveSibling("." + target.getFileName() + ".lock");
  }

  /**
   * Takes the lock of {@code outDir} for {@code purpose} ("build", "serve"), waiting up to {@code
   * wait} while another build holds it ({@code onWait} is told once, with who holds it); a preview
   * server holds its folder for hours, so then this refuses at once.
   *
   * @throws SiteWriter.OutputProblem when the lock cannot be had
   */
  public static OutputLock acquire(
      Path outDir, String purpose, Duration wait, Consumer<String> onWait) {
    Path target = outDir.toAbsolutePath().normalize();
    SiteWriter.checkTarget(target);
    Path file = fileFor(target);
    // checkTarget refused a target without a parent folder; the lock file sits beside it.
    Path made = makeParents(Objects.requireNonNull(file.getParent()), target);
    long deadline = System.nanoTime() + wait.toNanos();
    boolean told = false;
    while (true) {
      String heldHere = HELD_HERE.putIfAbsent(file, purpose);
      String holder;
      if (heldHere != null) {
        holder = heldHere + "\n" + ProcessHandle.current().pid() + "\n";
      } else {
        OutputLock lock;
        try {
          lock = tryAcquire(file, purpose, target);
        } catch (RuntimeException e) {
          HELD_HERE.remove(file);
          throw e;
        }
        if (lock != null) {
          lock.madeFolders = made;
          return lock;
        }
        HELD_HERE.remove(file);
        holder = holder(file);
      }
      if (holder.startsWith("serve")) {
        throw new SiteWriter.OutputProblem(
            describe(holder)
                + " is using "
                + target
                + "; stop it (Ctrl+C in its window) or choose another folder, then try again. Nothing was changed.");
      }
      if (System.nanoTime() > deadline) {
        throw new SiteWriter.OutputProblem(
            describe(holder)
                + " is still writing "
                + target
                + "; wait for it to finish, then try again. Nothing was changed.");
      }
      if (!told) {
        onWait.accept(describe(holder) + " is writing " + target + "; waiting for it to finish...");
        told = true;
      }
      sleep();
    }
  }

  private static @Nullable OutputLock tryAcquire(Path file, String purpose, Path target) {
    FileChannel channel = null;
    try {
      try {
        Files.createFile(file);
      } catch (FileAlreadyExistsException e) {
        // another writer's, or one left by a stopped build: its lock, if any, is what counts
      }
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return null; // removed by a holder releasing it just now: try again
      }
      refuseLinked(file);
      Object before = fileKey(file);
      try {
        // Never through a link: a planted .site.lock pointing elsewhere must not have that file
        // written.
        channel =
            FileChannel.open(
                file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return null; // removed by a holder releasing it just now: try again
      }
      FileLock lock = channel.tryLock(REGION, 1, false);
      // The holder that just released the lock may have removed the file: then this lock guards
      // nothing. The file's identity before opening and after locking tells. (Read by name only
      // with
      // stat: on Linux, closing any other handle on a locked file drops this process's lock.)
      if (lock == null
          || (before == null && fileKey(file) != null)
          || (before != null && !before.equals(fileKey(file)))) {
        channel.close();
        return null;
      }
      String holder = purpose + "\n" + ProcessHandle.current().pid() + "\n";
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new OutputLock(file, channel, lock, before != null);
    } catch (IOException e) {
      if (channel != null && channel.isOpen()) {
        SiteWriter.deleteQuietly(file); // made but not usable (a full disk): not left behind
      }
      closeQuietly(channel);
      HELD_HERE.remove(file);
      throw new SiteWriter.OutputProblem(SiteWriter.plainReason(e, target));
    }
  }

  /**
   * A lock file that is a link, or a file with another name too, is someone else's: refused, never
   * written.
   */
  private static void refuseLinked(Path file) throws IOException {
    boolean link =
        Files.isSymbolicLink(file)
            || (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && Files.exists(file, LinkOption.NOFOLLOW_LINKS));
    Object names = link ? null : linkCount(file);
    if (link || (names instanceof Integer count && count > 1)) {
      throw new SiteWriter.OutputProblem(
          file
              + " is in the way: the portal keeps its lock there, and this is a"
              + " link or something else the portal did not make. Move or delete it, then try again. Nothing was changed.");
    }
  }

  private static @Nullable Object linkCount(Path file) {
    try {
      return Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return null; // not a Unix file system: there are no hard links to worry about there
    }
  }

  /** The file's identity (device and inode), or null where the file system has none to give. */
  private static @Nullable Object fileKey(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .fileKey();
    } catch (IOException e) {
      return "missing";
    }
  }

  /** What the lock file says of its holder: "build\n1234\n...", or "" when it cannot be read. */
  private static String holder(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static String describe(String holder) {
    String[] lines = holder.split("\n", -1);
    String what =
        lines.length > 0 && lines[0].equals("serve")
            ? "A preview server (./portal serve)"
            : "Another build";
    return lines.length > 1 && lines[1].matches("\\d+")
        ? what + " (process " + lines[1] + ")"
        : what;
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SiteWriter.OutputProblem("stopped while waiting for another build to finish");
    }
  }

  private static void closeQuietly(@Nullable FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }

  /**
   * The topmost folder made for the output's parent, or null: removed again if nothing was built in
   * it.
   */
  private @Nullable Path madeFolders;

  private static @Nullable Path makeParents(Path parent, Path target) {
    Path missing = null;
    for (Path folder = parent;
        folder != null && !Files.exists(folder);
        folder = folder.getParent()) {
      missing = folder;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new SiteWriter.OutputProblem(SiteWriter.plainReason(e, target));
    }
    return missing;
  }

  /** Removes the lock file while still holding the lock, then releases it. */
  @Override
  public void close() {
    OnStop.lock(removeOnStop, false);
    removeFile();
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    closeQuietly(channel);
    HELD_HERE.remove(file);
    removeEmptyFolders();
  }

  /** A build that wrote nothing (its content had mistakes) leaves no new folders behind either. */
  private void removeEmptyFolders() {
    if (madeFolders == null) {
      return;
    }
    for (Path folder = file.getParent();
        folder != null && folder.startsWith(madeFolders);
        folder = folder.getParent()) {
      try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          return;
        }
        Files.delete(folder);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void removeFile() {
    try {
      if (removable && lock.isValid()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // the next writer simply reuses it
    }
  }
}
