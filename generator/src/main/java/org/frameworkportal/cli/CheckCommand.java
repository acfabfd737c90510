package org.frameworkportal.cli;

import java.util.concurrent.Callable;
import org.frameworkportal.SiteBuilder;
import org.frameworkportal.validate.Problems;
import org.frameworkportal.validate.Warnings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = {"Checks the content and lists every problem, and warnings worth a look, without",
    "writing anything. Exit 0 when there are no problems (warnings allowed), 1 when there are."})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContentOptions folders;

  @picocli.CommandLine.Option(names = "--quiet", description = "count the warnings instead of listing them")
  boolean quiet;

  @Override
  public Integer call() {
    Problems problems = new Problems();
    var portal = new SiteBuilder().check(folders.toBuildOptions(null, false), problems);
    if (portal.isEmpty()) {
      Reports.problems(spec.commandLine().getErr(), problems.sorted(), null);
      return 1;
    }
    java.util.List<org.frameworkportal.validate.Problem> warnings = Warnings.of(portal.get());
    if (!quiet) {
      warnings.forEach(w -> spec.commandLine().getOut().println(w.formatWarning()));
    }
    spec.commandLine().getOut().printf("No problems found in %s: %d frameworks, %d roles; %d warning%s%s.%n",
        folders.content, portal.get().frameworks().size(), portal.get().roles().size(), warnings.size(),
        warnings.size() == 1 ? "" : "s", quiet && !warnings.isEmpty() ? " (run without --quiet to list them)" : "");
    Reports.coverage(spec.commandLine().getOut(), portal.get().coverage());
    return 0;
  }
}
