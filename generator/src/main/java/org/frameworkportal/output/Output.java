package org.frameworkportal.output;

import java.util.List;

/**
 * One kind of file the site has (role pages, checklists, the statements CSV, the search index...):
 * it lists what it makes a file for, and makes each from what it reads of the input.
 *
 * @param <S> what one file is about: a role, a framework, a skill, or the site itself
 */
public interface Output<S> {

  /** What this kind makes a file for, in a fixed order. */
  List<S> subjects(Reads reads);

  /** Where the subject's file goes: the path the preview remembers it by. */
  String path(S subject);

  /**
   * The subject's file (or files made together, such as the search index and its documents), made
   * only from what {@code reads} answers.
   */
  List<OutputFile> make(S subject, Reads reads);

  /**
   * Whether a page shows this. The preview brings files no page shows (the search index, the
   * manifest) up to date after the pages, so an edit is on screen without waiting for them.
   */
  default boolean shownOnPages() {
    return true;
  }
}
