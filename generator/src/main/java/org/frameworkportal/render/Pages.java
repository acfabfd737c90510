package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frameworkportal.link.FrameworkDetails;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Site;
import org.frameworkportal.output.Output;
import org.frameworkportal.output.OutputFile;
import org.frameworkportal.output.Reads;
import org.frameworkportal.output.SitePaths;
import org.frameworkportal.render.Views.Crumb;
import org.frameworkportal.render.Views.ItemGroup;
import org.frameworkportal.render.Views.PageMeta;
import org.jspecify.annotations.Nullable;

/**
 * What every page kind shares: the templates, where pages live, Markdown, and whether this is a
 * review copy. {@link #kinds} lists every kind of page the site has.
 */
public final class Pages {
  private final Templates templates;
  private final boolean review;
  final SitePaths paths = new SitePaths();
  private final Markdown markdown = new Markdown();

  /**
   * The data every template sees: {@code site}, {@code page}, {@code view}, {@code root}, {@code
   * paths}, {@code md}; {@code printHeader} is the line repeated at the top of each printed page.
   */
  public record Model(
      Site site,
      PageMeta page,
      @Nullable Object view,
      String root,
      SitePaths paths,
      Markdown md,
      boolean review,
      String printHeader) {}

  private Pages(Templates templates, boolean review) {
    this.templates = templates;
    this.review = review;
  }

  /** Every kind of page, the statements spreadsheets and lunr.js, then the sitemap of them all. */
  public static List<Output<?>> kinds(Templates templates, boolean review) {
    Pages pages = new Pages(templates, review);
    List<Output<?>> kinds = new ArrayList<>();
    kinds.add(new HomePage(pages));
    kinds.add(new FrameworkPage(pages));
    kinds.add(new RolePage(pages));
    kinds.add(new ComparePage(pages));
    kinds.add(new ChecklistPage(pages));
    kinds.add(new StatementsCsv(pages.paths));
    kinds.add(new SkillsPage(pages));
    kinds.add(new SkillPage(pages));
    kinds.add(new PathwaysPage(pages));
    kinds.add(new ProfilePage(pages));
    kinds.add(new FreePagePage(pages));
    kinds.add(new ChangesPage(pages));
    kinds.add(new GlossaryPage(pages));
    kinds.add(new AccessibilityPage(pages));
    kinds.add(PlainPage.search(pages));
    kinds.add(new NotFoundPage(pages));
    kinds.add(PlainPage.provisional(pages));
    kinds.add(new LunrScript(pages.paths));
    kinds.add(new Sitemap(pages, List.copyOf(kinds)));
    return kinds;
  }

  /**
   * A page: its template filled with {@code view}, the first use of each glossary term explained
   * (but on the glossary page itself).
   */
  OutputFile render(PageMeta meta, @Nullable Object view, Reads reads) {
    Site site = reads.site();
    String root = SitePaths.rootFrom(meta.path());
    Model model =
        new Model(
            site, meta, view, root, paths, markdown, review, PrintHeader.of(site, meta, view));
    byte[] html = templates.render(meta.template(), model);
    if (!meta.kind().equals("glossary")) {
      html =
          GlossaryMarks.of(reads.glossarySpellings())
              .mark(html, root, paths, reads::glossaryMeaning);
    }
    return new OutputFile(meta.path(), html);
  }

  static Map<String, String> markers(String... keysAndValues) {
    Map<String, String> markers = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      markers.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return markers;
  }

  Crumb homeCrumb() {
    return new Crumb("Home", paths.home());
  }

  Crumb frameworkCrumb(FrameworkDetails framework) {
    return new Crumb(framework.title(), paths.framework(framework));
  }

  /** Items in their sub-groups, without ids: statements of profiles and of other roles. */
  static List<ItemGroup> groups(List<Item> items) {
    return groups(items, Map.of());
  }

  /** Items in their sub-groups, keeping the order in which each group first appears. */
  static List<ItemGroup> groups(List<Item> items, Map<Item, String> ids) {
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    for (Item item : items) {
      groups
          .computeIfAbsent(item.group() == null ? "" : item.group(), g -> new ArrayList<>())
          .add(item);
    }
    return groups.entrySet().stream()
        .map(
            e ->
                new ItemGroup(
                    e.getKey().isEmpty() ? null : e.getKey(), e.getValue(), ids(e.getValue(), ids)))
        .toList();
  }

  /** Each item's statement id, or "" for an item without one. */
  static List<String> ids(List<Item> items, Map<Item, String> ids) {
    return items.stream().map(item -> ids.getOrDefault(item, "")).toList();
  }

  /** A category's id as a heading: "people-and-practice" as "People and practice". */
  public static String categoryName(String id) {
    String words = id.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /** The anchor of a level's section on a role page: "level-a". */
  static String levelAnchor(String levelId) {
    return "level-" + levelId.toLowerCase(Locale.ROOT);
  }
}
