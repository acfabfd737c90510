package org.frameworkportal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** Either the pages written, or the problems that stopped the build. */
  public record Result(List<Problem> problems, int pagesWritten) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public Result build(Options options) {
    SiteWriter writer = new SiteWriter();
    writer.recoverInterruptedSwap(options.out());
    Problems problems = new Problems();
    Optional<Portal> portal = check(options, problems);
    if (portal.isEmpty()) {
      return new Result(problems.sorted(), 0);
    }
    List<RenderedPage> pages = new ArrayList<>(
        new SiteRenderer(new Templates(options.templates()), options.review()).render(portal.get()));
    pages.addAll(new SearchIndex().render(portal.get()));
    writer.write(pages, options.assets(), options.out());
    return new Result(List.of(), pages.size());
  }

  /** Load, validate and link; the linked portal, or empty with the problems added. */
  public Optional<Portal> check(Options options, Problems problems) {
    ContentLoader loader = new ContentLoader(options.content(), options.contentName(), problems);
    Optional<Content> content = loader.load();
    if (content.isEmpty()) {
      return Optional.empty();
    }
    // Validate even after load problems, so an editor sees every mistake in one round.
    problems.addAll(ContentValidator.validate(content.get(), loader.roleFilesOnDisk()));
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Portal.link(content.get()));
  }
}
