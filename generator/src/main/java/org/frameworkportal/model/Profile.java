package org.frameworkportal.model;

import java.util.List;
import java.util.Map;
import org.frameworkportal.diag.SourcePosition;

/** A role profile (job description) from another council, shown for comparison. */
public record Profile(
    String id,
    String title,
    String organisation,
    String grade,
    String summary,
    String reportsTo,
    String directorate,
    String service,
    String location,
    String date,
    String purpose,
    String accountabilitiesHeading,
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
