package org.frameworkportal.model;

import java.util.List;
import java.util.Map;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/** A role profile (job description) from another council, shown for comparison. */
public record Profile(
    String id,
    String title,
    String organisation,
    String grade,
    @Nullable String summary,
    @Nullable String reportsTo,
    @Nullable String directorate,
    @Nullable String service,
    @Nullable String location,
    @Nullable String date,
    @Nullable String purpose,
    @Nullable String accountabilitiesHeading,
    List<Item> accountabilities,
    Map<String, List<Item>> requirements,
    List<Item> values,
    List<ProfileSection> sections,
    List<Ref> related,
    List<String> notes,
    SourcePosition at) {

  public Profile {
    accountabilities = List.copyOf(accountabilities);
    requirements = Collections2.copyOrdered(requirements);
    values = List.copyOf(values);
    sections = List.copyOf(sections);
    related = List.copyOf(related);
    notes = List.copyOf(notes);
  }
}
