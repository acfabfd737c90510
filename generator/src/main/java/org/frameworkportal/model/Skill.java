package org.frameworkportal.model;

import java.util.List;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * A transferable skill; {@code match} phrases tag every statement that contains them, except where
 * the words around a match make one of its {@code notWhen} phrases (a false friend: "personal
 * budgets" is not budget management).
 *
 * @param at where the id is written
 */
public record Skill(
    String id,
    String name,
    @Nullable String description,
    List<String> match,
    List<String> notWhen,
    SourcePosition at) {

  public Skill {
    match = List.copyOf(match);
    notWhen = List.copyOf(notWhen);
  }

  /** A skill without false friends. */
  public Skill(
      String id, String name, @Nullable String description, List<String> match, SourcePosition at) {
    this(id, name, description, match, List.of(), at);
  }
}
