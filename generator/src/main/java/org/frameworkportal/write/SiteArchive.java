package org.frameworkportal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A dated zip of a built site, to hand to whoever uploads it to the intranet. It is written beside
 * the site under the site's lock, first to a hidden file, then renamed; it replaces only a zip the
 * portal made, never another file of the same name.
 */
public final class SiteArchive {
  private static final FileTime FIXED =
      FileTime.fromMillis(315532800000L); // 1980-01-01: the same bytes every time

  /** Written into every archive, so that the next one knows it may replace it. */
  static final String COMMENT = "Framework Portal site archive";

  private SiteArchive() {}

  /**
   * Writes {@code site-<published>.zip} beside {@code site} (today's date when the site has no
   * published date) and returns its path.
   */
  public static Path write(Path site, @Nullable String published) {
    Path root = site.toAbsolutePath().normalize();
    String date = published != null ? published : LocalDate.now(ZoneOffset.UTC).toString();
    Path zip = root.resolveSibling(root.getFileName() + "-" + date + ".zip");
    Path part = root.resolveSibling("." + root.getFileName() + "-" + date + ".zip.part");
    refuseForeign(zip);
    Thread removePart = new Thread(() -> deleteQuietly(part), "remove-unfinished-zip");
    Runtime.getRuntime().addShutdownHook(removePart); // Ctrl+C while zipping leaves no part file
    try {
      Files.deleteIfExists(
          part); // an earlier stopped zip's, or a link planted there: removed, never followed
      try (OutputStream file =
              Files.newOutputStream(
                  part,
                  java.nio.file.StandardOpenOption.CREATE_NEW,
                  java.nio.file.StandardOpenOption.WRITE);
          ZipOutputStream out = new ZipOutputStream(file);
          Stream<Path> walk = Files.walk(root)) {
        out.setComment(COMMENT);
        List<Path> files =
            walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                .sorted()
                .toList();
        for (Path path : files) {
          String name = root.relativize(path).toString().replace('\\', '/');
          if (name.startsWith(".")) {
            continue;
          }
          ZipEntry entry = new ZipEntry(root.getFileName() + "/" + name);
          entry.setLastModifiedTime(FIXED);
          out.putNextEntry(entry);
          Files.copy(path, out);
          out.closeEntry();
        }
      }
      Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(part);
      throw new SiteWriter.OutputProblem(
          "the site was built, but the zip could not be written: "
              + DiskProblems.plainReason(e, zip)
                  .replace(" The published site was not changed.", ""));
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(removePart);
      } catch (IllegalStateException stopping) {
        // the hook runs
      }
    }
    return zip;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // nothing more to do: the next zip replaces it
    }
  }

  /** A file of the zip's name that the portal did not write is left alone, and the zip not made. */
  private static void refuseForeign(Path zip) {
    if (!Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    boolean ours = false;
    if (Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)) {
      try (ZipFile existing = new ZipFile(zip.toFile())) {
        ours = COMMENT.equals(existing.getComment());
      } catch (IOException e) {
        ours = false;
      }
    }
    if (!ours) {
      throw new SiteWriter.OutputProblem(
          "the site was built, but "
              + zip
              + " already exists and the portal did not"
              + " make it; move or rename it, then build again with --zip.");
    }
  }
}
