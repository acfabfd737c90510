package org.frameworkportal.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.frameworkportal.link.Portal;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Profile;
import org.frameworkportal.model.Role;
import org.frameworkportal.model.Skill;
import org.frameworkportal.output.SitePaths;
import org.jspecify.annotations.Nullable;

/**
 * What the search page finds: one unit per role (its levels inside it, so a role and its levels
 * never crowd the results), framework, guidance section, skill and profile, holding only text that
 * its page shows (no match phrases, no notes).
 */
public final class SearchUnits {

  /** A line a result can show beneath its title: a statement, with its anchor on the page. */
  public record Line(String text, @Nullable String anchor, boolean provisional) {}

  /** One level of a role: what it adds, linked to its part of the role page. */
  public record LevelLines(String id, String name, String url, List<Line> lines) {}

  /**
   * A search result.
   *
   * @param title what the title field holds and the result shows
   * @param codes grade and other exact codes, matched exactly
   * @param skills the transferable skills' names
   * @param context framework and team, which place the unit
   * @param lines other text the page shows (summary, duties, guidance paragraphs)
   */
  public record Unit(
      String kind,
      String title,
      String url,
      @Nullable String framework,
      @Nullable String grade,
      @Nullable String summary,
      String codes,
      String skills,
      String context,
      List<Line> lines,
      List<LevelLines> levels) {}

  private final SitePaths paths = new SitePaths();

  private static final Parser MARKDOWN = Parser.builder().build();
  private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

  /** Every unit, in a fixed order: per framework its guidance and roles, then skills, profiles. */
  public List<Unit> units(Portal portal) {
    List<Unit> units = new ArrayList<>();
    for (Framework framework : portal.frameworks()) {
      units.add(framework(framework));
      units.addAll(guidance(framework));
      for (Role role : framework.roles()) {
        units.add(role(portal, framework, role));
      }
    }
    for (Skill skill : portal.content().skills()) {
      units.add(skill(portal, skill));
    }
    for (Profile profile : portal.content().profiles()) {
      units.add(profile(profile));
    }
    return units;
  }

  private Unit framework(Framework framework) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(framework.summary(), null, false));
    framework.uses().forEach(use -> lines.add(new Line(use, null, false)));
    String teams = framework.teams().stream().map(t -> t.title()).collect(Collectors.joining("\n"));
    return new Unit(
        "framework",
        framework.title(),
        paths.framework(framework),
        framework.title(),
        null,
        framework.summary(),
        "",
        "",
        teams,
        lines,
        List.of());
  }

  /**
   * The framework page's sections that explain how progression and evidence work, each a unit of
   * its own, titled by its heading; the framework's name places it but is not in its title, so a
   * search for the framework finds the framework first.
   */
  List<Unit> guidance(Framework framework) {
    Map<String, String[]> sections = new LinkedHashMap<>();
    put(sections, "about", "About this framework", framework.intro());
    put(sections, "how-to-use", "How to use the framework", framework.howToUse());
    put(sections, "structure", "How the framework is organised", framework.structure());
    if (!framework.levels().isEmpty()) {
      StringBuilder levels =
          new StringBuilder(
              "Every role is described at three levels. Each level includes everything in the"
                  + " levels before it.\n");
      for (LevelDefinition level : framework.levels()) {
        levels
            .append("Level ")
            .append(level.id())
            .append(": ")
            .append(level.name())
            .append(level.intro() == null ? "" : ". " + level.intro())
            .append('\n');
      }
      sections.put("levels", new String[] {"Levels", levels.toString()});
    }
    put(sections, "development", "Personal and professional development", framework.development());
    put(sections, "evidence", "Evidence requirements", framework.evidenceGuidance());
    List<Unit> units = new ArrayList<>();
    sections.forEach(
        (anchor, section) -> {
          List<Line> lines = new ArrayList<>();
          for (String line : section[1].split("\n", -1)) {
            if (!line.isBlank()) {
              lines.add(new Line(line.strip(), null, false));
            }
          }
          units.add(
              new Unit(
                  "guidance",
                  section[0],
                  paths.framework(framework) + "#" + anchor,
                  framework.title(),
                  null,
                  lines.isEmpty() ? null : lines.get(0).text(),
                  "",
                  "",
                  framework.title(),
                  lines,
                  List.of()));
        });
    return units;
  }

  private static void put(
      Map<String, String[]> sections, String anchor, String heading, @Nullable String markdown) {
    if (markdown != null && !markdown.isBlank()) {
      sections.put(anchor, new String[] {heading, plain(markdown)});
    }
  }

  /** Markdown as the words a reader sees: no link targets, no emphasis marks. */
  static String plain(String markdown) {
    return PLAIN.render(MARKDOWN.parse(markdown));
  }

  private Unit role(Portal portal, Framework framework, Role role) {
    Map<Item, String> ids = portal.statementIds(role);
    List<LevelLines> levels = new ArrayList<>();
    for (LevelDefinition definition : framework.levels()) {
      Level level = role.levels().get(definition.id());
      if (level == null || level.isEmpty()) {
        continue;
      }
      List<Line> lines = new ArrayList<>();
      for (Map<String, List<Item>> items : List.of(level.requirements(), level.evidence())) {
        items
            .values()
            .forEach(
                list ->
                    list.forEach(
                        item ->
                            lines.add(new Line(item.text(), ids.get(item), item.isProvisional()))));
      }
      levels.add(
          new LevelLines(
              definition.id(),
              definition.name(),
              paths.role(role) + "#level-" + definition.id().toLowerCase(Locale.ROOT),
              lines));
    }
    List<Line> lines = new ArrayList<>();
    if (role.summary() != null) {
      lines.add(new Line(role.summary(), null, false));
    }
    role.duties().forEach(duty -> lines.add(new Line(duty, null, false)));
    String team = portal.team(role).map(t -> "\n" + t.title()).orElse("");
    return new Unit(
        "role",
        role.title(),
        paths.role(role),
        framework.title(),
        role.grade(),
        role.summary(),
        role.grade(),
        portal.skillsOf(role).stream().map(Skill::name).collect(Collectors.joining("\n")),
        framework.title() + team,
        lines,
        levels);
  }

  private Unit skill(Portal portal, Skill skill) {
    long roles = portal.usesOf(skill).stream().map(use -> use.role().fullId()).distinct().count();
    String description = skill.description() == null ? "" : skill.description();
    List<Line> lines =
        description.isEmpty() ? List.of() : List.of(new Line(description, null, false));
    return new Unit(
        "skill",
        skill.name(),
        paths.skill(skill),
        null,
        null,
        (description.isEmpty() ? "" : description + " ") + "Needed by " + roles + " roles.",
        "",
        "",
        "",
        lines,
        List.of());
  }

  private Unit profile(Profile profile) {
    List<Line> lines = new ArrayList<>();
    if (profile.purpose() != null) {
      lines.add(new Line(profile.purpose(), null, false));
    }
    profile.accountabilities().forEach(item -> lines.add(new Line(item.text(), null, false)));
    profile
        .requirements()
        .values()
        .forEach(items -> items.forEach(item -> lines.add(new Line(item.text(), null, false))));
    return new Unit(
        "profile",
        profile.title(),
        paths.profile(profile),
        profile.organisation(),
        profile.grade(),
        profile.summary(),
        profile.grade(),
        "",
        profile.organisation(),
        lines,
        List.of());
  }
}
