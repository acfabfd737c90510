package org.frameworkportal.render;

import java.util.List;
import org.frameworkportal.output.Output;
import org.frameworkportal.output.OutputFile;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.PageMeta;
import org.jspecify.annotations.Nullable;

/**
 * A kind of HTML page: it lists its pages, and shows each as a template filled with a view built
 * only from what it reads.
 */
abstract class PageKind<S> implements Output<S> {
  final Pages pages;

  PageKind(Pages pages) {
    this.pages = pages;
  }

  /** What a page shows: its template, title and trail, and the view its template lays out. */
  record Shown(PageMeta meta, @Nullable Object view) {}

  abstract Shown show(S subject, Reads reads);

  @Override
  public final List<OutputFile> make(S subject, Reads reads) {
    Shown shown = show(subject, reads);
    return List.of(pages.render(shown.meta(), shown.view(), reads));
  }
}
