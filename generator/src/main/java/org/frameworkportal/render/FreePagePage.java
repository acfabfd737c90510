package org.frameworkportal.render;

import java.util.List;
import org.frameworkportal.model.FreePage;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.PageMeta;

/** A page HR wrote in Markdown (content/pages), such as how to apply for progression. */
final class FreePagePage extends PageKind<String> {

  FreePagePage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return reads.pages().stream().map(FreePage::id).toList();
  }

  @Override
  public String path(String pageId) {
    return pages.paths.page(pageId);
  }

  @Override
  Shown show(String pageId, Reads reads) {
    FreePage page =
        reads.pages().stream().filter(p -> p.id().equals(pageId)).findFirst().orElseThrow();
    PageMeta meta =
        new PageMeta(
            "page.ftlh",
            path(pageId),
            page.title(),
            page.summary(),
            "page",
            Pages.markers(),
            List.of(pages.homeCrumb()));
    return new Shown(meta, page);
  }
}
