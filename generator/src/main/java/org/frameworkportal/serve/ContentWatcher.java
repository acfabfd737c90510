package org.frameworkportal.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and their sub-folders and reports the files that changed, a short moment after
 * the last change, so that an editor saving several files causes one rebuild. Watching starts when
 * the watcher is made: changes made before {@link #run} is called wait for it, none are lost.
 * Folders may appear and vanish at any time; when the system loses count of the changes it says so,
 * and the watcher reports that everything may have changed.
 */
public final class ContentWatcher implements AutoCloseable {
  /** Quiet time that ends a batch of changes. */
  private static final long QUIET_MILLIS = 120;

  /**
   * Longest a batch is held open while changes keep coming, so a steady stream still gets rebuilt.
   */
  private static final long LONGEST_BATCH_MILLIS = 1500;

  /**
   * What changed since the last report: these paths, or, when {@code everything}, anything at all.
   */
  public record Changes(Set<Path> paths, boolean everything) {}

  private final WatchService service;
  private final List<Path> roots;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

  public ContentWatcher(List<Path> roots) {
    try {
      service = FileSystems.getDefault().newWatchService();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.roots = List.copyOf(roots);
    this.roots.forEach(root -> registerTree(root, new LinkedHashSet<>()));
  }

  /**
   * Calls {@code onChange} with each batch of changes until the thread is interrupted (which
   * throws) or the watcher is closed (which returns). Changes made while {@code onChange} runs come
   * in the next batch.
   */
  public void run(Consumer<Changes> onChange) throws InterruptedException {
    try {
      while (true) {
        Batch batch = nextBatch();
        if (batch.everything || !batch.paths.isEmpty()) {
          onChange.accept(new Changes(Set.copyOf(batch.paths), batch.everything));
        }
      }
    } catch (ClosedWatchServiceException closed) {
      // close() was called: stop watching
    }
  }

  private static final class Batch {
    final Set<Path> paths = new LinkedHashSet<>();
    boolean everything;
  }

  /** Waits for a change, then gathers what follows it until things go quiet. */
  private Batch nextBatch() throws InterruptedException {
    Batch batch = new Batch();
    WatchKey key = service.take();
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_BATCH_MILLIS);
    while (key != null) {
      collect(key, batch);
      // Keys not taken now stay queued in the service, with their events, for the next batch.
      key = System.nanoTime() < end ? service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS) : null;
    }
    return batch;
  }

  private void collect(WatchKey key, Batch batch) {
    try {
      Path dir = folders.get(key);
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == OVERFLOW) {
          everythingChanged(batch);
        } else if (dir != null) {
          changed(dir.resolve((Path) event.context()), event.kind() == ENTRY_CREATE, batch);
        }
      }
    } catch (RuntimeException unexpected) {
      everythingChanged(batch); // whatever went wrong, a full rebuild cannot miss anything
    } finally {
      if (!key.reset()) {
        folders.remove(key); // the folder is gone
      }
    }
  }

  private void changed(Path path, boolean created, Batch batch) {
    String name = path.getFileName().toString();
    if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
      return; // editors' temporary files
    }
    batch.paths.add(path);
    if (created) {
      registerTree(
          path, batch.paths); // a new folder: watch it, and report what was put in it before that
    }
  }

  /** Lost count: some changes were dropped, and new folders among them are not watched yet. */
  private void everythingChanged(Batch batch) {
    batch.everything = true;
    roots.forEach(root -> registerTree(root, new LinkedHashSet<>()));
  }

  /**
   * Watches {@code start} and every folder under it, adding the files found to {@code found}.
   * Anything that vanishes or cannot be read meanwhile is skipped: its deletion is an event of its
   * own.
   */
  private void registerTree(Path start, Set<Path> found) {
    try {
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              try {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
              } catch (IOException vanished) {
                return FileVisitResult.SKIP_SUBTREE;
              }
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              found.add(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException vanished) {
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException vanished) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException unreadable) {
      // the visitor above refuses to fail; anything else is a folder gone before it could be walked
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
