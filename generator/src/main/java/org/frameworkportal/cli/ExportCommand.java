package org.frameworkportal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.frameworkportal.SiteBuilder;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Role;
import org.frameworkportal.workbook.WorkbookExport;
import org.frameworkportal.workbook.WorkbookFile;
import org.frameworkportal.workbook.WorkbookImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    description =
        "Writes a framework's requirements to an Excel workbook (.xlsx), a row per statement,"
            + " for HR to edit and bring back with 'portal import FILE.xlsx'.")
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ContentOptions folders;

  @Parameters(
      index = "0",
      paramLabel = "FRAMEWORK",
      description = "The framework's id, as its folder in content/frameworks is named.")
  String framework;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FILE.xlsx",
      description = "The workbook to write.")
  Path to;

  @Override
  public Integer call() throws IOException {
    if (!to.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
      throw new ParameterException(
          spec.commandLine(), "--to " + to + ": give a file name ending in .xlsx");
    }
    Problems problems = new Problems();
    var portal = SiteBuilder.check(folders.toBuildOptions(null, false), problems);
    if (portal.isEmpty()) {
      Reports.problems(spec.commandLine().getErr(), problems.sorted(), null);
      spec.commandLine().getErr().println("Fix these first, then export again.");
      return Failures.CONTENT;
    }
    var content = portal.get().content();
    Framework found =
        content.frameworks().stream()
            .filter(f -> f.id().equals(framework))
            .findFirst()
            .orElse(null);
    if (found == null) {
      throw new ParameterException(
          spec.commandLine(),
          "there is no framework \""
              + framework
              + "\" in "
              + folders.content
              + "; the frameworks are: "
              + content.frameworks().stream().map(Framework::id).collect(Collectors.joining(", ")));
    }
    String open = WorkbookFile.openElsewhere(to);
    if (open != null) {
      spec.commandLine().getErr().println("portal: " + to + " " + open + "; nothing was written.");
      return Failures.ENVIRONMENT;
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Role role : found.roles()) {
      files.put(
          role.id(),
          Files.readAllBytes(WorkbookImport.roleFile(folders.content, found.id(), role.id())));
    }
    byte[] workbook = WorkbookExport.of(content, found, files);
    Path target = to.toAbsolutePath();
    Path temporary = target.resolveSibling("." + target.getFileName() + ".export");
    try {
      Files.write(temporary, workbook);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      spec.commandLine()
          .getErr()
          .println(
              "portal: could not write "
                  + to
                  + ": "
                  + WorkbookFile.reason(e)
                  + "; nothing was written.");
      return Failures.ENVIRONMENT;
    }
    int statements =
        found.roles().stream()
            .mapToInt(
                r ->
                    r.levels().values().stream()
                        .mapToInt(
                            l ->
                                l.requirements().values().stream()
                                        .mapToInt(java.util.List::size)
                                        .sum()
                                    + l.evidence().values().stream()
                                        .mapToInt(java.util.List::size)
                                        .sum())
                        .sum())
            .sum();
    spec.commandLine()
        .getOut()
        .printf(
            "Wrote %s: %s, %d roles, %d statements.%nEdit it in Excel or LibreOffice, save it, close it,"
                + " then run: portal import %s --dry-run%n",
            to, found.title(), found.roles().size(), statements, to);
    return 0;
  }
}
