package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.List;
import org.frameworkportal.output.Output;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.PageMeta;

/** sitemap.xml: every page of the other kinds, but the "not found" page. */
final class Sitemap extends PageKind<String> {
  private final List<Output<?>> kinds;

  Sitemap(Pages pages, List<Output<?>> kinds) {
    super(pages);
    this.kinds = kinds;
  }

  @Override
  public List<String> subjects(Reads reads) {
    return List.of("sitemap.xml");
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  Shown show(String path, Reads reads) {
    List<String> urls = new ArrayList<>();
    kinds.forEach(kind -> addPaths(kind, reads, urls));
    List<String> pagesListed =
        urls.stream()
            .filter(url -> url.endsWith(".html") && !url.equals(pages.paths.notFound()))
            .sorted()
            .toList();
    PageMeta meta =
        new PageMeta("sitemap.ftlx", path, "Sitemap", null, "sitemap", Pages.markers(), List.of());
    return new Shown(meta, pagesListed);
  }

  private static <S> void addPaths(Output<S> kind, Reads reads, List<String> urls) {
    kind.subjects(reads).forEach(subject -> urls.add(kind.path(subject)));
  }
}
