package org.frameworkportal.render;

import java.util.List;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.PageMeta;
import org.jspecify.annotations.Nullable;

/**
 * A page whose template needs nothing but the site's settings: search and what the "to be
 * confirmed" marks mean.
 */
final class PlainPage extends PageKind<String> {
  private final String template;
  private final String path;
  private final String title;
  private final @Nullable String description;
  private final String kind;
  private final boolean crumbs;

  private PlainPage(
      Pages pages,
      String template,
      String path,
      String title,
      @Nullable String description,
      String kind,
      boolean crumbs) {
    super(pages);
    this.template = template;
    this.path = path;
    this.title = title;
    this.description = description;
    this.kind = kind;
    this.crumbs = crumbs;
  }

  static PlainPage search(Pages pages) {
    return new PlainPage(
        pages,
        "search.ftlh",
        pages.paths.search(),
        "Search",
        "Search roles, levels, skills and frameworks.",
        "search",
        true);
  }

  static PlainPage provisional(Pages pages) {
    return new PlainPage(
        pages,
        "provisional.ftlh",
        pages.paths.provisional(),
        "Wording to be confirmed and suggested routes",
        "What the 'to be confirmed' and 'suggested' marks on these pages mean.",
        "page",
        true);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return List.of(path);
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  Shown show(String subject, Reads reads) {
    PageMeta meta =
        new PageMeta(
            template,
            path,
            title,
            description,
            kind,
            Pages.markers(),
            crumbs ? List.of(pages.homeCrumb()) : List.of());
    return new Shown(meta, null);
  }
}
