package org.frameworkportal.write;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.frameworkportal.output.OutputFile;

/**
 * The write stage of a build: files are written as they are made, into a folder beside the output,
 * which replaces the output only once everything succeeded. On any failure the output is as it was.
 */
public final class SiteBuild {
  private SiteBuild() {}

  /**
   * Runs {@code making}, which hands each file it makes to the consumer it is given, then copies
   * the site assets and swaps the new site in; adds the time the finishing took to {@code timings}
   * as "write".
   */
  public static <T> T into(
      Path out,
      boolean review,
      Path assets,
      Function<Consumer<OutputFile>, T> making,
      Map<String, Long> timings) {
    SiteWriter.Building building = new SiteWriter().begin(out, review);
    try {
      T made = making.apply(building::add);
      long start = System.nanoTime();
      building.finish(assets);
      timings.put("write", (System.nanoTime() - start) / 1_000_000);
      return made;
    } catch (RuntimeException e) {
      building.abandon();
      throw diskProblemOr(e, out);
    }
  }

  /** Puts back a site that a build stopped between the two moves of its swap left aside. */
  public static void recoverInterruptedSwap(Path out) {
    new SiteWriter().recoverInterruptedSwap(out);
  }

  /**
   * A disk that filled up or refused a write while files were written on several threads, said
   * plainly; anything else as it was.
   */
  private static RuntimeException diskProblemOr(RuntimeException e, Path out) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SiteWriter.OutputProblem problem) {
        return problem;
      }
      if (cause instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
        return new SiteWriter.OutputProblem(
            SiteWriter.plainReason(unchecked.getCause(), out.toAbsolutePath().normalize()));
      }
    }
    return e;
  }
}
