package org.frameworkportal.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frameworkportal.model.GlossaryTerm;

/**
 * Words that mean the same to staff: each group's phrases are searched for one another, both ways
 * ("OT" finds "occupational therapist" and "occupational therapist" finds "OT"). The glossary's
 * acronyms and terms are added to the portal's own words about the process.
 *
 * @param groups phrases that mean the same, each group in the order written
 */
public record SearchVocabulary(List<List<String>> groups) {

  /**
   * How staff ask about progression, in words the frameworks do not use ("promotion"): the site's
   * own vocabulary, not content's, so it lives here.
   */
  public static final SearchVocabulary PROCESS =
      new SearchVocabulary(
          List.of(
              List.of("promotion", "progression", "career progression", "progress"),
              List.of("promoted", "progress"),
              List.of("move up", "progression", "next level"),
              List.of("proof", "evidence")));

  /**
   * The glossary's terms, each with its other spellings and its meaning, as groups: "OT" and
   * "occupational therapy" and "occupational therapist" (a meaning "X, or Y" is two phrases).
   */
  public static SearchVocabulary glossary(List<GlossaryTerm> terms) {
    List<List<String>> groups = new ArrayList<>();
    for (GlossaryTerm term : terms) {
      List<String> group = new ArrayList<>(term.spellings());
      group.addAll(List.of(term.meaning().split(",\\s*or\\s+", -1)));
      groups.add(group);
    }
    return new SearchVocabulary(groups);
  }

  public SearchVocabulary {
    groups = groups.stream().map(List::copyOf).toList();
  }

  /** This vocabulary and {@code other}'s groups after it. */
  public SearchVocabulary with(SearchVocabulary other) {
    List<List<String>> all = new ArrayList<>(groups);
    all.addAll(other.groups());
    return new SearchVocabulary(all);
  }

  /**
   * The expansions the browser looks up: each phrase's terms (as the index has them, space
   * separated) to the terms of every other phrase of its groups, sorted, so the output is the same
   * on every build.
   */
  public Map<String, List<List<String>>> expansions() {
    Map<String, List<List<String>>> expansions = new TreeMap<>();
    for (List<String> group : groups) {
      for (String phrase : group) {
        List<String> key = LunrText.terms(phrase);
        if (key.isEmpty()) {
          continue;
        }
        List<List<String>> alternatives =
            expansions.computeIfAbsent(String.join(" ", key), k -> new ArrayList<>());
        for (String other : group) {
          List<String> terms = LunrText.terms(other);
          if (!terms.isEmpty() && !terms.equals(key) && !alternatives.contains(terms)) {
            alternatives.add(terms);
          }
        }
      }
    }
    expansions.values().removeIf(List::isEmpty);
    return expansions;
  }
}
