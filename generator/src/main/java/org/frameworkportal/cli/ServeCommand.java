package org.frameworkportal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.frameworkportal.SiteBuilder;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.serve.ContentWatcher;
import org.frameworkportal.serve.PreviewStore;
import org.frameworkportal.serve.StaticFileServer;
import org.frameworkportal.serve.TemplateFaults;
import org.frameworkportal.write.OutputLock;
import org.frameworkportal.write.SiteWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    description =
        "Builds a preview of the site, serves it on this computer only, and rebuilds it whenever"
            + " content, templates or site assets change; open pages reload by themselves. Stop it"
            + " with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {
  /**
   * Made when serve first answers, not when picocli makes this command for every run of the
   * launcher.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @Spec CommandSpec spec;

  @Mixin ContentOptions folders;

  // Read as text, so that a wrong value gets one plain line instead of a usage screen or a stack
  // trace.
  @Option(
      names = "--port",
      paramLabel = "N",
      description = "The port on 127.0.0.1, or 0 for any free port (default: ${DEFAULT-VALUE}).",
      defaultValue = "8080")
  String port;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The preview folder (default: ${DEFAULT-VALUE}); site/ is left alone.",
      defaultValue = ".preview")
  Path out;

  @Option(
      names = "--compare-with",
      paramLabel = "DIR",
      defaultValue = "site",
      description =
          "The published site whose statements 'What's changed' compares with (default: ${DEFAULT-VALUE}).")
  Path compareWith;

  @Option(names = "--review", description = "Show the editorial notes beside the statements.")
  boolean review;

  private final AtomicInteger version = new AtomicInteger();
  private volatile List<Problem> problems = List.of();

  /** Where this session writes the detail of faults in the portal, made at the first one. */
  private @Nullable Path faultLog;

  @Override
  public Integer call() throws Exception {
    PrintWriter say = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    OptionalInt portNumber = portNumber(port);
    if (portNumber.isEmpty()) {
      err.println(
          "portal: --port must be a whole number from 1 to 65535, or 0 for any free port; '"
              + port
              + "' is not one");
      return 2;
    }
    folders.requireFolders(spec.commandLine());
    SiteBuilder.Options options = folders.toBuildOptions(out, review);
    SiteWriter.InPlace preview = new SiteWriter.InPlace(out);
    PreviewStore builder = new PreviewStore(options);
    // The preview folder is this server's alone while it runs: a build into it waits or is refused.
    OutputLock lock;
    try {
      SiteWriter.checkTarget(preview.root());
      folders.refuseOverlap(out, "--out");
      if (ContentOptions.isPublishingFolder(out)
          || SiteWriter.holdsBuild(ContentOptions.real(out))) {
        throw new SiteWriter.OutputProblem(
            out
                + " holds a built site, or is the folder the site is published from;"
                + " the preview is kept in a folder of its own, so leave out --out (it uses .preview) or choose another"
                + " folder. Nothing was changed.");
      }
      lock = OutputLock.acquire(out, "serve", java.time.Duration.ZERO, message -> {});
    } catch (SiteWriter.OutputProblem e) {
      err.println("portal: " + e.getMessage());
      return 2;
    }
    try (lock) {
      SiteWriter.clearPreview(preview.root());
      return watchAndServe(portNumber.getAsInt(), builder, options, preview, say, err);
    } catch (SiteWriter.OutputProblem e) {
      err.println("portal: " + e.getMessage());
      return 2;
    }
  }

  private int watchAndServe(
      int port,
      PreviewStore builder,
      SiteBuilder.Options options,
      SiteWriter.InPlace preview,
      PrintWriter say,
      PrintWriter err)
      throws IOException {
    // Watching starts before the first build, so that an edit saved while it runs is not lost.
    try (ContentWatcher watcher =
        new ContentWatcher(List.of(options.content(), options.templates(), options.assets()))) {
      StaticFileServer server = listen(port, err);
      if (server == null) {
        return 2;
      }
      try (server) {
        serve(watcher, server, builder, options, preview, say);
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt(); // stopped from outside: a normal end
    }
    return 0;
  }

  /** The first build, then a rebuild after each batch of changes, until interrupted. */
  private void serve(
      ContentWatcher watcher,
      StaticFileServer server,
      PreviewStore builder,
      SiteBuilder.Options options,
      SiteWriter.InPlace preview,
      PrintWriter say)
      throws InterruptedException {
    rebuild(builder, preview, say, true);
    say.printf(
        "Serving %s at %s (this computer only). Edit files in %s; press Ctrl+C to stop.%n",
        review ? "a review build" : "the preview", server.url(), folders.content);
    say.flush();
    // Changes saved during the first build are already waiting in the watcher: the first batch
    // rebuilds for them.
    watcher.run(
        changes -> {
          if (changes.everything() || touchesTemplatesOrAssets(changes.paths(), options)) {
            builder.forgetPages(); // every page may look different now
          }
          rebuild(builder, preview, say, false);
        });
  }

  /** The port asked for, or empty when it is not one: 0 (any free port) to 65535. */
  static OptionalInt portNumber(String text) {
    if (text == null || !text.matches("[0-9]{1,5}")) {
      return OptionalInt.empty();
    }
    int number = Integer.parseInt(text);
    return number <= 65535 ? OptionalInt.of(number) : OptionalInt.empty();
  }

  /** The server, or null after saying why it could not listen on the port. */
  private @Nullable StaticFileServer listen(int port, PrintWriter err) throws IOException {
    try {
      return new StaticFileServer(out, port, this::state);
    } catch (BindException e) {
      if (port < 1024 && String.valueOf(e.getMessage()).contains("ermission")) {
        err.println(
            "portal: port "
                + port
                + " needs administrator rights on this computer; try --port 8080");
      } else {
        err.println(
            "portal: port " + port + " is in use; try --port " + (port < 65535 ? port + 1 : 0));
      }
      return null;
    }
  }

  private static boolean touchesTemplatesOrAssets(Set<Path> changed, SiteBuilder.Options options) {
    Path templates = options.templates().toAbsolutePath().normalize();
    Path assets = options.assets().toAbsolutePath().normalize();
    return changed.stream()
        .map(p -> p.toAbsolutePath().normalize())
        .anyMatch(p -> p.startsWith(templates) || p.startsWith(assets));
  }

  /**
   * Brings the preview up to date; whatever goes wrong is reported, and serving goes on with the
   * last good pages.
   */
  private void rebuild(
      PreviewStore builder, SiteWriter.InPlace preview, PrintWriter say, boolean first) {
    try {
      PreviewStore.Update update = builder.update(preview, compareWith);
      if (update.ok()) {
        reportBuilt(update, builder, preview, say, first);
      } else {
        problems = update.problems();
        update.problems().forEach(problem -> say.println(problem.format()));
        say.printf(
            "%d problem%s: the preview still shows the last good pages.%n",
            update.problems().size(), update.problems().size() == 1 ? "" : "s");
      }
    } catch (RuntimeException | StackOverflowError e) {
      reportFault(e, say);
    }
    say.flush();
  }

  private void reportBuilt(
      PreviewStore.Update update,
      PreviewStore builder,
      SiteWriter.InPlace preview,
      PrintWriter say,
      boolean first) {
    boolean hadProblems = !problems.isEmpty();
    problems = List.of();
    if (update.written() > 0 || hadProblems) {
      version.incrementAndGet();
    }
    if (first) {
      say.printf(
          "Built the preview: %d pages rendered, %d files written in %d ms%n",
          update.rendered(), update.written(), update.millis());
    } else {
      say.printf(
          "Rebuilt %d pages in %d ms (%d files written)%n",
          update.rendered(), update.millis(), update.written());
    }
    say.flush();
    long indexMillis = builder.refreshUnshown(preview);
    if (indexMillis > 0) {
      say.printf("  search index updated in %d ms%n", indexMillis);
    }
  }

  /**
   * A rebuild that stopped with an exception: a template mistake is reported at its place in the
   * template; anything else is a fault in the portal, whose detail goes to a log file.
   */
  private void reportFault(Throwable fault, PrintWriter say) {
    for (Throwable cause = fault; cause != null; cause = cause.getCause()) {
      if (cause instanceof SiteWriter.OutputProblem disk) {
        // the disk, not the portal: a full or read-only disk is said as such
        problems = List.of(Problem.at(SourcePosition.wholeFile(out.toString()), disk.getMessage()));
        say.println(
            "portal: "
                + disk.getMessage()
                    .replace(
                        "The published site was not changed.",
                        "The last good pages stay in the preview."));
        return;
      }
    }
    String log = writeToFaultLog(fault);
    Optional<Problem> template = TemplateFaults.problem(fault, log);
    if (template.isPresent()) {
      problems = List.of(template.get());
      say.println(template.get().format());
      say.println("The preview still shows the last good pages; fix the template and save it.");
      return;
    }
    String details =
        log == null
            ? "The details could not be written to a file."
            : "The details for a developer are in " + log + ".";
    String what =
        "The preview could not be rebuilt because of a fault in the portal itself, not in your files.";
    problems =
        List.of(
            Problem.at(
                SourcePosition.wholeFile(log == null ? "portal" : log),
                what + " The last good pages stay in the preview. " + details));
    say.println(what);
    say.println("The last good pages stay in the preview, and it keeps watching for changes.");
    say.println(details);
  }

  /**
   * Appends the fault's detail to this session's log file in the system temp folder; its path, or
   * null.
   */
  private @Nullable String writeToFaultLog(Throwable fault) {
    try {
      if (faultLog == null) {
        faultLog = Files.createTempFile("portal-serve-", ".log");
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    Path log =
        Failures.appendTrace(
            faultLog,
            java.time.LocalDateTime.now(ZoneId.systemDefault()) + " rebuilding the preview:",
            fault);
    return log == null ? null : log.toString();
  }

  private byte[] state() {
    ObjectNode state = Json.MAPPER.createObjectNode();
    state.put("version", version.get());
    ArrayNode list = state.putArray("problems");
    for (Problem problem : problems) {
      list.addObject()
          .put("file", problem.at().file())
          .put("line", problem.at().line())
          .put("column", problem.at().column())
          .put("message", problem.message())
          .put("hint", problem.hint());
    }
    try {
      return Json.MAPPER.writeValueAsBytes(state);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
