package org.frameworkportal.workbook;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.frameworkportal.workbook.Sheets.Column;
import org.jspecify.annotations.Nullable;

/**
 * The Requirements sheet as HR left it: each column found by its heading wherever it was moved, and
 * each row's text by column, a merged cell read for every row it covers. Whether the text makes
 * sense is for {@link RequirementRows} to check.
 */
final class RequirementsSheet {
  private final Sheet sheet;
  private final Map<Column, Integer> columns;
  private final Map<String, CellRangeAddress> merged;
  private final List<WorkbookProblem> problems;

  /** The columns by heading, wherever HR moved them; a missing one is a problem. */
  static Map<Column, Integer> columns(Sheet sheet, List<WorkbookProblem> problems) {
    Map<Column, Integer> found = new LinkedHashMap<>();
    Row head = sheet.getRow(0);
    if (head != null) {
      for (Cell cell : head) {
        String heading = Cells.clean(Cells.plain(cell));
        for (Column column : Column.values()) {
          if (column.heading.equalsIgnoreCase(heading) && !found.containsKey(column)) {
            found.put(column, cell.getColumnIndex());
          }
        }
      }
    }
    for (Column column : Column.values()) {
      if (!found.containsKey(column)) {
        problems.add(
            new WorkbookProblem(
                Sheets.REQUIREMENTS,
                null,
                "the column \""
                    + column.heading
                    + "\" is missing from the first row"
                    + (column.hidden()
                        ? " (it is hidden: the portal keeps track of each row with it)"
                        : "")
                    + "; put its heading back, or export again"));
      }
    }
    return found;
  }

  /**
   * Reads the sheet's merged cells (merged statements are a problem).
   *
   * @param columns as {@link #columns} found them, none missing
   */
  RequirementsSheet(Sheet sheet, Map<Column, Integer> columns, List<WorkbookProblem> problems) {
    this.sheet = sheet;
    this.columns = columns;
    this.problems = problems;
    this.merged = merged(sheet, columns, problems);
  }

  /** The index of the last row (0 for the heading row). */
  int lastRow() {
    return sheet.getLastRowNum();
  }

  /**
   * The row's text by column, in the sheet's order of columns, or none where the sheet has no such
   * row. A cell that cannot be read (an error, a formula without a value) is a problem, and empty.
   */
  @Nullable Map<Column, String> row(int r) {
    if (sheet.getRow(r) == null) {
      return null;
    }
    Map<Column, String> cells = new LinkedHashMap<>();
    columns.forEach((column, index) -> cells.put(column, value(r, index)));
    return cells;
  }

  /** Where a row's cell of {@code column} is, as messages name it ("D12"). */
  String address(int r, Column column) {
    return Cells.address(r, columns.getOrDefault(column, 0));
  }

  /** Merged cells: a value that covers several rows counts for each; a merged statement cannot. */
  private static Map<String, CellRangeAddress> merged(
      Sheet sheet, Map<Column, Integer> columns, List<WorkbookProblem> problems) {
    Map<String, CellRangeAddress> byCell = new HashMap<>();
    for (CellRangeAddress range : sheet.getMergedRegions()) {
      boolean rows = range.getFirstRow() != range.getLastRow();
      for (Column column : List.of(Column.STATEMENT, Column.ID, Column.FROM_ROLE)) {
        int index = columns.getOrDefault(column, 0);
        if (rows && range.getFirstColumn() <= index && index <= range.getLastColumn()) {
          problems.add(
              new WorkbookProblem(
                  Sheets.REQUIREMENTS,
                  range.formatAsString(),
                  "these cells are merged: unmerge them, so that each statement has a row of its"
                      + " own"));
          break;
        }
      }
      for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
        for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
          byCell.put(r + ":" + c, range);
        }
      }
    }
    return byCell;
  }

  private String value(int r, int c) {
    CellRangeAddress range = merged.get(r + ":" + c);
    int row = range == null ? r : range.getFirstRow();
    int column = range == null ? c : range.getFirstColumn();
    Row found = sheet.getRow(row);
    return Cells.text(found == null ? null : found.getCell(column), Sheets.REQUIREMENTS, problems);
  }
}
