package org.frameworkportal.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frameworkportal.diag.Quoted;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;

/**
 * Things that are allowed but worth a look before publishing: they do not stop a build. Grouped by
 * kind, so that an editor reads one piece of advice per kind and a list of the places it applies
 * to, each named by its first words; what is normal for this content is not a warning.
 */
public final class Warnings {
  /** A statement longer than this is probably two statements, or pasted text. */
  public static final int LONG_STATEMENT = 400;

  /**
   * Categories whose statements name a qualification or a length of service: carrying no skill is
   * normal.
   */
  private static final List<String> NO_SKILL_EXPECTED = List.of("qualifications");

  /** "2-3 years relevant post qualifying experience": a length of service, which names no skill. */
  private static final java.util.regex.Pattern LENGTH_OF_SERVICE =
      java.util.regex.Pattern.compile(
          "(?i)\\b(\\d+|one|two|three|four|five|six|twelve|eighteen)\\s*(-\\s*\\d+\\s*|\\+\\s*)?(years?|months?)\\b.*experience"
              + "|experience.*\\b(\\d+|one|two|three|four|five|six|twelve|eighteen)\\s*(years?|months?)\\b");

  /** A kind of warning: a heading, and what to do about every warning of the kind. */
  public enum Kind {
    LONG_STATEMENT(
        "Very long statements, perhaps two run together", "check whether each is two statements"),
    EMPTY_LEVEL(
        "Levels with no statements, published as 'to be confirmed'",
        "fill them in when the service confirms them"),
    NO_PROGRESSION(
        "Roles no 'next' leads to or from", "add 'next:' where the framework names a progression"),
    NO_SKILL(
        "Statements that carry no transferable skill",
        "if a statement names a skill, add a phrase to skills.yaml or 'skills: [...]' to the statement");

    private final String heading;
    private final String advice;

    Kind(String heading, String advice) {
      this.heading = heading;
      this.advice = advice;
    }

    public String heading() {
      return heading;
    }

    public String advice() {
      return advice;
    }
  }

  /** One place a warning applies to: where, and what it is, in the content's own words. */
  public record Warning(Kind kind, SourcePosition at, String about) {}

  private Warnings() {}

  /**
   * Every warning, grouped by kind in the order of {@link Kind}, each group in the content's order.
   */
  public static Map<Kind, List<Warning>> grouped(Portal portal) {
    Map<Kind, List<Warning>> groups = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      groups.put(kind, new ArrayList<>());
    }
    for (Warning warning : of(portal)) {
      groups.computeIfAbsent(warning.kind(), kind -> new ArrayList<>()).add(warning);
    }
    groups.values().removeIf(List::isEmpty);
    return groups;
  }

  /** How many warnings the content gives. */
  public static int count(Portal portal) {
    return of(portal).size();
  }

  public static List<Warning> of(Portal portal) {
    List<Warning> warnings = new ArrayList<>();
    for (Framework framework : portal.frameworks()) {
      for (Role role : framework.roles()) {
        if (portal.previousRoles(role).isEmpty()
            && portal.nextRoles(role).isEmpty()
            && framework.roles().size() > 1) {
          warnings.add(new Warning(Kind.NO_PROGRESSION, role.at(), role.title()));
        }
        for (LevelDefinition definition : framework.levels()) {
          Level level = role.levels().get(definition.id());
          if (level == null || level.isEmpty()) {
            warnings.add(
                new Warning(
                    Kind.EMPTY_LEVEL,
                    level == null ? role.at() : level.at(),
                    role.title() + ", level " + definition.id()));
            continue;
          }
          level
              .requirements()
              .forEach(
                  (category, items) ->
                      items.forEach(
                          item -> statementWarnings(portal, role, category, item, warnings)));
        }
      }
    }
    return warnings;
  }

  private static void statementWarnings(
      Portal portal, Role role, String category, Item item, List<Warning> warnings) {
    if (portal.skillsOf(role, item).isEmpty()
        && !NO_SKILL_EXPECTED.contains(category)
        && !LENGTH_OF_SERVICE.matcher(item.text()).find()) {
      warnings.add(new Warning(Kind.NO_SKILL, item.at(), Quoted.firstWords(item.text())));
    }
    if (item.text().length() > LONG_STATEMENT) {
      warnings.add(
          new Warning(
              Kind.LONG_STATEMENT,
              item.at(),
              item.text().length() + " characters: " + Quoted.firstWords(item.text())));
    }
  }
}
