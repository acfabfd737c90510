package org.frameworkportal.cli;

import java.util.concurrent.Callable;
import org.frameworkportal.SiteBuilder;
import org.frameworkportal.validate.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "Checks the content and lists every problem, without writing anything.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContentOptions folders;

  @Override
  public Integer call() {
    Problems problems = new Problems();
    var portal = new SiteBuilder().check(folders.toBuildOptions(null, false), problems);
    if (portal.isEmpty()) {
      Reports.problems(spec.commandLine().getErr(), problems.sorted(), null);
      return 1;
    }
    spec.commandLine().getOut().printf("No problems found in %s: %d frameworks, %d roles.%n",
        folders.content, portal.get().frameworks().size(), portal.get().roles().size());
    Reports.coverage(spec.commandLine().getOut(), portal.get().coverage());
    return 0;
  }
}
