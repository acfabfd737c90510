package org.frameworkportal.changes;

import java.util.List;

/** What changed in one role between two publishes. {@code reworded} pairs read "old → new". */
public record RoleChange(
    String role,
    String title,
    String framework,
    boolean newRole,
    boolean removedRole,
    List<String> added,
    List<String> removed,
    List<Reworded> reworded) {

  public record Reworded(String before, String after) {}
}
