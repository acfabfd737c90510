package org.frameworkportal.render;

import java.util.List;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Site;
import org.frameworkportal.render.Views.ChecklistView;
import org.frameworkportal.render.Views.CompareView;
import org.frameworkportal.render.Views.PageMeta;
import org.frameworkportal.render.Views.RoleView;
import org.jspecify.annotations.Nullable;

/**
 * The line printed at the top of every printed page (print.css repeats it): the role and level a
 * printout is about where it is about one, otherwise the page's title, so that a loose sheet still
 * says what it belongs to.
 */
final class PrintHeader {
  private PrintHeader() {}

  static String of(Site site, PageMeta meta, @Nullable Object view) {
    if (view instanceof ChecklistView checklist) {
      return String.join(
          " · ",
          checklist.role().title(),
          "level " + checklist.level().id(),
          checklist.framework().title());
    }
    if (view instanceof RoleView role) {
      return String.join(
          " · ",
          role.role().title(),
          role.role().grade(),
          levels(role.levels().stream().map(Views.LevelView::definition).toList()),
          role.framework().title());
    }
    if (view instanceof CompareView compare) {
      return String.join(
          " · ",
          compare.role().title(),
          levels(compare.levels()) + " side by side",
          compare.framework().title());
    }
    return "home".equals(meta.kind())
        ? site.title() + " · " + site.organisation()
        : meta.title() + " · " + site.title();
  }

  /** "levels A, B and C" (or "level A" for a scheme of one level). */
  private static String levels(List<LevelDefinition> levels) {
    List<String> ids = levels.stream().map(LevelDefinition::id).toList();
    return ids.size() == 1 ? "level " + ids.get(0) : LevelSummary.earlier(ids);
  }
}
