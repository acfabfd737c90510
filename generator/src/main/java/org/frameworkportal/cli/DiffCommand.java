package org.frameworkportal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.frameworkportal.changes.ChangeLog;
import org.frameworkportal.changes.Manifest;
import org.frameworkportal.write.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    description =
        "Lists the statements added, removed or reworded between two built sites, for example"
            + " the published one and a new build, before publishing.")
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "OLD-SITE",
      description = "The folder of the site as published.")
  Path oldSite;

  @Parameters(index = "1", paramLabel = "NEW-SITE", description = "The folder of the new build.")
  Path newSite;

  @Override
  public Integer call() {
    Optional<Manifest> before =
        OutputFolder.readPublished(oldSite, Manifest.FILE).flatMap(Manifest::parse);
    Optional<Manifest> after =
        OutputFolder.readPublished(newSite, Manifest.FILE).flatMap(Manifest::parse);
    if (before.isEmpty() || after.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "portal: "
                  + (before.isEmpty() ? oldSite : newSite)
                  + " has no "
                  + Manifest.FILE
                  + "; is it a site built by the portal?");
      return 2;
    }
    PrintWriter out = spec.commandLine().getOut();
    java.io.StringWriter text = new java.io.StringWriter();
    ChangeLog.print(
        ChangeLog.compare(before.get().roles(), after.get().roles()), new PrintWriter(text));
    // Statements come from content: control characters in them are shown, never sent to the
    // terminal.
    text.toString()
        .lines()
        .forEach(line -> out.println(org.frameworkportal.diag.Problem.printable(line)));
    out.flush();
    return 0;
  }
}
