package org.frameworkportal.link;

import java.util.List;
import java.util.stream.Collectors;
import org.frameworkportal.model.EntryNeed;
import org.frameworkportal.model.Skill;

/**
 * A role that shares transferable skills with another: a move someone in that role could consider,
 * with how closely the skills overlap (0 to 1), which skills they share, the grade step and what
 * entry needs that the person's own role does not give them (a registration, a qualification).
 *
 * @param fromSkills how many transferable skills the person's own role has
 * @param step the grade step, in words
 * @param bigStep whether the move is more than one grade up, or onto a pay scale that cannot be
 *     compared: it is labelled and ranked after moves of at most one grade up
 * @param needs what entry to the role needs that the person's role does not give, empty when
 *     nothing
 */
public record RelatedRole(
    RoleFace role,
    FrameworkDetails framework,
    double score,
    List<Skill> shared,
    int fromSkills,
    String step,
    boolean bigStep,
    List<EntryNeed> needs) {

  public RelatedRole {
    shared = List.copyOf(shared);
    needs = List.copyOf(needs);
  }

  /** The score as a whole percentage, for readers. */
  public int percent() {
    return (int) Math.round(score * 100);
  }

  /** Whether the move needs nothing beyond experience and is at most one grade up. */
  public boolean realistic() {
    return needs.isEmpty() && !bigStep;
  }

  /** What the move needs, joined for a data attribute: "" when nothing. */
  public String needsText() {
    return needs.stream().map(EntryNeed::text).collect(Collectors.joining("; "));
  }
}
