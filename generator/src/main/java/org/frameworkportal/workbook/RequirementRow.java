package org.frameworkportal.workbook;

import org.frameworkportal.workbook.WorkbookExport.Statement;
import org.jspecify.annotations.Nullable;

/**
 * A row of the Requirements sheet, checked: the role and list it puts its statement in, what the
 * statement says, and the statement it was exported from (none for a row HR added).
 *
 * @param row the row's index in the sheet (0 for the heading row)
 */
record RequirementRow(
    int row, String role, ListKey list, ItemFields fields, @Nullable Origin origin) {

  /** The statement a row was exported from. */
  record Origin(String role, Statement statement) {}

  /** Whether the row says what its statement said when exported. */
  boolean unchanged() {
    return origin != null && ItemFields.of(origin.statement().item()).equals(fields);
  }
}
