package org.frameworkportal.model;

import java.util.List;

/** Everything read from a content folder. */
public record Content(
    Site site,
    List<Framework> frameworks,
    List<Skill> skills,
    List<Profile> profiles,
    List<FreePage> pages) {

  public Content {
    frameworks = List.copyOf(frameworks);
    skills = List.copyOf(skills);
    profiles = List.copyOf(profiles);
    pages = List.copyOf(pages);
  }
}
