package org.frameworkportal.cli;

import java.util.concurrent.Callable;
import org.frameworkportal.SiteBuilder;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.link.SkillReport;
import org.frameworkportal.link.Warnings;
import org.frameworkportal.validate.Provisional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    description =
        "Checks the content and lists every problem, and warnings worth a look, without writing"
            + " anything. Exits with 0 when there are no problems (warnings allowed), 1 when there"
            + " are.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContentOptions folders;

  @picocli.CommandLine.Option(
      names = "--quiet",
      description = "Count the warnings instead of listing them.")
  boolean quiet;

  @picocli.CommandLine.Option(
      names = "--skills",
      description =
          "Also list every transferable skill with how many statements and roles it tags and"
              + " the phrases that found it, to review skills.yaml.")
  boolean skills;

  @Override
  public Integer call() {
    folders.requireFolders(spec.commandLine());
    Problems problems = new Problems();
    var portal = SiteBuilder.check(folders.toBuildOptions(null, false), problems);
    if (portal.isEmpty()) {
      Reports.problems(spec.commandLine().getErr(), problems.sorted(), null);
      return 1;
    }
    var warnings = Warnings.grouped(portal.get());
    int count = warnings.values().stream().mapToInt(java.util.List::size).sum();
    Reports.warnings(spec.commandLine().getOut(), warnings, quiet);
    spec.commandLine()
        .getOut()
        .printf(
            "No problems found in %s: %d frameworks, %d roles; %d warning%s%s.%n",
            folders.content,
            portal.get().frameworks().size(),
            portal.get().roles().size(),
            count,
            count == 1 ? "" : "s",
            quiet && count > 0 ? " (run without --quiet to list them)" : "");
    Reports.coverage(spec.commandLine().getOut(), portal.get().coverage());
    if (skills) {
      Reports.skills(spec.commandLine().getOut(), SkillReport.of(portal.get()));
    }
    Reports.toConfirm(
        spec.commandLine().getOut(), Provisional.byFramework(portal.get().content()), quiet);
    return 0;
  }
}
