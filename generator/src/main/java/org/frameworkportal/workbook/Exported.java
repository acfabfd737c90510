package org.frameworkportal.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Role;

/**
 * What the hidden sheet of a workbook says: the framework and each role file's fingerprint at
 * export. Export writes it; import reads it back to find the framework and to tell whether a role
 * file changed since.
 *
 * @param fingerprints by role id, in the framework's order
 */
record Exported(String framework, Map<String, String> fingerprints) {

  /** Writes the hidden sheet for {@code framework}, its role files as they are now by role id. */
  static void write(Sheet sheet, Framework framework, Map<String, byte[]> roleFiles) {
    Row format = sheet.createRow(0);
    format.createCell(0).setCellValue("format");
    format.createCell(1).setCellValue(Sheets.FORMAT);
    Row id = sheet.createRow(1);
    id.createCell(0).setCellValue("framework");
    id.createCell(1).setCellValue(framework.id());
    int r = 2;
    for (Role role : framework.roles()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue("role");
      row.createCell(1).setCellValue(role.id());
      byte[] file = roleFiles.get(role.id());
      row.createCell(2).setCellValue(file == null ? "" : Fingerprint.of(file));
    }
  }

  /** What the workbook's hidden sheet says; none, and a problem, when it is missing or changed. */
  static Optional<Exported> read(XSSFWorkbook book, List<WorkbookProblem> problems) {
    Sheet sheet = book.getSheet(Sheets.PORTAL);
    if (sheet == null
        || sheet.getRow(0) == null
        || !Sheets.FORMAT.equals(Cells.plain(sheet.getRow(0).getCell(1)))) {
      problems.add(
          new WorkbookProblem(
              null,
              null,
              "this workbook was not made by \"portal export\" (its hidden sheet \""
                  + Sheets.PORTAL
                  + "\" is missing or was changed): export the framework and make your edits in that"
                  + " workbook"));
      return Optional.empty();
    }
    String framework = Cells.plain(sheet.getRow(1) == null ? null : sheet.getRow(1).getCell(1));
    Map<String, String> fingerprints = new LinkedHashMap<>();
    for (int r = 2; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && "role".equals(Cells.plain(row.getCell(0)))) {
        fingerprints.put(Cells.plain(row.getCell(1)), Cells.plain(row.getCell(2)));
      }
    }
    return Optional.of(new Exported(framework, fingerprints));
  }
}
