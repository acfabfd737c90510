package org.frameworkportal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.frameworkportal.SiteBuilder;
import org.frameworkportal.changes.Manifest;
import org.frameworkportal.write.OutputLock;
import org.frameworkportal.write.SiteArchive;
import org.frameworkportal.write.SiteWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "build",
    description = "Checks the content and, if it is all correct, writes the site.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContentOptions folders;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The folder to write the site into (default: site, or review with --review).")
  @Nullable Path out;

  @Option(
      names = "--review",
      description = "Show the editorial notes beside the statements; never publish such a build.")
  boolean review;

  @Option(
      names = "--zip",
      description = "Also write the site as site-YYYY-MM-DD.zip beside the output folder.")
  boolean zip;

  @Option(names = "--timings", description = "Print how long each stage of the build took.")
  boolean timings;

  /**
   * Long enough for another build of a large portal to finish; a preview server is not waited for.
   */
  private static final java.time.Duration WAIT_FOR_OTHER_BUILD = java.time.Duration.ofSeconds(60);

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    folders.requireFolders(spec.commandLine());
    Path out = outputFolder();
    try {
      if (review) {
        refusePublishingFolder(out);
      }
      SiteWriter.checkTarget(out.toAbsolutePath().normalize());
      folders.refuseOverlap(out, "--out");
      try (OutputLock lock =
          OutputLock.acquire(
              out,
              "build",
              WAIT_FOR_OTHER_BUILD,
              message -> {
                err.println("portal: " + message);
                err.flush();
              })) {
        return buildAndZip(err, out);
      }
    } catch (SiteWriter.OutputProblem e) {
      err.println("portal: " + e.getMessage());
      return 2;
    }
  }

  /** The --out given, or the default: site/, or review/ for a review copy. */
  private Path outputFolder() {
    if (out != null) {
      return out;
    }
    return review ? Path.of("review") : ContentOptions.PUBLISHING_FOLDER;
  }

  /**
   * A review copy shows editorial notes: it must never land where HR publish from, nor replace a
   * published build, nor be zipped for uploading.
   */
  private void refusePublishingFolder(Path out) {
    String why = null;
    if (zip) {
      why = "--zip makes a copy for publishing, and a review copy is not for publishing";
    } else if (ContentOptions.isPublishingFolder(out)) {
      why = out + " is the folder the site is published from";
    } else if (SiteWriter.holdsPublishedBuild(ContentOptions.real(out))) {
      why = out + " holds a published build";
    }
    if (why != null) {
      throw new SiteWriter.OutputProblem(
          "a review copy shows editorial notes and must not be published, and "
              + why
              + ". Build it into a folder of its own, for example: ./portal build --review --out review");
    }
  }

  private int buildAndZip(PrintWriter err, Path out) {
    long start = System.nanoTime();
    SiteBuilder.Result result = SiteBuilder.build(folders.toBuildOptions(out, review));
    if (!result.ok()) {
      Reports.problems(err, result.problems(), out);
      return 1;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    spec.commandLine()
        .getOut()
        .printf("Built %d files into %s in %d ms%n", result.pagesWritten(), out, millis);
    if (result.warnings() > 0) {
      spec.commandLine()
          .getOut()
          .printf(
              "%d warning%s, worth a look before publishing: see them with ./portal check%n",
              result.warnings(), result.warnings() == 1 ? "" : "s");
    }
    if (review) {
      spec.commandLine()
          .getOut()
          .printf("This is a review copy: it shows editorial notes. Never publish %s.%n", out);
    }
    Manifest manifest = Objects.requireNonNull(result.manifest()); // a build that is ok has one
    int changed = manifest.changes().size();
    if (manifest.published() != null) {
      spec.commandLine()
          .getOut()
          .printf(
              "What's changed (%s): %d role%s; see %s%n",
              manifest.published(), changed, changed == 1 ? "" : "s", out.resolve("changes.html"));
    }
    if (zip) {
      Path archive = SiteArchive.write(out, manifest.published());
      spec.commandLine().getOut().println("Zipped the site into " + archive);
    }
    if (timings) {
      result
          .timings()
          .forEach((stage, ms) -> spec.commandLine().getOut().printf("  %-9s %6d ms%n", stage, ms));
      spec.commandLine()
          .getOut()
          .printf(
              "  %-9s %6d ms since the JVM started%n",
              "total", java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
    }
    return 0;
  }
}
