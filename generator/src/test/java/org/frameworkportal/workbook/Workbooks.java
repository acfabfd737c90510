package org.frameworkportal.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.frameworkportal.workbook.Sheets.Column;

/** Edits an exported workbook the way HR would, with POI, for tests. */
final class Workbooks {
  private Workbooks() {}

  static void edit(Path file, Consumer<XSSFWorkbook> edits) {
    try {
      XSSFWorkbook book;
      try (var in = new ByteArrayInputStream(Files.readAllBytes(file))) {
        book = new XSSFWorkbook(in);
      }
      edits.accept(book);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      book.close();
      Files.write(file, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Sheet requirements(XSSFWorkbook book) {
    return book.getSheet(Sheets.REQUIREMENTS);
  }

  /** The first row of {@code role} whose statement starts with {@code start}. */
  static Row row(XSSFWorkbook book, String role, String start) {
    Sheet sheet = requirements(book);
    for (Row row : sheet) {
      if (row.getRowNum() > 0
          && role.equals(text(row, Column.ROLE))
          && text(row, Column.STATEMENT).startsWith(start)) {
        return row;
      }
    }
    throw new AssertionError("no row of " + role + " starting " + start);
  }

  static String text(Row row, Column column) {
    Cell cell = row.getCell(column.exported());
    return cell == null ? "" : cell.toString();
  }

  static void set(Row row, Column column, String value) {
    Cell cell = row.getCell(column.exported());
    (cell == null ? row.createCell(column.exported()) : cell).setCellValue(value);
  }

  /** Inserts an empty row before {@code at} (0-based), as Excel's Insert Row does. */
  static Row insertBefore(Sheet sheet, int at) {
    sheet.shiftRows(at, sheet.getLastRowNum(), 1);
    return sheet.createRow(at);
  }

  /** Deletes a row and moves the rows below it up, as Excel's Delete Row does. */
  static void delete(Sheet sheet, Row row) {
    int at = row.getRowNum();
    sheet.removeRow(row);
    if (at < sheet.getLastRowNum()) {
      sheet.shiftRows(at + 1, sheet.getLastRowNum(), -1);
    }
  }

  /** Swaps the contents of two rows: one row moved past the other. */
  static void swap(Row a, Row b) {
    for (Column column : Column.values()) {
      String first = text(a, column);
      set(a, column, text(b, column));
      set(b, column, first);
    }
  }

  /** A copy of the real content, in {@code folder}. */
  static Path copyOf(Path content, Path folder) throws IOException {
    Path to = folder.resolve("content");
    try (Stream<Path> walk = Files.walk(content)) {
      for (Path from : walk.toList()) {
        Path target = to.resolve(content.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(target);
        } else {
          Files.copy(from, target);
        }
      }
    }
    return to;
  }

  /** Every file under {@code folder} with its bytes, for byte-for-byte comparisons. */
  static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file :
          walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
        files.put(
            folder.relativize(file).toString(),
            new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
