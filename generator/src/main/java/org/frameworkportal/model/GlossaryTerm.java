package org.frameworkportal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * An acronym or term from glossary.yaml.
 *
 * @param term as the content writes it ("ASYE")
 * @param meaning what it stands for ("Assessed and Supported Year in Employment")
 * @param also other ways the content writes it ("CoP" for "COP")
 * @param provisional why its meaning is not settled, or null when it is
 * @param at where the term is written
 */
public record GlossaryTerm(
    String term,
    String meaning,
    List<String> also,
    @Nullable String description,
    @Nullable String provisional,
    SourcePosition at) {

  public GlossaryTerm {
    also = List.copyOf(also);
  }

  public boolean isProvisional() {
    return provisional != null;
  }

  /** The meaning as a reader is shown it where the term is used: marked when not settled. */
  public String meaningShown() {
    return isProvisional() ? meaning + " (to be confirmed)" : meaning;
  }

  /** The term and its other spellings, the term first. */
  public List<String> spellings() {
    List<String> spellings = new ArrayList<>();
    spellings.add(term);
    spellings.addAll(also);
    return Collections.unmodifiableList(spellings); // not copyOf: a term left out is null
  }
}
