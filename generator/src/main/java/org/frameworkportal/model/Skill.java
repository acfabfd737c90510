package org.frameworkportal.model;

import java.util.List;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * A transferable skill; {@code match} phrases tag every statement that contains them.
 *
 * @param at where the id is written
 */
public record Skill(
    String id, String name, @Nullable String description, List<String> match, SourcePosition at) {

  public Skill {
    match = List.copyOf(match);
  }
}
