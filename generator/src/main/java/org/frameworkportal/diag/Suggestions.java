package org.frameworkportal.diag;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** "did you mean ...?" hints for misspelt keys and ids. */
public final class Suggestions {
  private Suggestions() {}

  /** "did you mean 'title'?" when a known word is close; otherwise the words that are allowed. */
  public static @Nullable String closest(String unknown, Set<String> known) {
    String lower = unknown.toLowerCase(java.util.Locale.ROOT);
    Optional<String> closest =
        known.stream()
            .filter(
                candidate ->
                    candidate != null
                        && distance(lower, candidate.toLowerCase(java.util.Locale.ROOT))
                            <= Math.max(2, candidate.length() / 3))
            .min(
                Comparator.comparingInt(
                        (String candidate) ->
                            distance(lower, candidate.toLowerCase(java.util.Locale.ROOT)))
                    .thenComparing(Comparator.naturalOrder()));
    if (closest.isPresent()) {
      return "did you mean '" + closest.get() + "'?";
    }
    List<String> all = known.stream().filter(java.util.Objects::nonNull).sorted().toList();
    return all.size() > 12 ? null : "expected one of: " + String.join(", ", all);
  }

  /** Levenshtein distance: how many single-letter edits turn one word into the other. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
