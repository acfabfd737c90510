package org.frameworkportal.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frameworkportal.diag.Quoted;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.model.Content;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.GlossaryTerm;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Role;

/**
 * HR's list of what is still to be confirmed with the services: everything marked {@code
 * provisional:}, per framework, in the files' order. Removing the key is how HR confirm it.
 */
public final class Provisional {
  /** One thing to confirm: where it is written, and what it is, named by its first words. */
  public record ToConfirm(SourcePosition at, String what) {}

  private Provisional() {}

  /**
   * By framework title, each framework's list in file order, then the glossary's terms
   * ("Glossary"); lists with nothing to confirm are left out.
   */
  public static Map<String, List<ToConfirm>> byFramework(Content content) {
    Map<String, List<ToConfirm>> lists = new LinkedHashMap<>();
    for (Framework framework : content.frameworks()) {
      List<ToConfirm> list = new ArrayList<>();
      for (Role role : framework.roles()) {
        if (role.isProvisional()) {
          list.add(new ToConfirm(role.at(), role.title() + ": its requirements"));
        }
        if (role.team() != null && role.team().isProvisional()) {
          list.add(
              new ToConfirm(role.team().at(), role.title() + ": its team, " + role.team().id()));
        }
        for (Ref next : role.next()) {
          if (next.isProvisional()) {
            list.add(new ToConfirm(next.at(), role.title() + ": its next role, " + next.id()));
          }
        }
        for (Level level : role.levels().values()) {
          level.requirements().values().forEach(items -> statements(role, level, items, list));
          level.evidence().values().forEach(items -> statements(role, level, items, list));
          statements(role, level, level.development(), list);
        }
      }
      list.sort(
          java.util.Comparator.comparing((ToConfirm c) -> c.at().file())
              .thenComparingInt(c -> c.at().line()));
      if (!list.isEmpty()) {
        lists.put(framework.title(), list);
      }
    }
    List<ToConfirm> glossary = new ArrayList<>();
    for (GlossaryTerm term : content.glossary()) {
      if (term.isProvisional()) {
        glossary.add(new ToConfirm(term.at(), term.term() + ": its meaning, " + term.meaning()));
      }
    }
    if (!glossary.isEmpty()) {
      lists.put("Glossary", glossary);
    }
    return lists;
  }

  private static void statements(Role role, Level level, List<Item> items, List<ToConfirm> list) {
    for (Item item : items) {
      if (item.isProvisional()) {
        list.add(
            new ToConfirm(
                item.at(),
                role.title() + ", level " + level.id() + ": " + Quoted.firstWords(item.text())));
      }
    }
  }
}
