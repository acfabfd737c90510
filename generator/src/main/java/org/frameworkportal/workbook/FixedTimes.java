package org.frameworkportal.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A workbook is a zip whose entries POI stamps with the time of writing, so the same content would
 * export to different bytes each time. This writes the same entries, in the same order, with one
 * fixed time (written as a local date, so the time zone does not change it either).
 */
final class FixedTimes {
  /** The earliest time a zip entry can hold that no tool shows as odd. */
  static final LocalDateTime TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private FixedTimes() {}

  static byte[] of(byte[] zip) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream rewritten = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(TIME);
        rewritten.putNextEntry(copy);
        in.transferTo(rewritten);
        rewritten.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
