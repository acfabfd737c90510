package org.frameworkportal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.link.Warnings;
import org.frameworkportal.validate.Provisional;
import org.jspecify.annotations.Nullable;

/** How problems are told to the person at the keyboard. */
final class Reports {
  private Reports() {}

  /** How many statements carry no transferable skill, so HR can improve skills.yaml. */
  static void coverage(
      PrintWriter out, java.util.List<org.frameworkportal.link.Coverage> coverage) {
    for (org.frameworkportal.link.Coverage c : coverage) {
      out.printf(
          "  %s: %d of %d statements carry a transferable skill (%d%%); %d carry none%n",
          Problem.printable(c.frameworkTitle()),
          c.statements() - c.untagged(),
          c.statements(),
          c.percentTagged(),
          c.untagged());
    }
  }

  /**
   * Warnings a kind at a time: its heading and count, what to do, then each place, named by its
   * first words.
   */
  static void warnings(
      PrintWriter out,
      java.util.Map<Warnings.Kind, List<Warnings.Warning>> warnings,
      boolean quiet) {
    for (var group : warnings.entrySet()) {
      out.printf("Warning: %s (%d)%n", group.getKey().heading(), group.getValue().size());
      if (quiet) {
        continue;
      }
      out.println(
          "  "
              + Character.toUpperCase(group.getKey().advice().charAt(0))
              + group.getKey().advice().substring(1)
              + ":");
      group
          .getValue()
          .forEach(w -> out.println("  " + Problem.printable(w.at() + ": " + w.about())));
      out.println();
    }
  }

  /**
   * What is marked provisional, per framework: a count, then each place, so HR can work through it.
   */
  static void toConfirm(
      PrintWriter out, java.util.Map<String, List<Provisional.ToConfirm>> lists, boolean quiet) {
    if (lists.isEmpty()) {
      return;
    }
    out.println();
    out.println(
        "To confirm with the services (marked 'provisional:'; staff see them as to be confirmed or suggested."
            + " Remove the key once confirmed):");
    lists.forEach(
        (framework, list) -> {
          out.printf("  %s: %d%n", Problem.printable(framework), list.size());
          if (!quiet) {
            list.forEach(
                item -> out.println("    " + Problem.printable(item.at() + ": " + item.what())));
          }
        });
  }

  static void problems(PrintWriter err, List<Problem> problems, @Nullable Path out) {
    Excerpt excerpt = new Excerpt();
    problems.forEach(
        problem -> {
          err.println(problem.format());
          excerpt.of(problem.at()).forEach(err::println);
        });
    err.printf(
        "%d problem%s found.%s%n",
        problems.size(),
        problems.size() == 1 ? "" : "s",
        out == null ? "" : " Nothing was written: " + out + " is unchanged.");
    err.flush();
  }
}
