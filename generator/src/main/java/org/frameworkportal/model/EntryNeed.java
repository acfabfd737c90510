package org.frameworkportal.model;

import java.util.List;
import org.frameworkportal.diag.SourcePosition;

/**
 * One thing entry to a role needs beyond experience: a registration or a qualification.
 *
 * @param metBy ids of other entry needs that also meet this one
 * @param at where its id is written
 */
public record EntryNeed(
    String id, String text, String kind, List<String> metBy, SourcePosition at) {

  public EntryNeed {
    metBy = List.copyOf(metBy);
  }

  /** Whether holding {@code held} meets this need. */
  public boolean metBy(EntryNeed held) {
    return held.id().equals(id) || metBy.contains(held.id());
  }
}
