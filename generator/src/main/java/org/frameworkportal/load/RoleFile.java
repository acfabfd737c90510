package org.frameworkportal.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.load.YamlNode.Entry;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Site;
import org.frameworkportal.shape.EntryYaml;
import org.frameworkportal.shape.RoleYaml;

/** Reads a role file: a role's grade, duties and what it needs at each level. */
final class RoleFile {
  private RoleFile() {}

  /**
   * The role; what is wrong goes to {@code problems}, so that roles can be read on several threads.
   */
  static Optional<Role> read(
      String frameworkId, String id, YamlNode node, Site site, Problems problems) {
    return Fields.of(node, problems, RoleYaml.ROLE)
        .map(
            f -> {
              Ref team = f.provisionalRef("team", RoleYaml.SUGGESTED_TEAM);
              Map<String, Level> levels = new LinkedHashMap<>();
              f.node("levels")
                  .flatMap(byLevel -> Fields.withAnyKeys(byLevel, problems, "'levels'"))
                  .ifPresent(
                      l ->
                          l.entries()
                              .forEach(
                                  entry -> levels.put(entry.key(), level(entry, site, problems))));
              return new Role(
                  frameworkId,
                  id,
                  f.required("title"),
                  f.required("grade"),
                  team,
                  f.text("summary"),
                  f.texts("duties"),
                  f.text("sector_framework"),
                  f.provisionalRefs("next", RoleYaml.SUGGESTED_NEXT_ROLE),
                  levels,
                  f.texts("notes"),
                  f.at(),
                  f.reason("provisional"),
                  f.node(EntryYaml.KEY).isPresent()
                      ? f.list(EntryYaml.KEY, need -> EntryFile.need(need, problems))
                      : null);
            });
  }

  /** A level under its id: nothing at all is an empty level. */
  private static Level level(Entry entry, Site site, Problems problems) {
    SourcePosition at = entry.keyAt();
    Optional<Fields> read =
        entry.value() instanceof YamlNode.ScalarNode scalar && scalar.text() == null
            ? Optional.empty()
            : Fields.of(
                entry.value(), problems, "level " + entry.key(), RoleYaml.LEVEL, site.categories());
    Map<String, List<Item>> requirements = new LinkedHashMap<>();
    Map<String, List<Item>> evidence = new LinkedHashMap<>();
    if (read.isEmpty()) {
      return new Level(entry.key(), null, null, requirements, evidence, List.of(), at);
    }
    Fields f = read.get();
    for (String category : site.categories()) {
      requirements.put(category, f.items(category));
    }
    f.node("evidence")
        .flatMap(
            node ->
                Fields.of(
                    node,
                    problems,
                    "the evidence of level " + entry.key(),
                    RoleYaml.EVIDENCE,
                    site.categories()))
        .ifPresent(
            e -> site.categories().forEach(category -> evidence.put(category, e.items(category))));
    return new Level(
        entry.key(),
        f.text("intro"),
        f.text("sector_framework"),
        requirements,
        evidence,
        f.items("development"),
        at);
  }
}
