package org.frameworkportal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks a built site as a browser would: every href, src and form action must lead to a file in the
 * output and every #fragment to an id on the target page. Only a link the reader follows ({@code
 * <a>}) may go to another web site; nothing the page loads may come from elsewhere.
 */
public final class SiteLinks {
  private SiteLinks() {}

  /** One line per broken link: "page: what is wrong". Empty when every link resolves. */
  public static List<String> broken(Path site) {
    Map<String, Set<String>> idsByPage = new HashMap<>();
    List<String> broken = new ArrayList<>();
    for (String page : PortalRun.htmlPages(site)) {
      Document doc = parse(site.resolve(page));
      for (Element element : doc.select("[href], [src], form[action]")) {
        String attribute =
            element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "action";
        String link = element.attr(attribute);
        boolean navigation = element.tagName().equals("a");
        String problem = check(site, page, link, navigation, idsByPage);
        if (problem != null) {
          broken.add(
              page + ": " + element.tagName() + " " + attribute + "=\"" + link + "\" " + problem);
        }
      }
    }
    return broken;
  }

  /**
   * {@code navigation}: a link the reader follows (may go to another site), not a request the page
   * makes.
   */
  private static String check(
      Path site, String page, String link, boolean navigation, Map<String, Set<String>> idsByPage) {
    if (link.isEmpty()) {
      return "is empty";
    }
    URI uri;
    try {
      uri = new URI(link);
    } catch (Exception e) {
      return "is not a valid address";
    }
    if (uri.getScheme() != null || link.startsWith("//")) {
      boolean web =
          uri.getScheme() != null
              && Set.of("http", "https", "mailto")
                  .contains(uri.getScheme().toLowerCase(Locale.ROOT));
      return navigation && web ? null : "makes a request outside the site";
    }
    if (link.startsWith("/")) {
      return "is an absolute path (breaks under file:// and sub-folders)";
    }
    String path =
        uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
    String target =
        path.isEmpty()
            ? page
            : site.relativize(
                    site.resolve(page).getParent() == null
                        ? site.resolve(path)
                        : site.resolve(page).resolveSibling(path))
                .normalize()
                .toString()
                .replace('\\', '/');
    if (target.startsWith("..")) {
      return "points outside the site";
    }
    Path file = site.resolve(target);
    if (!Files.isRegularFile(file)) {
      return Files.isDirectory(file)
          ? "points at a folder (file:// shows no index.html)"
          : "points at a missing file";
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
      Set<String> ids =
          idsByPage.computeIfAbsent(
              target,
              t ->
                  parse(file).select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet()));
      if (!ids.contains(fragment)) {
        return "names #" + fragment + ", which is not an id on " + target;
      }
    }
    return null;
  }

  public static Document parse(Path file) {
    try {
      return Jsoup.parse(file.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
