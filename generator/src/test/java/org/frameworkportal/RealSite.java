package org.frameworkportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real {@code content/} built once per test JVM and shared by the test classes that only read
 * its pages (a build takes seconds; the pages are the same for every reader). Nothing may write
 * into it; a test that changes a site builds its own. The folder is deleted when the JVM exits.
 */
final class RealSite {
  private static Path site;

  private RealSite() {}

  /** The built site, built on the first call. */
  static synchronized Path built() {
    if (site == null) {
      try {
        Path folder = Files.createTempDirectory("real-site");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        site = PortalRun.buildOk(PortalRun.realContent(), folder.resolve("site"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return site;
  }

  private static void delete(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
