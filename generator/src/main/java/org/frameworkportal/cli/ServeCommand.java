package org.frameworkportal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.frameworkportal.SiteBuilder;
import org.frameworkportal.serve.ContentWatcher;
import org.frameworkportal.serve.StaticFileServer;
import org.frameworkportal.validate.Problem;
import org.frameworkportal.write.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {
    "Builds a preview of the site, serves it on this computer only, and rebuilds it whenever content,",
    "templates or site assets change; open pages reload by themselves. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
  /** Made when serve first answers, not when picocli makes this command for every run of the launcher. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  @Spec CommandSpec spec;

  @Mixin ContentOptions folders;

  @Option(names = "--port", paramLabel = "N", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE})", defaultValue = "8080")
  int port;

  @Option(names = "--out", paramLabel = "DIR", description = "preview folder (default: ${DEFAULT-VALUE}); site/ is left alone",
      defaultValue = ".preview")
  Path out;

  @Option(names = "--compare-with", paramLabel = "DIR", defaultValue = "site",
      description = "the published site whose statements 'What's changed' compares with (default: ${DEFAULT-VALUE})")
  Path compareWith;

  @Option(names = "--review", description = "show editorial notes beside the statements")
  boolean review;

  private volatile int version;
  private volatile List<Problem> problems = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter say = spec.commandLine().getOut();
    SiteBuilder.Options options = folders.toBuildOptions(out, review);
    SiteWriter.InPlace preview = new SiteWriter.InPlace(out);
    SiteBuilder builder = new SiteBuilder();
    try {
      SiteWriter.clearPreview(preview.root());
    } catch (SiteWriter.OutputProblem e) {
      spec.commandLine().getErr().println("portal: " + e.getMessage());
      return 2;
    }
    rebuild(builder, options, preview, say, true);
    StaticFileServer server;
    try {
      server = new StaticFileServer(out, port, this::state);
    } catch (BindException e) {
      spec.commandLine().getErr().println("portal: port " + port + " is in use; try --port " + (port + 1));
      return 2;
    }
    say.printf("Serving %s at %s (this computer only). Edit files in %s; press Ctrl+C to stop.%n",
        review ? "a review build" : "the preview", server.url(), folders.content);
    say.flush();
    Path templates = options.templates().toAbsolutePath().normalize();
    Path assets = options.assets().toAbsolutePath().normalize();
    try (ContentWatcher watcher = new ContentWatcher(List.of(options.content(), options.templates(), options.assets()))) {
      watcher.run(changes -> {
        // Templates or assets changed, or the watcher lost count: every page may look different now.
        if (changes.everything() || changes.paths().stream().map(p -> p.toAbsolutePath().normalize())
            .anyMatch(p -> p.startsWith(templates) || p.startsWith(assets))) {
          builder.forgetRenderedPages();
        }
        rebuild(builder, options, preview, say, false);
      });
    } finally {
      server.close();
    }
    return 0;
  }

  private void rebuild(SiteBuilder builder, SiteBuilder.Options options, SiteWriter.InPlace preview, PrintWriter say,
      boolean first) {
    SiteBuilder.Update update;
    try {
      update = builder.update(options, preview, compareWith);
    } catch (RuntimeException e) {
      // A template mistake while editing templates: report it and keep serving the last good pages.
      problems = List.of(Problem.at(org.frameworkportal.model.SourcePosition.startOf("templates"), String.valueOf(e.getMessage())));
      say.println("Template problem: " + e.getMessage());
      say.flush();
      return;
    }
    if (!update.ok()) {
      problems = update.problems();
      update.problems().forEach(problem -> say.println(problem.format()));
      say.printf("%d problem%s: the preview still shows the last good pages.%n", update.problems().size(),
          update.problems().size() == 1 ? "" : "s");
    } else {
      boolean hadProblems = !problems.isEmpty();
      problems = List.of();
      if (update.written() > 0 || hadProblems) {
        version++;
      }
      if (first) {
        say.printf("Built the preview: %d pages rendered, %d files written in %d ms%n", update.rendered(),
            update.written(), update.millis());
      } else {
        say.printf("Rebuilt %d pages in %d ms (%d files written)%n", update.rendered(), update.millis(), update.written());
      }
      say.flush();
      long indexMillis = builder.refreshSearchIndex(preview);
      if (indexMillis > 0) {
        say.printf("  search index updated in %d ms%n", indexMillis);
      }
    }
    say.flush();
  }

  private byte[] state() {
    ObjectNode state = Json.MAPPER.createObjectNode();
    state.put("version", version);
    ArrayNode list = state.putArray("problems");
    for (Problem problem : problems) {
      list.addObject().put("file", problem.at().file()).put("line", problem.at().line())
          .put("column", problem.at().column()).put("message", problem.message()).put("hint", problem.hint());
    }
    try {
      return Json.MAPPER.writeValueAsBytes(state);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
