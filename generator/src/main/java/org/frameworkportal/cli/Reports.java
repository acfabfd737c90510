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
   * Per transferable skill: how many statements and roles it tags, the phrases that found it (most
   * used first) and the matches that did not count, so HR can review skills.yaml.
   */
  static void skills(PrintWriter out, List<org.frameworkportal.link.SkillReport.Line> lines) {
    out.println();
    out.println("Transferable skills: what each tags and which phrases found it");
    for (var line : lines) {
      out.printf(
          "%n%s (%s): %d statement%s in %d role%s%n",
          Problem.printable(line.skill().name()),
          line.skill().id(),
          line.statements(),
          line.statements() == 1 ? "" : "s",
          line.roles(),
          line.roles() == 1 ? "" : "s");
      if (line.statements() == 0) {
        out.println("  No statement uses it: check its match phrases, or remove the skill.");
      }
      printCounts(out, "Found by", line.phrases(), true);
      printCounts(out, "Found but not counted", line.kept(), false);
      if (line.added() > 0) {
        out.printf("  Added by hand ('skills:' on the statement): %d%n", line.added());
      }
      if (line.removed() > 0) {
        out.printf("  Taken away by hand ('not_skills:' on the statement): %d%n", line.removed());
      }
    }
    out.println();
  }

  private static void printCounts(
      PrintWriter out, String heading, java.util.Map<String, Integer> counts, boolean quote) {
    if (counts.isEmpty()) {
      return;
    }
    out.println("  " + heading + ":");
    counts.entrySet().stream()
        .sorted(
            java.util.Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey()))
        .forEach(
            e ->
                out.printf(
                    "    %s in %d statement%s%n",
                    quote
                        ? "\"" + Problem.printable(e.getKey()) + "\""
                        : Problem.printable(e.getKey()),
                    e.getValue(),
                    e.getValue() == 1 ? "" : "s"));
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
