package org.frameworkportal.workbook;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Role;
import org.jspecify.annotations.Nullable;

/**
 * Checks the Roles sheet, which is for reference: a role's title, grade, team or summary changed
 * there would be lost, so it is a problem that names the file to change instead.
 */
final class RolesSheet {
  private RolesSheet() {}

  /**
   * Adds a problem for each cell that no longer says what the role file does.
   *
   * @param roles the framework's roles by id
   * @param contentName how messages name the content folder ("content")
   */
  static void check(
      @Nullable Sheet sheet,
      Map<String, Role> roles,
      Framework framework,
      Path contentDir,
      String contentName,
      List<WorkbookProblem> problems) {
    if (sheet == null) {
      return;
    }
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Role role = row == null ? null : roles.get(Cells.clean(Cells.plain(row.getCell(0))));
      if (role == null) {
        continue;
      }
      String[] was = {
        role.title(),
        role.grade(),
        role.team() == null ? "" : role.team().id(),
        role.summary() == null ? "" : role.summary()
      };
      for (int c = 0; c < was.length; c++) {
        String now = Cells.clean(Cells.text(row.getCell(c + 1), Sheets.ROLES, problems));
        if (!now.equals(Cells.clean(was[c]))) {
          problems.add(
              new WorkbookProblem(
                  Sheets.ROLES,
                  Cells.address(r, c + 1),
                  "the Roles sheet is for reference and is not imported: change the role's "
                      + Sheets.ROLE_HEADINGS.get(c + 1).toLowerCase(Locale.ROOT)
                      + " in "
                      + WorkbookImport.display(
                          WorkbookImport.roleFile(contentDir, framework.id(), role.id()),
                          contentName)
                      + ", and put this cell back as it was"));
        }
      }
    }
  }
}
