package org.frameworkportal.serve;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.frameworkportal.serve.ContentWatcher.Changes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's watcher: nothing an editor saves is missed, and nothing on disk stops it watching.
 */
@Timeout(60)
class ContentWatcherTest {
  @TempDir Path tmp;
  Path content;
  ContentWatcher watcher;
  Thread watching;
  final BlockingQueue<Changes> batches = new LinkedBlockingQueue<>();
  final AtomicReference<Throwable> died = new AtomicReference<>();

  @BeforeEach
  void content() throws IOException {
    content = Files.createDirectories(tmp.resolve("content/frameworks/demo/roles"));
    Files.writeString(content.resolve("assistant.yaml"), "title: Assistant\n");
  }

  @AfterEach
  void stop() throws Exception {
    if (watcher != null) {
      watcher.close();
    }
    if (watching != null) {
      watching.interrupt();
      watching.join(5000);
    }
  }

  @Test
  void changesSavedBeforeRunAreReportedByIt() throws Exception {
    watcher = new ContentWatcher(List.of(tmp.resolve("content")));
    Files.writeString(
        content.resolve("assistant.yaml"),
        "title: Assistant Officer\n"); // as during the first build
    Thread.sleep(300);
    start(batch -> {});
    awaitBatch(batch -> batch.paths().contains(content.resolve("assistant.yaml")));
  }

  @Test
  void changesSavedWhileABatchIsHandledComeInTheNext() throws Exception {
    CountDownLatch handling = new CountDownLatch(1);
    CountDownLatch saved = new CountDownLatch(1);
    watcher = new ContentWatcher(List.of(tmp.resolve("content")));
    start(
        batch -> {
          handling.countDown();
          await(saved); // a rebuild in progress
        });
    Files.writeString(content.resolve("lead.yaml"), "title: Lead\n");
    assertTrue(handling.await(10, TimeUnit.SECONDS));
    Files.writeString(content.resolve("assistant.yaml"), "title: Assistant Officer\n");
    Thread.sleep(300);
    saved.countDown();
    awaitBatch(batch -> batch.paths().contains(content.resolve("lead.yaml")));
    awaitBatch(batch -> batch.paths().contains(content.resolve("assistant.yaml")));
  }

  @Test
  void filesSavedIntoANewFolderAtOnceAreReported() throws Exception {
    watcher = new ContentWatcher(List.of(tmp.resolve("content")));
    start(batch -> {});
    Path role =
        Files.createDirectories(tmp.resolve("content/frameworks/housing/roles"))
            .resolve("officer.yaml");
    Files.writeString(role, "title: Housing Officer\n");
    awaitBatch(batch -> batch.paths().contains(role));
    Path later = role.resolveSibling("manager.yaml");
    Files.writeString(later, "title: Housing Manager\n");
    awaitBatch(batch -> batch.paths().contains(later));
  }

  @Test
  void foldersAppearingAndVanishingAtOnceDoNotStopTheWatching() throws Exception {
    watcher = new ContentWatcher(List.of(tmp.resolve("content")));
    start(batch -> {});
    for (int i = 0; i < 300; i++) {
      Path folder = Files.createDirectories(tmp.resolve("content/frameworks/tmp" + i + "/a/b/c"));
      Files.writeString(folder.resolve("x.yaml"), "x");
      deleteTree(tmp.resolve("content/frameworks/tmp" + i));
    }
    Files.writeString(content.resolve("assistant.yaml"), "title: Assistant Officer\n");
    awaitBatch(batch -> batch.paths().contains(content.resolve("assistant.yaml")));
    assertTrue(watching.isAlive());
    assertNull(died.get());
  }

  /**
   * The JDK keeps at most 512 changes per folder between looks; past that it reports only that it
   * lost count.
   */
  @Test
  void losingCountIsReportedAsEverythingChangedAndNewFoldersAreStillWatched() throws Exception {
    CountDownLatch handling = new CountDownLatch(1);
    CountDownLatch flooded = new CountDownLatch(1);
    watcher = new ContentWatcher(List.of(tmp.resolve("content")));
    start(
        batch -> {
          handling.countDown();
          await(flooded);
        });
    Files.writeString(content.resolve("lead.yaml"), "title: Lead\n");
    assertTrue(handling.await(10, TimeUnit.SECONDS));
    for (int i = 0; i < 1000; i++) {
      Files.createFile(content.resolve("generated-" + i + ".yaml"));
    }
    Path late =
        Files.createDirectories(content.resolve("late")); // its creation is among the changes lost
    Thread.sleep(500);
    flooded.countDown();
    awaitBatch(Changes::everything);
    Path role = late.resolve("officer.yaml");
    Files.writeString(role, "title: Officer\n");
    awaitBatch(batch -> batch.paths().contains(role));
  }

  private void start(java.util.function.Consumer<Changes> handler) {
    watching =
        new Thread(
            () -> {
              try {
                watcher.run(
                    batch -> {
                      batches.add(batch);
                      handler.accept(batch);
                    });
              } catch (InterruptedException stopped) {
                // the test is over
              } catch (Throwable e) {
                died.set(e);
              }
            },
            "watcher-under-test");
    watching.setDaemon(true);
    watching.start();
  }

  private void awaitBatch(Predicate<Changes> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      Changes batch = batches.poll(100, TimeUnit.MILLISECONDS);
      if (batch != null && wanted.test(batch)) {
        return;
      }
      if (died.get() != null) {
        throw new AssertionError("the watcher stopped", died.get());
      }
    }
    throw new AssertionError("no such change was reported; watcher alive: " + watching.isAlive());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
