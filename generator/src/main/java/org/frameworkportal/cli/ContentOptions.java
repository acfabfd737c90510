package org.frameworkportal.cli;

import java.nio.file.Path;
import org.frameworkportal.SiteBuilder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The folders every command reads: content, templates and site assets. */
final class ContentOptions {
  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "The content folder to read (default: ${DEFAULT-VALUE}).",
      defaultValue = "content")
  Path content;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "The templates folder (default: the portal's own templates/).")
  @Nullable Path templates;

  @Option(
      names = "--assets",
      paramLabel = "DIR",
      description = "The site assets folder (default: the portal's own site-assets/).")
  @Nullable Path assets;

  /** The portal's own folder, where templates/ and site-assets/ live; the launcher sets it. */
  static Path home() {
    return Path.of(System.getProperty("portal.home", "."));
  }

  /**
   * Refuses an output folder that is, holds or sits inside the folders the portal reads: a build
   * replaces its output folder as a whole, so {@code --out .} would replace the content.
   */
  void refuseOverlap(Path out, String option) {
    Path target = real(out);
    java.util.Map<String, Path> read = new java.util.LinkedHashMap<>();
    read.put("the content folder", content);
    read.put("the templates folder", templates != null ? templates : home().resolve("templates"));
    read.put("the site assets folder", assets != null ? assets : home().resolve("site-assets"));
    read.put("the portal's own folder", home());
    for (java.util.Map.Entry<String, Path> folder : read.entrySet()) {
      Path other = real(folder.getValue());
      if (other.startsWith(target)) {
        throw new org.frameworkportal.write.SiteWriter.OutputProblem(
            option
                + " "
                + out
                + " would replace "
                + folder.getKey()
                + " ("
                + other
                + "); choose a folder of its own, for example "
                + option
                + " site");
      }
      if (target.startsWith(other) && !folder.getKey().equals("the portal's own folder")) {
        throw new org.frameworkportal.write.SiteWriter.OutputProblem(
            option
                + " "
                + out
                + " is inside "
                + folder.getKey()
                + " ("
                + other
                + "); choose a folder outside it, for example "
                + option
                + " site");
      }
    }
  }

  /**
   * Where a path really leads, links followed as far as the path exists: comparing the words of two
   * paths would let a link lead a build into content/ or a review copy into site/.
   */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !java.nio.file.Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (java.io.IOException e) {
      return absolute;
    }
  }

  /** The folder HR publish from, by default; a review copy never goes there. */
  static final Path PUBLISHING_FOLDER = Path.of("site");

  /** The folders HR publish from: site/ in the current folder and in the portal's own folder. */
  static boolean isPublishingFolder(Path out) {
    Path target = real(out);
    return target.equals(real(PUBLISHING_FOLDER))
        || target.equals(real(home().resolve(PUBLISHING_FOLDER)));
  }

  /** A mistyped --templates or --assets is a usage mistake: said before anything is read. */
  void requireFolders(picocli.CommandLine commandLine) {
    requireFolder(commandLine, "--templates", templates);
    requireFolder(commandLine, "--assets", assets);
  }

  private static void requireFolder(
      picocli.CommandLine commandLine, String option, @Nullable Path folder) {
    if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
      throw new picocli.CommandLine.ParameterException(
          commandLine,
          option
              + " "
              + folder
              + ": there is no such folder; give an existing folder, or leave "
              + option
              + " out to use the portal's own");
    }
  }

  SiteBuilder.Options toBuildOptions(@Nullable Path out, boolean review) {
    return new SiteBuilder.Options(
        content,
        content.toString(),
        out,
        templates != null ? templates : home().resolve("templates"),
        assets != null ? assets : home().resolve("site-assets"),
        review);
  }
}
