package org.frameworkportal.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * A job role in a framework, with what each level requires.
 *
 * @param provisional why the role's requirements are not settled (levels "to be confirmed"), or
 *     null
 */
public record Role(
    String frameworkId,
    String id,
    String title,
    String grade,
    @Nullable Ref team,
    @Nullable String summary,
    List<String> duties,
    @Nullable String sectorFramework,
    List<Ref> next,
    Map<String, Level> levels,
    List<String> notes,
    SourcePosition at,
    @Nullable String provisional,
    @Nullable List<EntryNeed> entry) {

  /** A role with no reason to be provisional that takes its framework's entry requirements. */
  public Role(
      String frameworkId,
      String id,
      String title,
      String grade,
      @Nullable Ref team,
      @Nullable String summary,
      List<String> duties,
      @Nullable String sectorFramework,
      List<Ref> next,
      Map<String, Level> levels,
      List<String> notes,
      SourcePosition at) {
    this(
        frameworkId,
        id,
        title,
        grade,
        team,
        summary,
        duties,
        sectorFramework,
        next,
        levels,
        notes,
        at,
        null,
        null);
  }

  public boolean isProvisional() {
    return provisional != null;
  }

  /**
   * Whether the route from this role to {@code to} is only suggested: the source does not state it.
   */
  public boolean suggests(Role to) {
    return next.stream()
        .anyMatch(
            ref ->
                ref.isProvisional()
                    && (ref.id().contains("/") ? ref.id() : frameworkId + "/" + ref.id())
                        .equals(to.fullId()));
  }

  public Role {
    duties = List.copyOf(duties);
    next = List.copyOf(next);
    levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    notes = List.copyOf(notes);
    entry = entry == null ? null : List.copyOf(entry);
  }

  /** The id that is unique across the portal: {@code framework/role}. */
  public String fullId() {
    return frameworkId + "/" + id;
  }
}
