package org.frameworkportal.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Portal-wide settings from site.yaml.
 *
 * @param feedbackEmail where readers report a problem with a page
 * @param accessibility what the accessibility statement says, or null before HR write it
 */
public record Site(
    String title,
    String organisation,
    @Nullable String intranet,
    @Nullable String summary,
    @Nullable String intro,
    @Nullable String baseUrl,
    @Nullable String feedbackEmail,
    @Nullable Accessibility accessibility,
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

  /**
   * What every page's frame and views read: these settings without the texts only the home page
   * (summary, introduction, audiences) and the accessibility statement show, so that editing one of
   * those remakes only its own page.
   */
  public Site frame() {
    return new Site(
        title,
        organisation,
        intranet,
        null,
        null,
        baseUrl,
        feedbackEmail,
        null,
        levels,
        categories,
        List.of(),
        notes);
  }
}
