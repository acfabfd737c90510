package org.frameworkportal.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.frameworkportal.PortalRun;
import org.frameworkportal.workbook.Sheets.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks with mistakes, and workbooks as the real world saves them: every mistake is told at
 * once with its sheet and cell, and with any mistake no file changes.
 */
class WorkbookMistakesTest {
  @TempDir Path folder;

  private Path content;
  private Path file;

  private void export() throws IOException {
    content = Workbooks.copyOf(PortalRun.realContent(), folder);
    file = folder.resolve("asw.xlsx");
    PortalRun.Outcome outcome =
        PortalRun.run(
            "export",
            "adult-social-work",
            "--content",
            content.toString(),
            "--to",
            file.toString());
    assertEquals(0, outcome.exit(), outcome.err());
  }

  private PortalRun.Outcome importing() {
    return PortalRun.run("import", file.toString(), "--content", content.toString());
  }

  /** The import is refused with exactly {@code lines}, and no file changed. */
  private void refused(List<String> lines) throws IOException {
    PortalRun.Outcome outcome = importing();
    assertEquals(1, outcome.exit(), outcome.err());
    StringBuilder expected = new StringBuilder();
    lines.forEach(line -> expected.append(file).append(line).append('\n'));
    expected
        .append(lines.size())
        .append(lines.size() == 1 ? " problem" : " problems")
        .append(" found in ")
        .append(file)
        .append(". Nothing was changed: fix ")
        .append(lines.size() == 1 ? "it" : "them")
        .append(" in the workbook and import again.\n");
    assertEquals(expected.toString(), outcome.err());
    assertEquals("", outcome.out());
    assertEquals(Workbooks.files(PortalRun.realContent()), Workbooks.files(content));
  }

  private static int number(Row row) {
    return row.getRowNum() + 1;
  }

  @Test
  void everyMistakeIsToldAtOnceWithItsCell() throws IOException {
    export();
    int[] rows = new int[8];
    Workbooks.edit(
        file,
        book -> {
          Sheet sheet = Workbooks.requirements(book);
          Row role = Workbooks.row(book, "social-worker", "Degree in Social Work");
          Workbooks.set(role, Column.ROLE, "social-worke");
          rows[0] = number(role);
          Row level = Workbooks.row(book, "social-worker", "Registration with Social Work");
          Workbooks.set(level, Column.LEVEL, "D");
          rows[1] = number(level);
          Row empty = Workbooks.row(book, "social-worker", "Working towards ASYE");
          Workbooks.set(empty, Column.STATEMENT, "  ");
          rows[2] = number(empty);
          Row id = Workbooks.row(book, "senior-social-worker", "Degree in Social Work");
          Workbooks.set(id, Column.ID, "s-00000000");
          rows[3] = number(id);
          Row formula = Workbooks.row(book, "senior-social-worker", "Knowledge of General Data");
          formula.getCell(Column.STATEMENT.exported()).setCellFormula("1/0");
          book.getCreationHelper()
              .createFormulaEvaluator()
              .evaluateFormulaCell(formula.getCell(Column.STATEMENT.exported()));
          rows[5] = number(formula);
          Row original = Workbooks.row(book, "team-manager", "Knowledge of");
          Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
          for (Column column : Column.values()) {
            Workbooks.set(copy, column, Workbooks.text(original, column));
          }
          rows[6] = number(copy);
          Row category = Workbooks.row(book, "team-manager", "Knowledge of");
          Workbooks.set(category, Column.CATEGORY, "behaviours");
          Workbooks.set(category, Column.TYPE, "must have");
          rows[4] = number(category);
          Row merged = Workbooks.row(book, "senior-social-worker", "Degree in Social Work");
          sheet.addMergedRegion(
              new CellRangeAddress(
                  merged.getRowNum() + 1,
                  merged.getRowNum() + 2,
                  Column.STATEMENT.exported(),
                  Column.STATEMENT.exported()));
          rows[7] = number(merged) + 1;
        });
    refused(
        List.of(
            ", sheet \"Requirements\", cell F"
                + rows[7]
                + ":F"
                + (rows[7] + 1)
                + ": these cells are merged: unmerge them, so that each statement has a row of its"
                + " own",
            ", sheet \"Requirements\", cell A"
                + rows[0]
                + ": there is no role \"social-worke\" in Adult Social Work (did you mean"
                + " 'social-worker'?): choose one from the list (the Roles sheet lists them)",
            ", sheet \"Requirements\", cell B"
                + rows[1]
                + ": there is no level \"D\": use A, B or C",
            ", sheet \"Requirements\", cell F"
                + rows[2]
                + ": the statement is empty: type it, or delete the whole row to delete the"
                + " statement",
            ", sheet \"Requirements\", cell J"
                + rows[3]
                + ":K"
                + rows[3]
                + ": this row's hidden statement id was changed, or the row was copied from another"
                + " workbook: undo the change, or clear these two cells to add the row as a new"
                + " statement",
            ", sheet \"Requirements\", cell F"
                + rows[5]
                + ": this cell holds a formula (=1/0) whose result is an error; type the text itself"
                + " instead",
            ", sheet \"Requirements\", cell C"
                + rows[4]
                + ": there is no category \"behaviours\": use qualifications, knowledge, experience"
                + " or skills",
            ", sheet \"Requirements\", cell D"
                + rows[4]
                + ": the type \"must have\" is not one the portal knows: use requirement or"
                + " evidence",
            ", sheet \"Requirements\", cell J"
                + rows[6]
                + ":K"
                + rows[6]
                + ": this row has the same hidden statement id as row "
                + rows[4]
                + ": it is a copy of that row. To add a statement, insert an empty row and type it"
                + " in, or clear these two cells of the copy"));
  }
}
