package org.frameworkportal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.frameworkportal.SiteBuilder;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.workbook.ImportPlan;
import org.frameworkportal.workbook.WorkbookFile;
import org.frameworkportal.workbook.WorkbookImport;
import org.frameworkportal.workbook.WorkbookProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    description =
        "Writes the edits made in a workbook from 'portal export' back to the role files, after"
            + " checking every row: with any mistake, nothing is changed. Exits with 0 when all is"
            + " well, 1 when the workbook or the content has problems.")
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContentOptions folders;

  @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "The edited workbook.")
  Path workbook;

  @Option(names = "--dry-run", description = "Show what would change, and change nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    String name = workbook.toString();
    if (!Files.isRegularFile(workbook)) {
      err.println("portal: " + name + ": there is no such file; give the workbook's path");
      return Failures.ENVIRONMENT;
    }
    String open = WorkbookFile.openElsewhere(workbook);
    if (open != null) {
      err.println(
          name
              + ": "
              + open
              + "; save your edits and close it there first, then import again. Nothing was changed.");
      return Failures.CONTENT;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(workbook);
    } catch (IOException e) {
      err.println(
          "portal: could not read "
              + name
              + ": "
              + WorkbookFile.reason(e)
              + ". Nothing was changed.");
      return Failures.ENVIRONMENT;
    }
    Problems problems = new Problems();
    var portal = SiteBuilder.check(folders.toBuildOptions(null, false), problems);
    if (portal.isEmpty()) {
      Reports.problems(err, problems.sorted(), null);
      err.println("Fix these in the content first, then import again. Nothing was changed.");
      return Failures.CONTENT;
    }
    ImportPlan plan =
        WorkbookImport.plan(
            portal.get().content(), folders.content, folders.content.toString(), bytes);
    if (!plan.problems().isEmpty()) {
      return refuse(err, name, plan.problems().stream().map(p -> p.format(name)).toList());
    }
    List<Problem> after = plan.check(folders.content, folders.content.toString());
    if (!after.isEmpty()) {
      return refuse(
          err,
          name,
          after.stream()
              .map(
                  p ->
                      new WorkbookProblem(
                              null,
                              null,
                              "these edits would leave a problem in the content: " + p.format())
                          .format(name))
              .toList());
    }
    StringWriter text = new StringWriter();
    plan.print(new PrintWriter(text));
    text.toString().lines().forEach(line -> out.println(Problem.printable(line)));
    if (plan.files().isEmpty()) {
      out.println("Nothing to change: the role files already say what " + name + " says.");
      return 0;
    }
    if (dryRun) {
      out.printf(
          "Dry run: %d role file%s would change; run again without --dry-run to change %s.%n",
          plan.files().size(),
          plan.files().size() == 1 ? "" : "s",
          plan.files().size() == 1 ? "it" : "them");
      return 0;
    }
    plan.apply();
    out.printf(
        "Changed %d role file%s:%n", plan.files().size(), plan.files().size() == 1 ? "" : "s");
    plan.files().keySet().stream().sorted().forEach(f -> out.println("  " + f));
    out.println("Run 'portal check', then 'portal build' to see the pages.");
    return 0;
  }

  private static int refuse(PrintWriter err, String name, List<String> messages) {
    messages.forEach(m -> err.println(Problem.printable(m)));
    err.printf(
        "%d problem%s found in %s. Nothing was changed: fix %s in the workbook and import again.%n",
        messages.size(),
        messages.size() == 1 ? "" : "s",
        name,
        messages.size() == 1 ? "it" : "them");
    err.flush();
    return Failures.CONTENT;
  }
}
