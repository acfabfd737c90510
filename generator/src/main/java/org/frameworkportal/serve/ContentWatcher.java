package org.frameworkportal.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their sub-folders and reports the files that changed, a short moment after
 * the last change, so that an editor saving several files causes one rebuild.
 */
public final class ContentWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 120;

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();

  public ContentWatcher(List<Path> roots) {
    try {
      service = FileSystems.getDefault().newWatchService();
      for (Path root : roots) {
        if (Files.isDirectory(root)) {
          registerTree(root);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
      }
    }
  }

  /** Calls {@code onChange} with each batch of changed paths until the thread is interrupted. */
  public void run(Consumer<Set<Path>> onChange) throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      Set<Path> changed = new LinkedHashSet<>();
      WatchKey key = service.take();
      do {
        collect(key, changed);
        key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
      } while (key != null);
      if (!changed.isEmpty()) {
        onChange.accept(changed);
      }
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path dir = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (dir == null || event.context() == null) {
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      String name = path.getFileName().toString();
      if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
        continue; // editors' temporary files
      }
      changed.add(path);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          registerTree(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
