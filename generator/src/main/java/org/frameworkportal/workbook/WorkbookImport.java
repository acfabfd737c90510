package org.frameworkportal.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Role;
import org.frameworkportal.workbook.Sheets.Column;
import org.frameworkportal.workbook.WorkbookExport.Statement;

/**
 * Reads a workbook made by {@link WorkbookExport} back, checks every row, and works out what each
 * role file becomes, in steps: the hidden sheet names the framework ({@link Exported}); the Roles
 * sheet must be as exported ({@link RolesSheet}); each row of the Requirements sheet is read
 * ({@link RequirementsSheet}) and checked ({@link RequirementRows}); then come the role files' new
 * text ({@link RoleFileEdits}) and the changes as {@code portal diff} tells them ({@link
 * ImportChanges}). Every mistake is collected with its sheet and cell, and any one stops the
 * import. Nothing is written here: {@link ImportPlan#apply()} does that, and only for a plan
 * without problems.
 */
public final class WorkbookImport {
  private final Content content;
  private final Path contentDir;
  private final List<WorkbookProblem> problems = new ArrayList<>();

  private WorkbookImport(Content content, Path contentDir) {
    this.content = content;
    this.contentDir = contentDir;
  }

  /** Where a role's file is in the content folder. */
  public static Path roleFile(Path contentDir, String framework, String role) {
    return contentDir
        .resolve("frameworks")
        .resolve(framework)
        .resolve("roles")
        .resolve(role + ".yaml");
  }

  /**
   * What importing {@code workbook} would change, or the problems that stop it.
   *
   * @param content the content as it is now, checked
   * @param contentDir where it was read from
   * @param contentName how messages name that folder ("content")
   */
  public static ImportPlan plan(
      Content content, Path contentDir, String contentName, byte[] workbook) {
    WorkbookImport reading = new WorkbookImport(content, contentDir);
    ImportPlan plan = reading.read(workbook, contentName);
    return plan;
  }

  private ImportPlan read(byte[] bytes, String contentName) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      return read(book, contentName);
    } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
      return failed(
          "this is a workbook in the old Excel 97-2003 format (.xls): save it as \"Excel Workbook"
              + " (.xlsx)\" and import that");
    } catch (IOException
        | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
        | org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
      return failed(
          "this is not an Excel workbook (.xlsx), or it is damaged: open it in Excel or LibreOffice"
              + " and save it as \"Excel Workbook (.xlsx)\"");
    }
  }

  private ImportPlan failed(String message) {
    problems.add(new WorkbookProblem(null, null, message));
    return ImportPlan.refused(problems);
  }

  private ImportPlan read(XSSFWorkbook book, String contentName) {
    Optional<Exported> exported = Exported.read(book, problems);
    if (exported.isEmpty()) {
      return ImportPlan.refused(problems);
    }
    Framework framework =
        content.frameworks().stream()
            .filter(f -> f.id().equals(exported.get().framework()))
            .findFirst()
            .orElse(null);
    if (framework == null) {
      return failed(
          "this workbook is for the framework \""
              + exported.get().framework()
              + "\", which "
              + contentName
              + " does not have: import it into the content it was exported from");
    }
    Sheet sheet = book.getSheet(Sheets.REQUIREMENTS);
    if (sheet == null) {
      return failed(
          "the sheet \""
              + Sheets.REQUIREMENTS
              + "\" is missing: it holds the statements; was it renamed or deleted?");
    }
    Map<Column, Integer> columns = RequirementsSheet.columns(sheet, problems);
    if (columns.size() < Column.values().length) {
      return ImportPlan.refused(problems);
    }
    List<String> categories = content.site().categories();
    Map<String, Role> roles = new LinkedHashMap<>();
    framework.roles().forEach(role -> roles.put(role.id(), role));
    Map<String, Map<String, Statement>> original = new HashMap<>();
    for (String roleId : exported.get().fingerprints().keySet()) {
      Role role = roles.get(roleId);
      if (role != null) {
        Map<String, Statement> byId = new HashMap<>();
        WorkbookExport.statements(role, framework.levels(), categories)
            .forEach(s -> byId.put(s.id(), s));
        original.put(roleId, byId);
      }
    }
    RolesSheet.check(
        book.getSheet(Sheets.ROLES), roles, framework, contentDir, contentName, problems);
    List<RequirementRow> rows =
        new RequirementRows(
                new RequirementsSheet(sheet, columns, problems),
                content,
                framework,
                roles,
                exported.get(),
                original,
                problems)
            .rows();
    if (!problems.isEmpty()) {
      return ImportPlan.refused(problems);
    }
    RoleFileEdits edits =
        RoleFileEdits.plan(
            framework,
            categories,
            exported.get(),
            original,
            rows,
            contentDir,
            contentName,
            problems);
    if (!problems.isEmpty()) {
      return ImportPlan.refused(problems);
    }
    return new ImportPlan(
        List.of(),
        edits.files(),
        ImportChanges.of(framework, categories, original, rows),
        framework.title(),
        edits.roles());
  }

  /** How messages name a role file: from the content folder down, with forward slashes. */
  static String display(Path file, String contentName) {
    return file.toString()
        .replace('\\', '/')
        .replaceFirst("^.*?/frameworks/", contentName + "/frameworks/");
  }
}
