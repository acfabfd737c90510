package org.frameworkportal.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.jspecify.annotations.Nullable;

/** A cell's text as HR see it, whoever saved the workbook. */
final class Cells {
  private Cells() {}

  private static final DataFormatter FORMAT = new DataFormatter(Locale.UK);

  static String address(int row, int column) {
    return new CellReference(row, column).formatAsString();
  }

  /** The text shown in the cell, for a cell whose problems are not the reader's to report. */
  static String plain(@Nullable Cell cell) {
    return text(cell, "", new ArrayList<>());
  }

  /**
   * The text shown in the cell, as typed: numbers as shown (a level typed 2 reads "2"), a formula
   * by its saved value; empty for an empty cell. A formula without a usable value is a problem.
   */
  static String text(@Nullable Cell cell, String sheet, List<WorkbookProblem> problems) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      String formula = cell.getCellFormula();
      boolean saved = !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
      CellType result = cell.getCachedFormulaResultType();
      if (!saved || result == CellType.ERROR) {
        problems.add(
            new WorkbookProblem(
                sheet,
                cell.getAddress().formatAsString(),
                "this cell holds a formula (="
                    + formula
                    + ") "
                    + (saved ? "whose result is an error" : "with no saved value")
                    + "; type the text itself instead"));
        return "";
      }
      return switch (result) {
        case NUMERIC ->
            FORMAT.formatRawCellContents(
                cell.getNumericCellValue(),
                cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
        case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
        default -> cell.getStringCellValue();
      };
    }
    if (type == CellType.ERROR) {
      problems.add(
          new WorkbookProblem(
              sheet,
              cell.getAddress().formatAsString(),
              "this cell shows an error (" + FORMAT.formatCellValue(cell) + "); type the text"));
      return "";
    }
    return type == CellType.STRING ? cell.getStringCellValue() : FORMAT.formatCellValue(cell);
  }

  /**
   * Text as a statement: one line (line breaks typed with Alt+Enter become spaces), no spaces at
   * either end or twice in a row, straight quotes for the curly ones Excel types.
   */
  static String clean(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\u200B', '\uFEFF', '\u00AD' -> {
          continue;
        }
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> c = '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> c = '"';
        default -> {}
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /** The value to keep: {@code original} when the cell says the same, else the cleaned cell. */
  static @Nullable String kept(String cell, @Nullable String original) {
    String cleaned = clean(cell);
    if (original != null && clean(original).equals(cleaned)) {
      return original;
    }
    return cleaned.isEmpty() ? null : cleaned;
  }
}
