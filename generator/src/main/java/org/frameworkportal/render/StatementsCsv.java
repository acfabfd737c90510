package org.frameworkportal.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;
import org.frameworkportal.output.Output;
import org.frameworkportal.output.OutputFile;
import org.frameworkportal.output.Reads;
import org.frameworkportal.output.SitePaths;

/**
 * Every statement of a framework as a spreadsheet for HR and managers: UTF-8 with a byte-order mark
 * and CRLF line ends, so Excel opens it with the right characters.
 */
final class StatementsCsv implements Output<String> {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final SitePaths paths;

  StatementsCsv(SitePaths paths) {
    this.paths = paths;
  }

  @Override
  public List<String> subjects(Reads reads) {
    return reads.frameworks().stream().map(FrameworkDetails::id).toList();
  }

  @Override
  public String path(String frameworkId) {
    return paths.statementsCsv(frameworkId);
  }

  @Override
  public List<OutputFile> make(String frameworkId, Reads reads) {
    return List.of(
        new OutputFile(
            path(frameworkId), of(reads.frameworkInFull(frameworkId), reads.site().categories())));
  }

  static byte[] of(Framework framework, List<String> categories) {
    StringBuilder csv = new StringBuilder();
    row(csv, "role", "grade", "level", "category", "statement", "evidence");
    for (Role role : framework.roles()) {
      for (LevelDefinition definition : framework.levels()) {
        Level level = LevelComparison.level(role, definition);
        for (String category : categories) {
          for (Item item : level.requirements().getOrDefault(category, List.of())) {
            row(csv, role.title(), role.grade(), definition.id(), category, text(item), "");
          }
          for (Item item : level.evidence().getOrDefault(category, List.of())) {
            row(csv, role.title(), role.grade(), definition.id(), category, "", item.text());
          }
        }
      }
    }
    byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return out;
  }

  private static String text(Item item) {
    return item.group() == null ? item.text() : item.group() + ": " + item.text();
  }

  private static void row(StringBuilder csv, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quote(cells[i]));
    }
    csv.append("\r\n");
  }

  /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so Excel never runs it as a formula. */
  static String quote(String cell) {
    String value = cell == null ? "" : cell;
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
