package org.frameworkportal.link;

import org.jspecify.annotations.Nullable;

/**
 * The step from one grade to another, where both are on one pay scale ("SW2" to "SW3": one grade
 * up). Grades of different scales ("MPR4" and "SW2") are not compared: the step is unknown.
 */
record GradeStep(@Nullable Integer up, String words) {

  /** More than one grade up, or a step that cannot be told. */
  boolean big() {
    return up == null || up > 1;
  }

  static GradeStep between(String from, String to) {
    @Nullable Integer a = number(from);
    @Nullable Integer b = number(to);
    if (a == null || b == null || !family(from).equalsIgnoreCase(family(to))) {
      return new GradeStep(
          null, "another pay scale (" + from + " to " + to + "): ask HR how the grades compare");
    }
    int up = b - a;
    String words =
        switch (up) {
          case 0 -> "same grade (" + to + ")";
          case 1 -> "one grade up (" + from + " to " + to + ")";
          case -1 -> "one grade down (" + from + " to " + to + ")";
          default ->
              up > 0
                  ? up + " grades up (" + from + " to " + to + "): a big step"
                  : -up + " grades down (" + from + " to " + to + ")";
        };
    return new GradeStep(up, words);
  }

  /** What comes before the grade's number: "SW" of "SW3", "Range" of "Range 4". */
  static String family(String grade) {
    int end = grade.length();
    int start = end;
    while (start > 0 && Character.isDigit(grade.charAt(start - 1))) {
      start--;
    }
    return grade.substring(0, start).strip();
  }

  /** The number a grade ends with, or null. */
  static @Nullable Integer number(String grade) {
    String g = grade.strip();
    int start = g.length();
    while (start > 0 && Character.isDigit(g.charAt(start - 1))) {
      start--;
    }
    if (start == g.length() || g.length() - start > 6) {
      return null;
    }
    return Integer.parseInt(g.substring(start));
  }
}
