package org.frameworkportal.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A dated zip of a built site, to hand to whoever uploads it to the intranet. */
final class SiteArchive {
  private static final FileTime FIXED = FileTime.fromMillis(315532800000L); // 1980-01-01: the same bytes every time

  private SiteArchive() {}

  static Path write(Path site, String published) {
    String date = published != null ? published : LocalDate.now(ZoneOffset.UTC).toString();
    Path zip = site.toAbsolutePath().normalize().resolveSibling(site.getFileName() + "-" + date + ".zip");
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
        Stream<Path> walk = Files.walk(site)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path path : files) {
        String name = site.relativize(path).toString().replace('\\', '/');
        if (name.startsWith(".")) {
          continue;
        }
        ZipEntry entry = new ZipEntry(site.getFileName() + "/" + name);
        entry.setLastModifiedTime(FIXED);
        out.putNextEntry(entry);
        Files.copy(path, out);
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return zip;
  }
}
