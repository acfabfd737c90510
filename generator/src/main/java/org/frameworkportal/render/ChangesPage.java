package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frameworkportal.changes.Manifest;
import org.frameworkportal.changes.RoleChange;
import org.frameworkportal.output.Reads;
import org.frameworkportal.render.Views.ChangesView;
import org.frameworkportal.render.Views.PageMeta;

/** What the last publish added, removed or reworded, by framework and role. */
final class ChangesPage extends PageKind<String> {

  ChangesPage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return List.of(pages.paths.changes());
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  Shown show(String path, Reads reads) {
    Manifest manifest = reads.manifest();
    Map<String, List<RoleChange>> byFramework = new TreeMap<>();
    manifest
        .changes()
        .forEach(
            change ->
                byFramework
                    .computeIfAbsent(change.framework(), f -> new ArrayList<>())
                    .add(change));
    Map<String, String> rolePaths = new HashMap<>();
    reads.roleIds().forEach(id -> rolePaths.put(id, pages.paths.roleByFullId(id)));
    PageMeta meta =
        new PageMeta(
            "changes.ftlh",
            path,
            "What's changed",
            "Statements added, removed or reworded in the last publish.",
            "page",
            Pages.markers(),
            List.of(pages.homeCrumb()));
    return new Shown(
        meta, new ChangesView(Dates.display(manifest.published()), byFramework, rolePaths));
  }
}
