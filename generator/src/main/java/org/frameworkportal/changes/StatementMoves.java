package org.frameworkportal.changes;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frameworkportal.link.StatementIds;

/**
 * Where records of reworded statements move. People record evidence against a statement's id in
 * their browser; when a publish rewords the statement, its id changes, and this map (published in
 * the manifest and on the role's checklists) takes what they recorded to the new id. Moves are kept
 * over every publish, so a record made three publishes ago still finds its statement.
 */
public final class StatementMoves {
  private StatementMoves() {}

  /** {@code before}'s moves followed through this publish's rewordings, and those added. */
  static Map<String, Map<String, String>> next(
      Map<String, Map<String, String>> before, List<RoleChange> changes) {
    Map<String, Map<String, String>> moves = new TreeMap<>();
    before.forEach((role, map) -> moves.put(role, new TreeMap<>(map)));
    for (RoleChange change : changes) {
      if (change.removedRole()) {
        continue;
      }
      Map<String, String> role = moves.computeIfAbsent(change.role(), r -> new TreeMap<>());
      for (RoleChange.Reworded reworded : change.reworded()) {
        String from = id(reworded.before());
        String to = id(reworded.after());
        role.replaceAll((old, now) -> now.equals(from) ? to : now);
        role.put(from, to);
      }
      role.entrySet().removeIf(move -> move.getKey().equals(move.getValue()));
    }
    moves.values().removeIf(Map::isEmpty);
    return moves;
  }

  /**
   * The id of a statement as the manifest lists it: "Level A people: text" or "Level A evidence of
   * people: text".
   */
  static String id(String listed) {
    int colon = listed.indexOf(": ");
    String where = listed.substring(0, colon);
    String text = listed.substring(colon + 2);
    String category = where.substring(where.indexOf(' ', "Level ".length()) + 1);
    boolean evidence = category.startsWith(EVIDENCE_OF);
    return StatementIds.base(
        evidence ? category.substring(EVIDENCE_OF.length()) : category, evidence, text);
  }

  private static final String EVIDENCE_OF = "evidence of ";
}
