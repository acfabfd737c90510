package org.frameworkportal.workbook;

import org.jspecify.annotations.Nullable;

/**
 * A mistake in a workbook, said as {@code FILE.xlsx, sheet "Requirements", cell D12: message}.
 *
 * @param sheet the sheet, or null for the workbook as a whole
 * @param cell the cell or cells ({@code D12}, {@code J12:K12}), or null for the sheet as a whole
 */
public record WorkbookProblem(@Nullable String sheet, @Nullable String cell, String message) {

  public String format(String file) {
    return file
        + (sheet == null ? "" : ", sheet \"" + sheet + "\"")
        + (cell == null ? "" : ", cell " + cell)
        + ": "
        + message;
  }
}
