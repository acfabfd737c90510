package org.frameworkportal.link;

import java.util.List;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Role;

/** One statement of a role that needs a skill: where it stands (level, category) and its words. */
public record SkillUse(Role role, String levelId, String category, Item item) {

  /** A use as a skill's page shows it: of the role, only what a link to it shows. */
  public record Shown(RoleFace role, String levelId, String category, Item item) {

    public static List<Shown> of(List<SkillUse> uses) {
      return uses.stream()
          .map(use -> new Shown(RoleFace.of(use.role()), use.levelId(), use.category(), use.item()))
          .toList();
    }
  }
}
