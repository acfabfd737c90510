package org.frameworkportal.workbook;

import java.util.List;
import java.util.regex.Pattern;

/** Text written as a YAML value: plain where YAML reads it back unchanged, else double-quoted. */
final class YamlScalars {
  private YamlScalars() {}

  /** Words YAML 1.1 or 1.2 would read as something other than text, numbers and dates. */
  private static final Pattern NOT_TEXT =
      Pattern.compile(
          "(?i)(y|n|yes|no|true|false|on|off|null|~|[-+.0-9][-+.0-9_:eE]*|\\.inf|\\.nan|\\d{4}-.*)");

  static String of(String text) {
    return plain(text) ? text : quoted(text);
  }

  static String flowList(List<String> ids) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < ids.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(of(ids.get(i)));
    }
    return out.append(']').toString();
  }

  private static boolean plain(String text) {
    if (text.isEmpty()
        || !text.strip().equals(text)
        || NOT_TEXT.matcher(text).matches()
        || "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) >= 0
        || text.contains(": ")
        || text.contains(" #")
        || text.endsWith(":")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFEFF') {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
