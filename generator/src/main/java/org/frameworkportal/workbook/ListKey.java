package org.frameworkportal.workbook;

import java.util.List;

/**
 * One list of statements in a role file: the requirements or the evidence of a category at a level.
 */
record ListKey(String level, boolean evidence, String category) {

  /** The keys leading to the list in the role file, from its top. */
  List<String> path() {
    return evidence
        ? List.of("levels", level, "evidence", category)
        : List.of("levels", level, category);
  }

  /** How {@code portal diff} names a statement of this list. */
  String describe(String text) {
    return "Level " + level + " " + (evidence ? "evidence of " : "") + category + ": " + text;
  }
}
