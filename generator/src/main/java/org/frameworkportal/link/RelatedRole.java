package org.frameworkportal.link;

import java.util.List;
import org.frameworkportal.model.Skill;

/**
 * A role that shares transferable skills with another, with how closely (0 to 1) and which skills.
 */
public record RelatedRole(
    RoleFace role, FrameworkDetails framework, double score, List<Skill> shared) {

  /** The score as a whole percentage, for readers. */
  public int percent() {
    return (int) Math.round(score * 100);
  }
}
