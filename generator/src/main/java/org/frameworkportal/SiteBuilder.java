package org.frameworkportal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.Optional;
import org.frameworkportal.index.SearchIndex;
import org.frameworkportal.link.Portal;
import org.frameworkportal.load.ContentLoader;
import org.frameworkportal.model.Content;
import org.frameworkportal.render.RenderedPage;
import org.frameworkportal.render.SiteRenderer;
import org.frameworkportal.render.Templates;
import org.frameworkportal.validate.ContentValidator;
import org.frameworkportal.validate.Problem;
import org.frameworkportal.validate.Problems;
import org.frameworkportal.write.SiteWriter;

/**
 * The whole pipeline: load, validate, link, render, index, write. It stops after load or validate when the
 * content has problems, before anything is written.
 */
public final class SiteBuilder {

  /** Where things are. {@code contentName} is how messages name the content folder ("content"). */
  public record Options(Path content, String contentName, Path out, Path templates, Path assets, boolean review) {}

  /** Either the pages written, or the problems that stopped the build; {@code timings} in ms per stage. */
  public record Result(List<Problem> problems, int pagesWritten, Map<String, Long> timings) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public Result build(Options options) {
    Map<String, Long> timings = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    SiteWriter writer = new SiteWriter();
    writer.recoverInterruptedSwap(options.out());
    Problems problems = new Problems();
    Optional<Portal> portal = check(options, problems, timings);
    if (portal.isEmpty()) {
      return new Result(problems.sorted(), 0, timings);
    }
    // The search index needs only the model, so it is built beside the pages, not after them.
    CompletableFuture<List<RenderedPage>> index = CompletableFuture.supplyAsync(
        () -> timed(timings, "index", () -> new SearchIndex().render(portal.get())));
    List<RenderedPage> pages = new ArrayList<>(timed(timings, "render",
        () -> new SiteRenderer(new Templates(options.templates()), options.review()).render(portal.get())));
    pages.addAll(index.join());
    timed(timings, "write", () -> {
      writer.write(pages, options.assets(), options.out());
      return null;
    });
    return new Result(List.of(), pages.size(), timings);
  }

  /** Load, validate and link; the linked portal, or empty with the problems added. */
  public Optional<Portal> check(Options options, Problems problems) {
    return check(options, problems, new LinkedHashMap<>());
  }

  private Optional<Portal> check(Options options, Problems problems, Map<String, Long> timings) {
    ContentLoader loader = new ContentLoader(options.content(), options.contentName(), problems);
    Optional<Content> content = timed(timings, "load", loader::load);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    // Validate even after load problems, so an editor sees every mistake in one round.
    problems.addAll(timed(timings, "validate", () -> ContentValidator.validate(content.get(), loader.roleFilesOnDisk())));
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(timed(timings, "link", () -> Portal.link(content.get())));
  }

  private static <T> T timed(Map<String, Long> timings, String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      timings.put(stage, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
