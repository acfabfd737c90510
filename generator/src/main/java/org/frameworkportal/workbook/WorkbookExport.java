package org.frameworkportal.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.frameworkportal.link.StatementIds;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.workbook.Sheets.Column;

/**
 * A framework as a workbook HR can edit: a row per statement, in the content's order, with
 * drop-down lists for what must be one of a list, and a hidden sheet that lets import tell an
 * untouched row, a stale workbook and a workbook from elsewhere apart.
 */
public final class WorkbookExport {
  private WorkbookExport() {}

  /** Rows the drop-down lists cover, beyond those exported, for rows HR add. */
  private static final int ROOM = 2000;

  /**
   * The workbook's bytes.
   *
   * @param roleFiles each role's file as it is now, by role id, for the fingerprint
   */
  public static byte[] of(Content content, Framework framework, Map<String, byte[]> roleFiles) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Styles styles = new Styles(book);
      readMe(book.createSheet(Sheets.README), framework, styles);
      XSSFSheet requirements = book.createSheet(Sheets.REQUIREMENTS);
      int rows = requirements(requirements, content, framework, styles);
      roles(book.createSheet(Sheets.ROLES), framework, styles);
      skills(book.createSheet(Sheets.SKILLS), content.skills(), styles);
      validations(requirements, content, framework, rows);
      Exported.write(book.createSheet(Sheets.PORTAL), framework, roleFiles);
      book.setSheetVisibility(book.getSheetIndex(Sheets.PORTAL), SheetVisibility.VERY_HIDDEN);
      book.setActiveSheet(book.getSheetIndex(Sheets.REQUIREMENTS));
      book.setSelectedTab(book.getSheetIndex(Sheets.REQUIREMENTS));
      // No dates of their own (nor in the zip, FixedTimes): the same content exports to the same
      // bytes.
      fixedDate(book);
      book.getProperties().getCoreProperties().setCreator("Framework Portal");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return FixedTimes.of(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("JavaUtilDate") // POI's API takes a Date
  private static void fixedDate(XSSFWorkbook book) {
    book.getProperties()
        .getCoreProperties()
        .setCreated(java.util.Optional.of(java.util.Date.from(java.time.Instant.EPOCH)));
  }

  private static final class Styles {
    final CellStyle heading;
    final CellStyle wrapped;
    final CellStyle locked;
    final CellStyle title;

    Styles(XSSFWorkbook book) {
      Font bold = book.createFont();
      bold.setBold(true);
      heading = book.createCellStyle();
      heading.setFont(bold);
      heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      heading.setWrapText(true);
      wrapped = book.createCellStyle();
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      wrapped.setLocked(false);
      locked = book.createCellStyle();
      locked.setWrapText(true);
      locked.setVerticalAlignment(VerticalAlignment.TOP);
      locked.setLocked(true);
      Font big = book.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = book.createCellStyle();
      title.setFont(big);
    }
  }

  private static void readMe(Sheet sheet, Framework framework, Styles styles) {
    List<String> lines =
        List.of(
            framework.title() + ": requirements for editing",
            "",
            "Each row of the Requirements sheet is one statement of one role, at one level, in one"
                + " category, in the order the portal shows them.",
            "To reword a statement: change its Statement cell.",
            "To add a statement: insert a row where it should appear and fill in Role, Level,"
                + " Category, Type and Statement. Leave its hidden id columns empty.",
            "To delete a statement: delete its whole row.",
            "To move a statement: move its whole row (cut, then Insert Cut Cells), or change its"
                + " Role, Level, Category or Type.",
            "Type is 'requirement' for what the role needs, 'evidence' for how to show it.",
            "Skills: transferable-skill ids from the Skills sheet, separated by commas, added to the"
                + " skills the portal finds by itself.",
            "Provisional: why a statement is not confirmed yet; empty once HR confirm it.",
            "Note: for reviewers; never published.",
            "Do not copy rows to make new ones: a copied row keeps the hidden id of its original."
                + " Do not unhide or change the hidden columns.",
            "The Roles and Skills sheets are for reference: change roles in their YAML files.",
            "",
            "When you are done, save the workbook as .xlsx, close it, and run:",
            "  portal import THIS-FILE.xlsx --dry-run     (shows what would change)",
            "  portal import THIS-FILE.xlsx               (changes the YAML files)",
            "Nothing is changed while any row has a mistake: every mistake is listed with its cell.",
            "If someone changed the YAML since this export, import says so: export again.");
    for (int i = 0; i < lines.size(); i++) {
      Row row = sheet.createRow(i);
      row.createCell(0).setCellValue(lines.get(i));
      if (i == 0) {
        row.getCell(0).setCellStyle(styles.title);
      }
    }
    sheet.setColumnWidth(0, 120 * 256);
    ((XSSFSheet) sheet).enableLocking();
  }

  private static int requirements(
      XSSFSheet sheet, Content content, Framework framework, Styles styles) {
    Row head = sheet.createRow(0);
    for (Column column : Column.values()) {
      head.createCell(column.exported()).setCellValue(column.heading);
      head.getCell(column.exported()).setCellStyle(styles.heading);
      sheet.setColumnWidth(column.exported(), column.width * 256);
      sheet.setDefaultColumnStyle(column.exported(), styles.wrapped);
      sheet.setColumnHidden(column.exported(), column.hidden());
    }
    int r = 1;
    List<String> categories = content.site().categories();
    for (Role role : framework.roles()) {
      for (Statement s : statements(role, framework.levels(), categories)) {
        Row row = sheet.createRow(r++);
        set(row, Column.ROLE, role.id(), styles);
        set(row, Column.LEVEL, s.list().level(), styles);
        set(row, Column.CATEGORY, s.list().category(), styles);
        set(row, Column.TYPE, s.list().evidence() ? Sheets.EVIDENCE : Sheets.REQUIREMENT, styles);
        set(row, Column.GROUP, s.item().group(), styles);
        set(row, Column.STATEMENT, s.item().text(), styles);
        set(
            row,
            Column.SKILLS,
            s.item().skills().stream().map(Ref::id).collect(Collectors.joining(", ")),
            styles);
        set(row, Column.PROVISIONAL, s.item().provisional(), styles);
        set(row, Column.NOTE, s.item().note(), styles);
        set(row, Column.ID, s.id(), styles);
        set(row, Column.FROM_ROLE, role.id(), styles);
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, Column.values().length - 1));
    return r;
  }

  private static void set(
      Row row, Column column, @org.jspecify.annotations.Nullable String value, Styles styles) {
    var cell = row.createCell(column.exported());
    cell.setCellStyle(column.hidden() ? styles.locked : styles.wrapped);
    if (value != null && !value.isEmpty()) {
      cell.setCellValue(value);
    }
  }

  /** A statement of a role with the list it is in and its stable id. */
  record Statement(ListKey list, Item item, String id, int index) {}

  /** A role's statements in the order the portal shows them: level, category, then evidence. */
  static List<Statement> statements(
      Role role, List<LevelDefinition> levels, List<String> categories) {
    Map<Item, String> ids = StatementIds.of(role, levels, categories);
    List<Statement> out = new java.util.ArrayList<>();
    for (LevelDefinition level : levels) {
      var found = role.levels().get(level.id());
      if (found == null) {
        continue;
      }
      for (String category : categories) {
        add(new ListKey(level.id(), false, category), found.requirements(), ids, out);
        add(new ListKey(level.id(), true, category), found.evidence(), ids, out);
      }
    }
    return out;
  }

  /** The statements of one list, from the level's lists by category. */
  private static void add(
      ListKey list, Map<String, List<Item>> lists, Map<Item, String> ids, List<Statement> out) {
    List<Item> items = lists.getOrDefault(list.category(), List.of());
    for (int i = 0; i < items.size(); i++) {
      out.add(
          new Statement(
              list, items.get(i), java.util.Objects.requireNonNull(ids.get(items.get(i))), i));
    }
  }

  private static void roles(Sheet sheet, Framework framework, Styles styles) {
    Row head = sheet.createRow(0);
    int[] widths = {34, 40, 10, 26, 80, 40, 30};
    for (int c = 0; c < Sheets.ROLE_HEADINGS.size(); c++) {
      head.createCell(c).setCellValue(Sheets.ROLE_HEADINGS.get(c));
      head.getCell(c).setCellStyle(styles.heading);
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    int r = 1;
    for (Role role : framework.roles()) {
      Row row = sheet.createRow(r++);
      String[] values = {
        role.id(),
        role.title(),
        role.grade(),
        role.team() == null ? "" : role.team().id(),
        role.summary() == null ? "" : role.summary(),
        role.next().stream().map(Ref::id).collect(Collectors.joining(", ")),
        role.provisional() == null ? "" : role.provisional()
      };
      for (int c = 0; c < values.length; c++) {
        row.createCell(c).setCellValue(values[c]);
        row.getCell(c).setCellStyle(styles.locked);
      }
    }
    sheet.createFreezePane(0, 1);
    ((XSSFSheet) sheet).enableLocking();
  }

  private static void skills(Sheet sheet, List<Skill> skills, Styles styles) {
    Row head = sheet.createRow(0);
    head.createCell(0).setCellValue("Id");
    head.createCell(1).setCellValue("Name");
    head.getCell(0).setCellStyle(styles.heading);
    head.getCell(1).setCellStyle(styles.heading);
    sheet.setColumnWidth(0, 34 * 256);
    sheet.setColumnWidth(1, 50 * 256);
    int r = 1;
    for (Skill skill : skills) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(skill.id());
      row.createCell(1).setCellValue(skill.name());
    }
    sheet.createFreezePane(0, 1);
    ((XSSFSheet) sheet).enableLocking();
  }

  private static void validations(XSSFSheet sheet, Content content, Framework framework, int rows) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    int last = Math.min(rows + ROOM, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
    list(
        sheet,
        helper.createFormulaListConstraint(
            "'" + Sheets.ROLES + "'!$A$2:$A$" + (framework.roles().size() + 1)),
        Column.ROLE,
        last,
        true);
    list(
        sheet,
        helper.createExplicitListConstraint(
            framework.levels().stream().map(LevelDefinition::id).toArray(String[]::new)),
        Column.LEVEL,
        last,
        true);
    list(
        sheet,
        helper.createExplicitListConstraint(content.site().categories().toArray(String[]::new)),
        Column.CATEGORY,
        last,
        true);
    list(
        sheet,
        helper.createExplicitListConstraint(new String[] {Sheets.REQUIREMENT, Sheets.EVIDENCE}),
        Column.TYPE,
        last,
        true);
    if (!content.skills().isEmpty()) {
      // Several skills go in one cell, separated by commas: the list helps pick one, never refuses.
      list(
          sheet,
          helper.createFormulaListConstraint(
              "'" + Sheets.SKILLS + "'!$A$2:$A$" + (content.skills().size() + 1)),
          Column.SKILLS,
          last,
          false);
    }
  }

  private static void list(
      XSSFSheet sheet,
      DataValidationConstraint constraint,
      Column column,
      int lastRow,
      boolean refuse) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            constraint, new CellRangeAddressList(1, lastRow, column.exported(), column.exported()));
    validation.setShowErrorBox(refuse);
    validation.setSuppressDropDownArrow(true); // for XSSF: true shows the arrow
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox(column.heading, "Choose a value from the list.");
    validation.setEmptyCellAllowed(true);
    sheet.addValidationData(validation);
  }
}
