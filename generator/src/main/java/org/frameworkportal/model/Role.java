package org.frameworkportal.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A job role in a framework, with what each level requires. */
public record Role(
    String frameworkId,
    String id,
    String title,
    String grade,
    Ref team,
    String summary,
    List<String> duties,
    String sectorFramework,
    List<Ref> next,
    Map<String, Level> levels,
    List<String> notes,
    SourcePosition at) {

  public Role {
    duties = List.copyOf(duties);
    next = List.copyOf(next);
    levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    notes = List.copyOf(notes);
  }

  /** The id that is unique across the portal: {@code framework/role}. */
  public String fullId() {
    return frameworkId + "/" + id;
  }

  /** By id: consistent with equals, and cheap, where the default would hash every statement. */
  @Override
  public int hashCode() {
    return 31 * frameworkId.hashCode() + id.hashCode();
  }
}
