package org.frameworkportal.model;

import java.util.List;

/**
 * Everything read from a content folder.
 *
 * @param glossary the terms of glossary.yaml, in its order; empty when there is no such file
 */
public record Content(
    Site site,
    List<Framework> frameworks,
    List<Skill> skills,
    List<GlossaryTerm> glossary,
    List<Profile> profiles,
    List<FreePage> pages) {

  public Content {
    frameworks = List.copyOf(frameworks);
    skills = List.copyOf(skills);
    glossary = List.copyOf(glossary);
    profiles = List.copyOf(profiles);
    pages = List.copyOf(pages);
  }
}
