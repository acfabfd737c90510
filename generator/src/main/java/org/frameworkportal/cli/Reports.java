package org.frameworkportal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.frameworkportal.validate.Problem;

/** How problems are told to the person at the keyboard. */
final class Reports {
  private Reports() {}

  /** How many statements carry no transferable skill, so HR can improve skills.yaml. */
  static void coverage(PrintWriter out, java.util.List<org.frameworkportal.link.Coverage> coverage) {
    for (org.frameworkportal.link.Coverage c : coverage) {
      out.printf("  %s: %d of %d statements carry a transferable skill (%d%%); %d carry none%n",
          Problem.printable(c.frameworkTitle()), c.statements() - c.untagged(), c.statements(), c.percentTagged(),
          c.untagged());
    }
  }

  static void problems(PrintWriter err, List<Problem> problems, Path out) {
    problems.forEach(problem -> err.println(problem.format()));
    err.printf("%d problem%s found.%s%n", problems.size(), problems.size() == 1 ? "" : "s",
        out == null ? "" : " Nothing was written: " + out + " is unchanged.");
    err.flush();
  }
}
