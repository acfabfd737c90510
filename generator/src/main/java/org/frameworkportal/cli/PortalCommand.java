package org.frameworkportal.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code portal}: builds and checks the career frameworks site. Exit 0 ok, 1 content problems, 2
 * usage.
 */
@Command(
    name = "portal",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT, // every command answers --help and --version
    version = "Framework Portal 0.1",
    description = "Builds the career progression frameworks site from the YAML in content/.",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      ServeCommand.class,
      NewCommand.class,
      DiffCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PortalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to do, for example: portal build");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    // The JVM's default charset is the terminal's best guess: JDK 17 has no System.out.charset().
    Charset terminal = Charset.defaultCharset();
    return run(
        new PrintWriter(System.out, true, terminal),
        new PrintWriter(System.err, true, terminal),
        args);
  }

  /** Runs the command line and returns its exit status; the tests call this directly. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new PortalCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    // Wide enough that no description is cut in the list of commands, the same on every terminal.
    commandLine.setUsageHelpWidth(100);
    // What the commands did not report themselves: said plainly; a fault in the portal goes to a
    // log.
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          int exit = Failures.report(e, cmd.getErr());
          cmd.getErr().flush();
          return exit;
        });
    // A folder name this computer cannot hold (with LANG=C, Java reads only plain ASCII names).
    commandLine.registerConverter(
        java.nio.file.Path.class,
        text -> {
          try {
            return java.nio.file.Path.of(text);
          } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException(
                "'"
                    + org.frameworkportal.diag.Problem.printable(text)
                    + "' cannot be used as a file or folder name on this computer; if it has letters outside A to Z, set"
                    + " LANG to a UTF-8 setting (for example LANG=C.UTF-8), or choose a plainer name");
          }
        });
    try {
      return commandLine.execute(args);
    } catch (Throwable e) { // errors (out of memory, nesting too deep) pass picocli's handler by
      int exit = Failures.report(e, err);
      err.flush();
      return exit;
    }
  }
}
