package org.frameworkportal.model;

import java.util.List;

/** Portal-wide settings from site.yaml. */
public record Site(
    String title,
    String organisation,
    String intranet,
    String summary,
    String intro,
    String baseUrl,
    List<LevelDefinition> levels,
    List<String> categories,
    List<Audience> audiences,
    List<String> notes) {

  public Site {
    levels = List.copyOf(levels);
    categories = List.copyOf(categories);
    audiences = List.copyOf(audiences);
    notes = List.copyOf(notes);
  }
}
