package org.frameworkportal.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How skill phrases and statements are read as words: lower case, split into words, each reduced to
 * a light stem so that "coach", "coaches", "coaching" and "coached" agree, and "budget" and
 * "budgets" too, while "budgetary", "community" and "communication" stay apart. Punctuation that
 * separates clauses (, ; : . ( ) ? !) is kept as a word of its own, so a phrase never matches
 * across it; hyphens, slashes and apostrophes only separate words.
 */
public final class Words {
  private Words() {}

  /**
   * A word of a text: its stem, the word in lower case, and where it stands in the text (start and
   * end offsets).
   */
  public record Word(String stem, String lower, int start, int end) {

    /**
     * Whether this word of a statement stands for {@code phrase}'s word: the same stem, except that
     * a word of three letters or fewer in a phrase (an acronym such as "cop" or "dso") is only
     * itself or its plural, so "cop" does not find "coping".
     */
    public boolean matches(Word phrase) {
      if (phrase.lower().length() <= 3) {
        return lower.equals(phrase.lower()) || lower.equals(phrase.lower() + "s");
      }
      return stem.equals(phrase.stem());
    }
  }

  private static final Set<Character> BREAKS = Set.of(',', ';', ':', '.', '(', ')', '?', '!');

  /** The words of {@code text}, in order, with clause punctuation as words of their own. */
  public static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        String word = text.substring(start, i);
        words.add(new Word(stem(word), word.toLowerCase(Locale.ROOT), start, i));
      } else {
        if (c == '&') {
          words.add(new Word("and", "and", i, i + 1));
        } else if (BREAKS.contains(c) && !decimalPoint(text, i)) {
          words.add(new Word(String.valueOf(c), String.valueOf(c), i, i + 1));
        }
        i++;
      }
    }
    return words;
  }

  /** The stems of {@code text}'s words, clause punctuation included. */
  public static List<String> stems(String text) {
    return of(text).stream().map(Word::stem).toList();
  }

  private static boolean decimalPoint(String text, int at) {
    return text.charAt(at) == '.'
        && at > 0
        && at + 1 < text.length()
        && Character.isDigit(text.charAt(at - 1))
        && Character.isDigit(text.charAt(at + 1));
  }

  /**
   * A light stem: plural and verb endings only (-s, -es, -ies, -ing, -ed, a final -e), so a word
   * and its inflections agree and nothing else does.
   */
  public static String stem(String raw) {
    String w = raw.toLowerCase(Locale.ROOT);
    if (w.length() <= 3 || !w.chars().allMatch(Character::isLetter)) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ied") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("ing") && hasVowel(w.substring(0, w.length() - 3), 3)) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && hasVowel(w.substring(0, w.length() - 2), 3)) {
      w = undouble(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("e") && w.length() > 3) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static boolean hasVowel(String s, int minLength) {
    return s.length() >= minLength && s.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
  }

  /** "plann" to "plan", "embedd" to "embed"; "skill", "process" and "buzz" keep theirs. */
  private static String undouble(String s) {
    int n = s.length();
    if (n >= 2
        && s.charAt(n - 1) == s.charAt(n - 2)
        && "lsz".indexOf(s.charAt(n - 1)) < 0
        && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }
}
