package org.frameworkportal.load;

import java.util.List;
import java.util.Optional;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.SectorFramework;
import org.frameworkportal.model.Site;
import org.frameworkportal.model.Team;
import org.frameworkportal.shape.EntryYaml;
import org.frameworkportal.shape.FrameworkYaml;
import org.frameworkportal.shape.Ids;
import org.frameworkportal.shape.Patterns;
import org.jspecify.annotations.Nullable;

/**
 * Reads a framework.yaml: the framework's own text, its teams and the order of its roles. Its
 * roles, read from their own files, are handed in by the loader.
 */
final class FrameworkFile {
  private final Fields f;
  private final Problems problems;

  private FrameworkFile(Fields f, Problems problems) {
    this.f = f;
    this.problems = problems;
  }

  /** The file's keys, or empty when it is not a set of keys (a problem). */
  static Optional<FrameworkFile> read(YamlNode node, Problems problems) {
    return Fields.of(node, problems, FrameworkYaml.FRAMEWORK)
        .map(f -> new FrameworkFile(f, problems));
  }

  /** Its own level scheme, or the site's. */
  List<LevelDefinition> levels(Site site) {
    List<LevelDefinition> own =
        f.node("levels").isPresent() ? SiteFile.levelScheme(f, problems) : List.of();
    // With no scheme of its own (or an empty one, already reported) a framework uses the site's.
    return own.isEmpty() ? site.levels() : own;
  }

  /** The date it was published, checked: 2025-02-30 would stop the site being built. */
  @Nullable String published() {
    String published = f.text("published");
    if (published != null && !Patterns.isDate(published)) {
      problems.add(
          f.positionOf("published"),
          "'published' must be a date written YYYY-MM-DD or YYYY-MM, not '"
              + Problem.shortened(published)
              + "'",
          "for example 2025-06-16, or 2024-12 for December 2024");
    }
    return published;
  }

  /** The roles as 'roles' lists them. */
  List<Ref> roleOrder() {
    return f.refs("roles");
  }

  /** The framework, with what was read above and its roles in order. */
  Framework framework(
      String id,
      List<LevelDefinition> levels,
      @Nullable String published,
      List<Ref> roleOrder,
      List<Role> roles,
      SourcePosition at) {
    return new Framework(
        id,
        f.required("title"),
        published,
        f.required("summary"),
        f.text("intro"),
        f.texts("uses"),
        f.text("how_to_use"),
        f.text("structure"),
        f.text("development"),
        f.text("transferable_skills"),
        f.text("evidence_guidance"),
        f.list("teams", this::team),
        f.list("sector_frameworks", this::sectorFramework),
        levels,
        roleOrder,
        roles,
        f.texts("notes"),
        at,
        f.list(EntryYaml.KEY, node -> EntryFile.need(node, problems)));
  }

  private @Nullable Team team(YamlNode node) {
    return Fields.of(node, problems, FrameworkYaml.TEAM)
        .map(
            t -> {
              String partOf = t.text("part_of");
              return new Team(
                  t.id("id", Ids.Kind.TEAM),
                  t.required("title"),
                  t.text("description"),
                  partOf == null ? null : new Ref(partOf, t.positionOf("part_of")),
                  t.positionOf("id"));
            })
        .orElse(null);
  }

  /** Just the standards' name, or its keys. */
  private @Nullable SectorFramework sectorFramework(YamlNode node) {
    if (node instanceof YamlNode.ScalarNode scalar) {
      return new SectorFramework(Items.textOf(scalar), null);
    }
    return Fields.of(node, problems, FrameworkYaml.SECTOR_FRAMEWORK)
        .map(s -> new SectorFramework(s.required("title"), s.text("url")))
        .orElse(null);
  }
}
