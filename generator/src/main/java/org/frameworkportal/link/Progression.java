package org.frameworkportal.link;

import java.util.List;
import org.frameworkportal.model.Role;

/**
 * One step of a career route, to or from a role: the role at the other end, and whether the
 * framework only suggests the step (it does not name the route).
 */
public record Progression(RoleFace role, boolean suggested) {

  /** The roles {@code role} leads to. */
  public static List<Progression> from(Role role, List<Role> next) {
    return next.stream().map(to -> new Progression(RoleFace.of(to), role.suggests(to))).toList();
  }

  /** The roles that lead to {@code role}. */
  public static List<Progression> to(Role role, List<Role> previous) {
    return previous.stream()
        .map(from -> new Progression(RoleFace.of(from), from.suggests(role)))
        .toList();
  }
}
