package org.frameworkportal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.frameworkportal.changes.ChangeLog;
import org.frameworkportal.changes.Manifest;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.index.SearchIndex;
import org.frameworkportal.link.Portal;
import org.frameworkportal.link.SkillTagger;
import org.frameworkportal.load.ContentLoader;
import org.frameworkportal.load.YamlCache;
import org.frameworkportal.model.Content;
import org.frameworkportal.render.RenderedPage;
import org.frameworkportal.render.SiteRenderer;
import org.frameworkportal.render.Templates;
import org.frameworkportal.validate.ContentValidator;
import org.frameworkportal.write.SiteWriter;

/**
 * The whole pipeline: load, validate, link, render, index, write. It stops after load or validate
 * when the content has problems, before anything is written.
 */
public final class SiteBuilder {

  /** Where things are. {@code contentName} is how messages name the content folder ("content"). */
  public record Options(
      Path content, String contentName, Path out, Path templates, Path assets, boolean review) {}

  /**
   * Either the pages written, or the problems that stopped the build; {@code timings} in ms per
   * stage.
   */
  public record Result(
      List<Problem> problems,
      int pagesWritten,
      Map<String, Long> timings,
      Manifest manifest,
      int warnings) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Kept between builds of the preview server, so an edit costs only what it changes. */
  private final YamlCache yamlCache = new YamlCache();

  private SkillTagger tagger = new SkillTagger(List.of());
  private SiteRenderer renderer;
  private String rendererKey;
  private Portal lastPortal;
  private final Map<org.frameworkportal.model.Role, Manifest.Listed> listed =
      new java.util.IdentityHashMap<>();
  private List<SearchIndex.Entry> lastEntries = List.of();
  private List<RenderedPage> lastIndex = List.of();

  /**
   * What a preview update did: pages run through the templates, files written, and how long it
   * took.
   */
  public record Update(
      List<Problem> problems, int rendered, int written, long millis, Map<String, Long> timings) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * Brings the preview folder up to date in place: only pages whose content changed are rendered,
   * only files whose bytes changed are written. Content with problems changes nothing.
   */
  public Update update(Options options, SiteWriter.InPlace preview, Path publishedSite) {
    long start = System.nanoTime();
    Map<String, Long> timings = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    Problems problems = new Problems();
    Optional<Portal> portal = check(options, problems, timings, lastPortal);
    if (portal.isEmpty()) {
      return new Update(problems.sorted(), 0, 0, (System.nanoTime() - start) / 1_000_000, timings);
    }
    lastPortal = portal.get();
    SiteRenderer pagesRenderer = renderer(options);
    Manifest manifest =
        ChangeLog.next(
            Manifest.readFrom(publishedSite), Manifest.statementsOf(portal.get(), listed));
    List<RenderedPage> pages =
        new ArrayList<>(
            timed(timings, "render", () -> pagesRenderer.render(portal.get(), manifest)));
    if (lastIndex.isEmpty()) {
      pages.addAll(timed(timings, "index", () -> searchFiles(portal.get())));
      pages.add(manifestFile(manifest));
    } else {
      // The search index and the manifest (13 MB each at 2,000 roles, and no page shows them) are
      // brought up to date by refreshSearchIndex, once the pages are out.
      pages.addAll(lastIndex);
      pages.add(lastManifest);
      pendingIndex = portal.get();
      pendingManifest = manifest;
    }
    int written = timed(timings, "write", () -> preview.update(pages, options.assets()));
    return new Update(
        List.of(),
        pagesRenderer.pagesRenderedLastTime(),
        written,
        (System.nanoTime() - start) / 1_000_000,
        timings);
  }

  private SiteRenderer renderer(Options options) {
    String key = options.templates().toAbsolutePath() + "|" + options.review();
    if (renderer == null || !key.equals(rendererKey)) {
      renderer = new SiteRenderer(new Templates(options.templates()), options.review(), true);
      rendererKey = key;
    }
    return renderer;
  }

  /** Drops the rendered pages, for when templates change: every page may look different. */
  public void forgetRenderedPages() {
    renderer = null;
    lastPortal = null;
    listed.clear();
  }

  /**
   * Brings the preview's search index up to date after {@link #update} has written the pages, so an
   * edited page is on screen without waiting for the index; returns the milliseconds it took.
   */
  public long refreshSearchIndex(SiteWriter.InPlace preview) {
    if (pendingIndex == null) {
      return 0;
    }
    long start = System.nanoTime();
    List<RenderedPage> files = new ArrayList<>(searchFiles(pendingIndex));
    files.add(manifestFile(pendingManifest));
    preview.writeChanged(files);
    pendingIndex = null;
    pendingManifest = null;
    return (System.nanoTime() - start) / 1_000_000;
  }

