package org.frameworkportal;

import static org.frameworkportal.HugoSite.md;
import static org.frameworkportal.HugoSite.title;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.frameworkportal.link.Portal;
import org.frameworkportal.link.RelatedRole;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;

/**
 * The Hugo site's pages of one role, made of the same statements as the portal's: the role page,
 * the levels compared side by side, and one checklist per level.
 */
final class HugoRolePages {
  private final Portal portal;

  HugoRolePages(Portal portal) {
    this.portal = portal;
  }

  /** The role page: duties, every level's statements, progression, skills and related roles. */
  String role(Framework framework, Role role) {
    StringBuilder md = new StringBuilder(md(role.summary())).append("\n\n");
    md.append("Grade ")
        .append(md(role.grade()))
        .append(", ")
        .append(md(framework.title()))
        .append(".\n\n");
    md.append("[Compare the levels side by side](compare/)");
    framework
        .levels()
        .forEach(
            level ->
                md.append(" · [Print the level ")
                    .append(level.id())
                    .append(" checklist](checklist-")
                    .append(level.id().toLowerCase(Locale.ROOT))
                    .append("/)"));
    md.append("\n\n## Duties\n\n");
    role.duties().forEach(duty -> md.append("- ").append(md(duty)).append('\n'));
    for (LevelDefinition definition : framework.levels()) {
      Level level = role.levels().get(definition.id());
      md.append("\n## Level ")
          .append(definition.id())
          .append(": ")
          .append(md(definition.name()))
          .append("\n\n");
      md.append(md(level != null && level.intro() != null ? level.intro() : definition.intro()))
          .append('\n');
      if (level != null) {
        statements(md, level.requirements(), "");
        statements(md, level.evidence(), "Evidence: ");
        if (!level.development().isEmpty()) {
          md.append("\n### Development\n\n");
          level.development().forEach(item -> md.append("- ").append(md(item.text())).append('\n'));
        }
      }
    }
    md.append("\n## Progression\n\n");
    portal
        .previousRoles(role)
        .forEach(r -> md.append("- From ").append(md(r.title())).append('\n'));
    portal.nextRoles(role).forEach(r -> md.append("- To ").append(md(r.title())).append('\n'));
    md.append("\n## Transferable skills\n\n");
    portal
        .skillsOf(role)
        .forEach(
            skill ->
                md.append("- [")
                    .append(md(skill.name()))
                    .append("](/skills/")
                    .append(skill.id())
                    .append("/)\n"));
    md.append("\n## Roles that share your skills\n");
    for (boolean otherFrameworks : List.of(true, false)) {
      md.append(
          otherFrameworks
              ? "\n### In other professions\n\n"
              : "\n### In " + md(framework.title()) + "\n\n");
      for (RelatedRole related : portal.relatedRoles(role, otherFrameworks, 3)) {
        List<String> shared = related.shared().stream().map(s -> md(s.name())).toList();
        md.append("- ")
            .append(md(related.role().title()))
            .append(' ')
            .append(md(related.role().grade()))
            .append(" · ")
            .append(md(related.framework().title()))
            .append(" · ")
            .append(related.percent())
            .append("% overlap. Shares: ")
            .append(String.join(", ", shared.subList(0, Math.min(6, shared.size()))))
            .append(shared.size() > 6 ? ", and " + (shared.size() - 6) + " more" : "")
            .append('\n');
      }
    }
    return md.toString();
  }

  /** Each category's statements under its heading, as the role and profile pages list them. */
  static void statements(StringBuilder md, Map<String, List<Item>> categories, String prefix) {
    categories.forEach(
        (category, items) -> {
          if (!items.isEmpty()) {
            md.append("\n### ").append(prefix).append(title(category)).append("\n\n");
            items.forEach(
                item ->
                    md.append("- ")
                        .append(item.group() == null ? "" : md(item.group()) + ": ")
                        .append(md(item.text()))
                        .append('\n'));
          }
        });
  }

  /** Per category, a table with one column per level: what each level adds. */
  String compare(Framework framework, Role role) {
    StringBuilder md =
        new StringBuilder(
            "Each level includes everything in the levels before it. Each column "
                + "shows only what that level adds.\n");
    for (String category : categories(role)) {
      compareTable(
          md,
          framework,
          role,
          title(category) + ": what each level adds",
          Level::requirements,
          category);
    }
    for (String category : categories(role)) {
      compareTable(
          md,
          framework,
          role,
          "Evidence required, " + category + ": what each level adds",
          Level::evidence,
          category);
    }
    return md.toString();
  }

  /**
   * One table: a column per level, what that level adds to {@code category}; nothing if no level
   * adds any.
   */
  private static void compareTable(
      StringBuilder md,
      Framework framework,
      Role role,
      String heading,
      Function<Level, Map<String, List<Item>>> statements,
      String category) {
    List<List<Item>> columns = new ArrayList<>();
    for (LevelDefinition definition : framework.levels()) {
      Level level = role.levels().get(definition.id());
      columns.add(
          level == null ? List.of() : statements.apply(level).getOrDefault(category, List.of()));
    }
    int rows = columns.stream().mapToInt(List::size).max().orElse(0);
    if (rows == 0) {
      return;
    }
    md.append("\n## ").append(heading).append("\n\n|");
    framework
        .levels()
        .forEach(
            definition ->
                md.append(" Level ")
                    .append(definition.id())
                    .append(": ")
                    .append(md(definition.name()))
                    .append(" |"));
    md.append('\n').append("|---".repeat(columns.size())).append("|\n");
    for (int row = 0; row < rows; row++) {
      md.append('|');
      for (List<Item> column : columns) {
        md.append(' ').append(row < column.size() ? md(column.get(row).text()) : "").append(" |");
      }
      md.append('\n');
    }
  }

  /** Every statement up to and including {@code upTo}, with the level that introduced it. */
  String checklist(Framework framework, Role role, LevelDefinition upTo) {
    StringBuilder md =
        new StringBuilder(
            "Ticking every box is not in itself a promotion decision. Use this "
                + "checklist to prepare for a career conversation with your manager.\n");
    for (String category : categories(role)) {
      md.append("\n## ")
          .append(title(category))
          .append("\n\n| Met | Requirement | Level | Evidence and notes |\n")
          .append("|---|---|---|---|\n");
      for (LevelDefinition definition : framework.levels()) {
        Level level = role.levels().get(definition.id());
        if (level != null) {
          level
              .requirements()
              .getOrDefault(category, List.of())
              .forEach(
                  item ->
                      md.append("| ☐ | ")
                          .append(md(item.text()))
                          .append(" | Level ")
                          .append(definition.id())
                          .append(" | |\n"));
          level
              .evidence()
              .getOrDefault(category, List.of())
              .forEach(
                  item ->
                      md.append("| ☐ | Evidence: ")
                          .append(md(item.text()))
                          .append(" | Level ")
                          .append(definition.id())
                          .append(" | |\n"));
        }
        if (definition.equals(upTo)) {
          break;
        }
      }
    }
    return md.toString();
  }

  private List<String> categories(Role role) {
    List<String> categories = new ArrayList<>();
    role.levels()
        .values()
        .forEach(
            level ->
                Stream.concat(
                        level.requirements().keySet().stream(), level.evidence().keySet().stream())
                    .filter(c -> !categories.contains(c))
                    .forEach(categories::add));
    return categories;
  }
}
