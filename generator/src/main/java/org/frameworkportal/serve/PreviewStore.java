package org.frameworkportal.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.frameworkportal.SiteBuilder;
import org.frameworkportal.Timings;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.link.LinkMemo;
import org.frameworkportal.link.Portal;
import org.frameworkportal.load.TemplateFiles;
import org.frameworkportal.load.YamlCache;
import org.frameworkportal.output.Output;
import org.frameworkportal.output.OutputFile;
import org.frameworkportal.output.Reads;
import org.frameworkportal.output.SiteFiles;
import org.frameworkportal.output.SiteInput;
import org.frameworkportal.render.Templates;
import org.frameworkportal.write.SiteWriter;
import org.jspecify.annotations.Nullable;

/**
 * Everything the preview keeps between runs so that an edit costs only what it changes: parsed
 * files by their content, what linking worked out for unchanged roles, and every file made with the
 * reads it was made from (a file is made again only when one of them gets a different answer). The
 * files are then written only where their bytes changed. The result is always what a fresh build
 * would write.
 */
public final class PreviewStore implements SiteFiles.Memory {
  private final SiteBuilder.Options options;
  private final SiteBuilder.Memos memos = new SiteBuilder.Memos(new YamlCache(), new LinkMemo());
  private final Map<String, Kept> kept = new ConcurrentHashMap<>();
  private List<Output<?>> outputs;
  private List<OutputFile> notShownOnPages = List.of();
  private @Nullable SiteInput pending;

  /** A file as last made, with what it was made from. */
  private record Kept(List<Reads.Read> reads, List<OutputFile> files) {}

  public PreviewStore(SiteBuilder.Options options) {
    this.options = options;
    forgetPages();
  }

  /** What a preview update did: files made afresh, files written, and how long it took. */
  public record Update(
      List<Problem> problems, int rendered, int written, long millis, Map<String, Long> timings) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * Brings the preview folder up to date in place. Content with problems changes nothing. Files no
   * page shows (the search index, the manifest) keep their last version until {@link
   * #refreshUnshown}, except on the first run.
   */
  public Update update(SiteWriter.InPlace preview, Path published) {
    long start = System.nanoTime();
    Timings timings = new Timings();
    Problems problems = new Problems();
    Optional<Portal> portal = SiteBuilder.check(options, memos, problems, timings);
    if (portal.isEmpty()) {
      return new Update(problems.sorted(), 0, 0, millisSince(start), timings.asMap());
    }
    SiteInput input = SiteBuilder.input(portal.get(), published);
    List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
    SiteFiles.Made made =
        timings.time(
            "render", () -> SiteFiles.make(outputs, Output::shownOnPages, input, this, files::add));
    int rendered = made.madeAfresh();
    if (notShownOnPages.isEmpty()) {
      rendered += timings.time("index", () -> makeUnshown(input)).madeAfresh();
    } else {
      pending = input;
    }
    files.addAll(notShownOnPages);
    // Files the content no longer has (a role removed) are forgotten with their reads.
    java.util.Set<String> current = new java.util.HashSet<>(made.paths());
    notShownOnPages.forEach(file -> current.add(file.path()));
    kept.keySet().retainAll(current);
    int written = timings.time("write", () -> preview.update(files, options.assets()));
    return new Update(List.of(), rendered, written, millisSince(start), timings.asMap());
  }

  /**
   * Brings the files no page shows up to date after {@link #update} wrote the pages, so an edited
   * page is on screen without waiting for them; returns the milliseconds it took.
   */
  public long refreshUnshown(SiteWriter.InPlace preview) {
    if (pending == null) {
      return 0;
    }
    long start = System.nanoTime();
    makeUnshown(pending);
    pending = null;
    preview.writeChanged(notShownOnPages);
    return millisSince(start);
  }

  private SiteFiles.Made makeUnshown(SiteInput input) {
    List<OutputFile> files = Collections.synchronizedList(new ArrayList<>());
    SiteFiles.Made made =
        SiteFiles.make(outputs, kind -> !kind.shownOnPages(), input, this, files::add);
    notShownOnPages = List.copyOf(files);
    return made;
  }

  /** Forgets every file made, for when the templates change: every page may look different. */
  public void forgetPages() {
    kept.clear();
    outputs =
        SiteBuilder.outputs(
            new Templates(options.templates(), TemplateFiles.read(options.templates())),
            options.review());
    notShownOnPages = List.of();
    pending = null;
  }

  @Override
  public @Nullable List<OutputFile> unchanged(String path, SiteInput input) {
    Kept last = kept.get(path);
    return last != null && Reads.stillTrue(last.reads(), input) ? last.files() : null;
  }

  @Override
  public void keep(String path, List<Reads.Read> reads, List<OutputFile> files) {
    kept.put(path, new Kept(reads, files));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