  private Portal pendingIndex;
  private Manifest pendingManifest;
  private Manifest lastManifestWritten;
  private RenderedPage lastManifest;

  private RenderedPage manifestFile(Manifest manifest) {
    if (lastManifest == null || !manifest.equals(lastManifestWritten)) {
      lastManifest = new RenderedPage(Manifest.FILE, manifest.toJson());
      lastManifestWritten = manifest;
    }
    return lastManifest;
  }

  private List<RenderedPage> searchFiles(Portal portal) {
    SearchIndex index = new SearchIndex();
    List<SearchIndex.Entry> entries = index.entries(portal);
    if (!entries.equals(lastEntries)) {
      lastIndex = index.render(entries);
      lastEntries = entries;
    }
    return lastIndex;
  }

  public Result build(Options options) {
    Map<String, Long> timings = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    SiteWriter writer = new SiteWriter();
    writer.recoverInterruptedSwap(options.out());
    // While the content loads: the templates parsed and the last publish's manifest read, on the
    // other core. In a cold JVM each takes as long as reading the real content.
    java.util.concurrent.ExecutorService prepare =
        java.util.concurrent.Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "prepare");
              thread.setDaemon(true);
              return thread;
            });
    CompletableFuture<Templates> templates =
        CompletableFuture.supplyAsync(() -> new Templates(options.templates()).parseAll(), prepare);
    CompletableFuture<Optional<Manifest>> published =
        CompletableFuture.supplyAsync(() -> Manifest.readFrom(options.out()), prepare);
    prepare.shutdown();
    Problems problems = new Problems();
    Optional<Portal> portal = check(options, problems, timings, null);
    if (portal.isEmpty()) {
      return new Result(problems.sorted(), 0, timings, null, 0);
    }
    // The search index needs only the model, so it is built beside the pages, not after them, on a
    // thread of its own: in the common pool it would take the only worker the pages have on 2
    // cores.
    java.util.concurrent.ExecutorService indexThread =
        java.util.concurrent.Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "search-index");
              thread.setDaemon(true);
              return thread;
            });
    CompletableFuture<List<RenderedPage>> index =
        CompletableFuture.supplyAsync(
            () -> timed(timings, "index", () -> new SearchIndex().render(portal.get())),
            indexThread);
    indexThread.shutdown();
    Manifest manifest = ChangeLog.next(join(published), Manifest.statementsOf(portal.get()));
    // Pages are written as they are rendered, into a folder beside the output, then swapped in.
    SiteWriter.Building building = writer.begin(options.out(), options.review());
    try {
      List<String> paths =
          timed(
              timings,
              "render",
              () ->
                  new SiteRenderer(join(templates), options.review())
                      .render(portal.get(), manifest, building::add));
      List<RenderedPage> search = join(index);
      timed(
          timings,
          "write",
          () -> {
            search.forEach(building::add);
            building.finish(options.assets());
            return null;
          });
      return new Result(
          List.of(),
          paths.size() + search.size(),
          timings,
          manifest,
          org.frameworkportal.validate.Warnings.of(portal.get()).size());
    } catch (RuntimeException e) {
      building.abandon();
      throw diskProblemOr(e, options.out());
    }
  }

  /**
   * A disk that filled up or refused a write while pages were written on several threads, said
   * plainly.
   */
  private static RuntimeException diskProblemOr(RuntimeException e, Path out) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SiteWriter.OutputProblem problem) {
        return problem;
      }
      if (cause instanceof org.frameworkportal.render.TemplateProblem) {
        return e;
      }
      if (cause instanceof java.io.IOException io) {
        return new SiteWriter.OutputProblem(
            SiteWriter.plainReason(io, out.toAbsolutePath().normalize()));
      }
    }
    return e;
  }

  /**
   * The result of work done beside the build; its exceptions as they would have been thrown here.
   */
  private static <T> T join(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Load, validate and link; the linked portal, or empty with the problems added. */
  public Optional<Portal> check(Options options, Problems problems) {
    return check(options, problems, new LinkedHashMap<>(), null);
  }

  private Optional<Portal> check(
      Options options, Problems problems, Map<String, Long> timings, Portal previous) {
    ContentLoader loader =
        new ContentLoader(options.content(), options.contentName(), problems, yamlCache);
    Optional<Content> content = timed(timings, "load", loader::load);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    // Validate even after load problems, so an editor sees every mistake in one round.
    problems.addAll(
        timed(
            timings,
            "validate",
            () -> ContentValidator.validate(content.get(), loader.roleFilesOnDisk())));
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    Portal portal = timed(timings, "link", () -> Portal.link(content.get(), tagger, previous));
    if (!tagger.skills().equals(content.get().skills())) {
      tagger = new SkillTagger(content.get().skills());
    }
    return Optional.of(portal);
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
