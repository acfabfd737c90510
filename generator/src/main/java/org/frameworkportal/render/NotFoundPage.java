package org.frameworkportal.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.NotFoundView;
import org.frameworkportal.render.Views.PageMeta;
import org.jspecify.annotations.Nullable;

/**
 * "Page not found", which a web server sends for any missing address, at any depth: its relative
 * links would point below that address. With {@code base_url} in site.yaml, the page names the
 * site's folder in a {@code <base>}; without it, a small script finds the folder by asking the
 * server for the stylesheet in each folder above the address (see docs/architecture.md).
 */
final class NotFoundPage extends PageKind<String> {

  NotFoundPage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return List.of(pages.paths.notFound());
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  Shown show(String path, Reads reads) {
    PageMeta meta =
        new PageMeta(
            "not-found.ftlh",
            path,
            "Page not found",
            null,
            "not-found",
            Pages.markers(),
            List.of(pages.homeCrumb()));
    return new Shown(meta, new NotFoundView(basePath(reads.site().baseUrl())));
  }

  /** The folder part of the published address ("/career-frameworks/"), or null. */
  static @Nullable String basePath(@Nullable String baseUrl) {
    if (baseUrl == null || baseUrl.isBlank()) {
      return null;
    }
    try {
      String folder = new URI(baseUrl.strip()).getRawPath();
      if (folder == null || folder.isEmpty()) {
        return "/";
      }
      return folder.endsWith("/") ? folder : folder + "/";
    } catch (URISyntaxException e) {
      return null; // not an address: the script finds the folder instead
    }
  }
}
