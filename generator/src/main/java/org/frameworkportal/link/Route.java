package org.frameworkportal.link;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a role leads: its team's title (or null), the roles it leads to, and which of those the
 * source only suggests. A framework's routes are what its career pathway picture draws.
 */
public record Route(
    RoleFace role, @Nullable String team, List<RoleFace> next, List<RoleFace> suggested) {

  public Route {
    next = List.copyOf(next);
    suggested = List.copyOf(suggested);
  }
}
