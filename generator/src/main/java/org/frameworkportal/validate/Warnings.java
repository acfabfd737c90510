package org.frameworkportal.validate;

import java.util.ArrayList;
import java.util.List;
import org.frameworkportal.link.Portal;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;

/**
 * Things that are allowed but worth a look before publishing: they do not stop a build.
 */
public final class Warnings {
  /** A statement longer than this is probably two statements, or pasted text. */
  public static final int LONG_STATEMENT = 400;

  private Warnings() {}

  public static List<Problem> of(Portal portal) {
    List<Problem> warnings = new ArrayList<>();
    for (Framework framework : portal.frameworks()) {
      for (Role role : framework.roles()) {
        if (portal.previousRoles(role).isEmpty() && portal.nextRoles(role).isEmpty() && framework.roles().size() > 1) {
          warnings.add(new Problem(role.at(), "role '" + role.id() + "' has no 'next' role and no role leads to it",
              "add 'next:' where the framework names a progression"));
        }
        for (LevelDefinition definition : framework.levels()) {
          Level level = role.levels().get(definition.id());
          if (level == null || level.isEmpty()) {
            warnings.add(new Problem(level == null ? role.at() : level.at(),
                "level " + definition.id() + " of '" + role.id() + "' is empty", "it is published as 'to be confirmed'"));
            continue;
          }
          level.requirements().values().forEach(items -> items.forEach(item -> statementWarnings(portal, item, warnings)));
        }
      }
    }
    return warnings;
  }

  private static void statementWarnings(Portal portal, Item item, List<Problem> warnings) {
    if (portal.skillsOf(item).isEmpty()) {
      warnings.add(new Problem(item.at(), "statement carries no transferable skill",
          "add a phrase to skills.yaml, or 'skills: [...]' to the statement, if it names one"));
    }
    if (item.text().length() > LONG_STATEMENT) {
      warnings.add(new Problem(item.at(), "statement is " + item.text().length() + " characters long",
          "check whether it is two statements run together"));
    }
  }
}
