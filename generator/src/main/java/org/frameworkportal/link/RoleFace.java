package org.frameworkportal.link;

import org.frameworkportal.model.Role;

/**
 * What a page shows of a role it only links to: rewording a statement of that role changes none of
 * it, so the pages that link to the role need not be made again.
 */
public record RoleFace(String frameworkId, String id, String title, String grade) {

  public static RoleFace of(Role role) {
    return new RoleFace(role.frameworkId(), role.id(), role.title(), role.grade());
  }

  /** The id that is unique across the portal: {@code framework/role}. */
  public String fullId() {
    return frameworkId + "/" + id;
  }
}
