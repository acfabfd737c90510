package org.frameworkportal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.frameworkportal.changes.ChangeLog;
import org.frameworkportal.changes.Manifest;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.index.SearchFiles;
import org.frameworkportal.link.LinkMemo;
import org.frameworkportal.link.Portal;
import org.frameworkportal.link.Warnings;
import org.frameworkportal.load.ContentLoader;
import org.frameworkportal.load.TemplateFiles;
import org.frameworkportal.load.YamlCache;
import org.frameworkportal.model.Content;
import org.frameworkportal.output.ManifestFile;
import org.frameworkportal.output.Output;
import org.frameworkportal.output.SiteFiles;
import org.frameworkportal.output.SiteInput;
import org.frameworkportal.render.Pages;
import org.frameworkportal.render.Templates;
import org.frameworkportal.validate.ContentValidator;
import org.frameworkportal.write.OutputFolder;
import org.frameworkportal.write.SiteBuild;
import org.jspecify.annotations.Nullable;

/**
 * The whole pipeline: load, validate, link, then make every file (render and index), then write. It
 * stops after load or validate when the content has problems, before anything is written.
 */
public final class SiteBuilder {
  private SiteBuilder() {}

  /**
   * Where things are. {@code contentName} is how messages name the content folder ("content");
   * {@code out} is null for a check, which writes nothing.
   */
  public record Options(
      Path content,
      String contentName,
      @Nullable Path out,
      Path templates,
      Path assets,
      boolean review) {}

  /**
   * Either the files written, or the problems that stopped the build; {@code timings} in ms per
   * stage; {@code manifest} is this publish's, null when the build stopped.
   */
  public record Result(
      List<Problem> problems,
      int pagesWritten,
      Map<String, Long> timings,
      @Nullable Manifest manifest,
      int warnings) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static Result build(Options options) {
    Path out = Objects.requireNonNull(options.out(), "a build needs a folder to write into");
    // A build stopped between the two moves of its swap left no site: put it back first, so that
    // even content with problems leaves the previous site in place.
    SiteBuild.recoverInterruptedSwap(out);
    Timings timings = new Timings();
    Problems problems = new Problems();
    Optional<Portal> portal = check(options, Memos.NONE, problems, timings);
    if (portal.isEmpty()) {
      return new Result(problems.sorted(), 0, timings.asMap(), null, 0);
    }
    SiteInput input = input(portal.get(), out);
    List<Output<?>> outputs =
        outputs(
            new Templates(options.templates(), TemplateFiles.read(options.templates())),
            options.review());
    SiteFiles.Made made =
        SiteBuild.into(
            out,
            options.review(),
            options.assets(),
            files -> timings.time("render", () -> SiteFiles.make(outputs, input, files)),
            timings.asMap());
    return new Result(
        List.of(),
        made.paths().size(),
        timings.asMap(),
        input.manifest(),
        Warnings.count(portal.get()));
  }

  /** What the preview keeps between runs to skip work: none for a build. */
  public record Memos(@Nullable YamlCache parsed, @Nullable LinkMemo linking) {
    public static final Memos NONE = new Memos(null, null);
  }

  /** Load, validate and link; the linked portal, or empty with the problems added. */
  public static Optional<Portal> check(Options options, Problems problems) {
    return check(options, Memos.NONE, problems, new Timings());
  }

  /** As {@link #check(Options, Problems)}, reusing {@code memos}. */
  public static Optional<Portal> check(
      Options options, Memos memos, Problems problems, Timings timings) {
    ContentLoader loader =
        memos.parsed() == null
            ? new ContentLoader(options.content(), options.contentName(), problems)
            : new ContentLoader(options.content(), options.contentName(), problems, memos.parsed());
    Optional<Content> content = timings.time("load", loader::load);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    // Validate even after load problems, so an editor sees every mistake in one round.
    problems.addAll(
        timings.time(
            "validate", () -> ContentValidator.validate(content.get(), loader.roleFilesOnDisk())));
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        timings.time(
            "link",
            () ->
                memos.linking() == null
                    ? Portal.link(content.get())
                    : Portal.link(content.get(), memos.linking())));
  }

  /**
   * What the files are made from: the portal, and what changed since the publish in {@code
   * published}.
   */
  public static SiteInput input(Portal portal, Path published) {
    Optional<Manifest> before =
        OutputFolder.readPublished(published, Manifest.FILE).flatMap(Manifest::parse);
    return new SiteInput(portal, ChangeLog.next(before, Manifest.statementsOf(portal)));
  }

  /** Every kind of file the site has: the pages, the search index, the manifest. */
  public static List<Output<?>> outputs(Templates templates, boolean review) {
    List<Output<?>> outputs = new ArrayList<>(Pages.kinds(templates, review));
    outputs.add(new SearchFiles());
    outputs.add(new ManifestFile());
    return outputs;
  }
}
