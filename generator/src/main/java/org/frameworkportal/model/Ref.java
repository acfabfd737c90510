package org.frameworkportal.model;

import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * An id written in content that points at something else (a team, a role, a skill), with where it
 * was written.
 *
 * @param provisional why the link is not certain (a next role or team the source does not state),
 *     or null
 */
public record Ref(String id, SourcePosition at, @Nullable String provisional) {

  public Ref(String id, SourcePosition at) {
    this(id, at, null);
  }

  /**
   * Whether the link is not stated by the source: a suggestion, shown as such ({@code provisional}
   * says why).
   */
  public boolean isProvisional() {
    return provisional != null;
  }
}
