package org.frameworkportal.shape;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** How ids and dates are written, for the loader, the validator and the editor schemas alike. */
public final class Patterns {
  /** Ids (file, folder, team, skill, audience and category names): {@code team-manager}. */
  public static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

  /** Level ids as the loader takes them: "A", "B", "C", lower-cased in file names. */
  public static final String LEVEL_ID = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";

  /**
   * Level ids as the editor schemas offer them (A, D, A1): stricter than {@link #LEVEL_ID}, so that
   * an editor never starts a scheme whose ids differ only in case.
   */
  public static final String LEVEL_LETTER = "[A-Z][A-Z0-9]*";

  /** A role of the same framework ({@code team-manager}), or {@code framework-id/role-id}. */
  public static final String ROLE_REF = "(" + ID + "/)?" + ID;

  /** A role of any framework: {@code framework-id/role-id}. */
  public static final String FULL_ROLE_REF = ID + "/" + ID;

  /** YYYY-MM-DD or YYYY-MM. */
  public static final String DATE = "\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?";

  /** Text that is not only spaces. */
  public static final String NOT_BLANK = "\\S";

  private static final Pattern DATE_PATTERN = Pattern.compile(DATE);

  private Patterns() {}

  /** YYYY-MM-DD or YYYY-MM, and a day that exists: 2025-02-30 would stop the site being built. */
  public static boolean isDate(String text) {
    if (!DATE_PATTERN.matcher(text).matches()) {
      return false;
    }
    try {
      if (text.length() == 7) {
        YearMonth.parse(text);
      } else {
        LocalDate.parse(text);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
