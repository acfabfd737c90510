package org.frameworkportal.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Content dates as staff read them: "16 June 2025", "December 2024". */
final class Dates {
  private Dates() {}

  static @Nullable String display(@Nullable String date) {
    if (date == null) {
      return null;
    }
    if (date.length() == 7) {
      return YearMonth.parse(date).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    }
    return LocalDate.parse(date).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }
}
