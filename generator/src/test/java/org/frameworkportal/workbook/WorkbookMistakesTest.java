package org.frameworkportal.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
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

  @Test
  void aWorkbookFromAnotherFrameworkIsRefused() throws IOException {
    export();
    Workbooks.edit(
        file, book -> book.getSheet(Sheets.PORTAL).getRow(1).getCell(1).setCellValue("finance"));
    refused(
        List.of(
            ": this workbook is for the framework \"finance\", which "
                + content
                + " does not have: import it into the content it was exported from"));
  }

  @Test
  void aStaleExportThatConflictsWithNewerYamlIsRefused() throws IOException {
    export();
    Path role = content.resolve("frameworks/adult-social-work/roles/team-manager.yaml");
    Files.writeString(
        role,
        Files.readString(role, StandardCharsets.UTF_8) + "# edited after the export\n",
        StandardCharsets.UTF_8);
    Workbooks.edit(
        file,
        book ->
            Workbooks.set(
                Workbooks.row(book, "team-manager", "Knowledge of"),
                Column.STATEMENT,
                "Knowledge of everything."));
    PortalRun.Outcome outcome = importing();
    assertEquals(1, outcome.exit(), outcome.err());
    assertEquals(
        file
            + ", sheet \"Requirements\": "
            + content
            + "/frameworks/adult-social-work/roles/team-manager.yaml was changed after this workbook"
            + " was exported, and the workbook changes team-manager too: export again and make your"
            + " edits in the new workbook, so that neither set of changes is lost\n",
        outcome.err().lines().findFirst().orElse("") + "\n");
    assertEquals(
        Files.readString(
                PortalRun.realContent()
                    .resolve("frameworks/adult-social-work/roles/team-manager.yaml"))
            + "# edited after the export\n",
        Files.readString(role, StandardCharsets.UTF_8));
  }

  @Test
  void aNewerYamlEditToARoleTheWorkbookLeavesAloneIsKept() throws IOException {
    export();
    Path role = content.resolve("frameworks/adult-social-work/roles/team-manager.yaml");
    String edited = Files.readString(role, StandardCharsets.UTF_8) + "# edited after the export\n";
    Files.writeString(role, edited, StandardCharsets.UTF_8);
    Workbooks.edit(
        file,
        book ->
            Workbooks.set(
                Workbooks.row(book, "social-worker", "Degree in Social Work"),
                Column.STATEMENT,
                "Degree in Social Work, or equivalent"));
    PortalRun.Outcome outcome = importing();
    assertEquals(0, outcome.exit(), outcome.err());
    assertEquals(edited, Files.readString(role, StandardCharsets.UTF_8));
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() throws IOException {
    export();
    Files.writeString(file, "Role,Level\nsocial-worker,A\n", StandardCharsets.UTF_8);
    refused(
        List.of(
            ": this is not an Excel workbook (.xlsx), or it is damaged: open it in Excel or"
                + " LibreOffice and save it as \"Excel Workbook (.xlsx)\""));
  }

  @Test
  void aWorkbookStillOpenInExcelIsRefused() throws IOException {
    export();
    Files.writeString(folder.resolve("~$asw.xlsx"), "owner", StandardCharsets.UTF_8);
    PortalRun.Outcome outcome = importing();
    assertEquals(1, outcome.exit());
    assertEquals(
        file
            + ": is open in Excel (its lock file ~$asw.xlsx is beside it); save your edits and"
            + " close it there first, then import again. Nothing was changed.\n",
        outcome.err());
  }

  @Test
  void aMissingColumnIsNamed() throws IOException {
    export();
    Workbooks.edit(
        file,
        book ->
            Workbooks.requirements(book)
                .getRow(0)
                .getCell(Column.LEVEL.exported())
                .setCellValue("Lvl"));
    refused(
        List.of(
            ", sheet \"Requirements\": the column \"Level\" is missing from the first row; put its"
                + " heading back, or export again"));
  }

  @Test
  void realWorldCellsReadAsHrMeantThem() throws IOException {
    export();
    Workbooks.edit(
        file,
        book -> {
          // Untouched statements retyped with a line break, spaces and curly quotes: no change.
          Workbooks.set(
              Workbooks.row(
                  book,
                  "senior-social-worker",
                  "Knowledge and experience in the application of national"),
              Column.STATEMENT,
              "  Knowledge and experience in the application of national policies and developments"
                  + "\nrelating to Adult’s Social Care and the impact on people and their families.  ");
          // A formula with its value saved counts as its value.
          Row formula = Workbooks.row(book, "senior-social-worker", "Knowledge of General Data");
          Cell cell = formula.getCell(Column.STATEMENT.exported());
          cell.setCellFormula("\"Knowledge of \"&\"UK GDPR.\"");
          book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
          // A number typed into the statement is text.
          Row number = Workbooks.row(book, "senior-social-worker", "Knowledge of NHS Continuing");
          number.getCell(Column.STATEMENT.exported()).setCellValue(42);
          // Merged role cells count for every row they cover.
          Row first = Workbooks.row(book, "senior-social-worker", "Degree in Social Work");
          Workbooks.set(first, Column.ROLE, "senior-social-worker");
          book.getSheet(Sheets.REQUIREMENTS)
              .getRow(first.getRowNum() + 1)
              .getCell(Column.ROLE.exported())
              .setBlank();
          Workbooks.requirements(book)
              .addMergedRegion(
                  new CellRangeAddress(
                      first.getRowNum(),
                      first.getRowNum() + 1,
                      Column.ROLE.exported(),
                      Column.ROLE.exported()));
          // A sheet and a column of HR's own are left alone.
          book.createSheet("My notes").createRow(0).createCell(0).setCellValue("to ask Jo");
          Row head = Workbooks.requirements(book).getRow(0);
          head.createCell(20).setCellValue("Comments");
          Workbooks.requirements(book).getRow(3).createCell(20).setCellValue("check this");
        });
    PortalRun.Outcome outcome = importing();
    assertEquals(0, outcome.exit(), outcome.err());
    String real =
        Files.readString(
            PortalRun.realContent()
                .resolve("frameworks/adult-social-work/roles/senior-social-worker.yaml"));
    assertEquals(
        real.replace(
                "      - Knowledge of General Data Protection Regulations.\n",
                "      - Knowledge of UK GDPR.\n")
            .replace(
                "      - Knowledge of NHS Continuing healthcare national framework and associated"
                    + " processes.\n",
                "      - \"42\"\n"),
        Files.readString(
            content.resolve("frameworks/adult-social-work/roles/senior-social-worker.yaml")));
  }

  @Test
  void anEditOnTheRolesSheetIsNamedNotLost() throws IOException {
    export();
    Workbooks.edit(
        file, book -> book.getSheet(Sheets.ROLES).getRow(1).getCell(2).setCellValue("SW9"));
    refused(
        List.of(
            ", sheet \"Roles\", cell C2: the Roles sheet is for reference and is not imported:"
                + " change the role's grade in "
                + content
                + "/frameworks/adult-social-work/roles/social-worker.yaml, and put this cell back as"
                + " it was"));
  }
}
