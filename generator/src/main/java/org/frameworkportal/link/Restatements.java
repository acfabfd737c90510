package org.frameworkportal.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frameworkportal.model.Item;
import org.frameworkportal.shape.Words;
import org.jspecify.annotations.Nullable;

/**
 * Statements that restate one another: the same meaningful words (stemmed, without the words every
 * statement uses: "knowledge", "ability", "experience of", "excellent"), so "An understanding of
 * General Data Protection Regulations" and "Knowledge of General Data Protection Regulations" are
 * one requirement. Two statements restate each other when their Jaccard index of meaningful words
 * is at least {@link #THRESHOLD} and they name the same numbers ("3 years" is not "4 years").
 *
 * <p>The threshold is calibrated on the real frameworks: from Social Worker to Senior Social Worker
 * and along every other route, pairs at 0.6 and above are rewordings (0.60: "Knowledge of HR
 * procedures to manage a team" and "... a service"); just below are statements that add something
 * ("sound judgement in decision making" and "..., resolving problems and providing direction").
 */
public final class Restatements {
  private Restatements() {}

  public static final double THRESHOLD = 0.6;

  /** Words every requirement uses, which say nothing about what it asks for. */
  private static final Set<String> PLAIN =
      Set.of(
          "a",
          "an",
          "and",
          "or",
          "the",
          "of",
          "to",
          "in",
          "on",
          "for",
          "with",
          "by",
          "as",
          "at",
          "from",
          "into",
          "within",
          "across",
          "their",
          "your",
          "own",
          "his",
          "her",
          "its",
          "it",
          "is",
          "are",
          "be",
          "been",
          "being",
          "this",
          "that",
          "these",
          "those",
          "which",
          "who",
          "will",
          "can",
          "could",
          "should",
          "would",
          "may",
          "must",
          "all",
          "any",
          "each",
          "other",
          "such",
          "both",
          "able",
          "ability",
          "abilities",
          "experience",
          "experienced",
          "knowledge",
          "understanding",
          "understand",
          "understands",
          "demonstrate",
          "demonstrated",
          "demonstrable",
          "evidence",
          "skill",
          "skills",
          "good",
          "strong",
          "excellent",
          "effective",
          "effectively",
          "relevant",
          "appropriate",
          "appropriately",
          "including",
          "include",
          "use",
          "using",
          "used",
          "work",
          "working",
          "through",
          "where",
          "when",
          "how",
          "what",
          "while",
          "also",
          "well",
          "more",
          "most",
          "required",
          "ensure",
          "ensuring",
          "provide",
          "providing",
          "level",
          "detailed",
          "comprehensive",
          "significant",
          "extensive",
          "broad",
          "ongoing",
          "up",
          "date",
          "range",
          "wide",
          "variety",
          "awareness",
          "proficient",
          "previous",
          "proven",
          "minimum");

  /** The statement in {@code have} that {@code item} restates most closely, or null. */
  public static @Nullable Item closest(Item item, List<Item> have) {
    Set<String> words = meaningful(item.text());
    Set<String> numbers = numbers(item.text());
    Item best = null;
    double bestScore = 0;
    for (Item other : have) {
      double score = jaccard(words, meaningful(other.text()));
      if (score >= THRESHOLD && score > bestScore && numbers.equals(numbers(other.text()))) {
        best = other;
        bestScore = score;
      }
    }
    return best;
  }

  /** The Jaccard index of the two statements' meaningful words, 0 to 1. */
  public static double similarity(String a, String b) {
    return jaccard(meaningful(a), meaningful(b));
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    Set<String> either = new HashSet<>(a);
    either.addAll(b);
    return (double) both.size() / either.size();
  }

  static Set<String> meaningful(String text) {
    Set<String> words = new HashSet<>();
    for (Words.Word word : Words.of(text)) {
      String lower = word.lower();
      if (Character.isLetter(lower.charAt(0)) && lower.length() > 1 && !PLAIN.contains(lower)) {
        words.add(word.stem());
      }
    }
    return words;
  }

  private static Set<String> numbers(String text) {
    Set<String> numbers = new HashSet<>();
    for (Words.Word word : Words.of(text)) {
      if (Character.isDigit(word.lower().charAt(0))) {
        numbers.add(word.lower());
      }
    }
    return numbers;
  }
}
