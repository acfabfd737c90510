package org.frameworkportal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.frameworkportal.validate.Problem;

/** How problems are told to the person at the keyboard. */
final class Reports {
  private Reports() {}

  static void problems(PrintWriter err, List<Problem> problems, Path out) {
    problems.forEach(problem -> err.println(problem.format()));
    err.printf("%d problem%s found.%s%n", problems.size(), problems.size() == 1 ? "" : "s",
        out == null ? "" : " Nothing was written: " + out + " is unchanged.");
    err.flush();
  }
}
