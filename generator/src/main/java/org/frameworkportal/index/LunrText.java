package org.frameworkportal.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * lunr.js 2.3.9's text pipeline for indexing: tokenizer (lunr.js L413), trimmer (L1337), stop-word
 * filter (L1194) and stemmer (L947, in {@link PorterStemmer}), so that terms built here are the
 * terms lunr.js would build and search for.
 */
public final class LunrText {
  private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

  static final Set<String> STOP_WORDS =
      Set.of(
          "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an",
          "and", "any", "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot",
          "could", "dear", "did", "do", "does", "either", "else", "ever", "every", "for", "from",
          "get", "got", "had", "has", "have", "he", "her", "hers", "him", "his", "how", "however",
          "i", "if", "in", "into", "is", "it", "its", "just", "least", "let", "like", "likely",
          "may", "me", "might", "most", "must", "my", "neither", "no", "nor", "not", "of", "off",
          "often", "on", "only", "or", "other", "our", "own", "rather", "said", "say", "says",
          "she", "should", "since", "so", "some", "than", "that", "the", "their", "them", "then",
          "there", "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we",
          "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
          "would", "yet", "you", "your");

  private LunrText() {}

  /**
   * The separator the portal gives lunr.tokenizer (lunr.tokenizer.separator), as JavaScript source:
   * lunr's own whitespace and hyphen, plus the joiners the content writes between words: "/"
   * ("Appointee/Deputyship"), en and em dashes, and apostrophes ("client's" is "client" and "s").
   * {@link #isSeparator} is the same class spelled out; search-text.js and the compatibility test
   * use this string.
   */
  public static final String SEPARATOR_JS = "[\\s\\-/\\u2013\\u2014'\\u2019]+";

  /** lunr.tokenizer: lower-case, then split on {@link #SEPARATOR_JS}; empty pieces dropped. */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int start = 0;
    for (int end = 0; end <= lower.length(); end++) {
      if (end == lower.length() || isSeparator(lower.charAt(end))) {
        if (end > start) {
          tokens.add(lower.substring(start, end));
        }
        start = end + 1;
      }
    }
    return tokens;
  }

  /** {@link #SEPARATOR_JS}, with JavaScript's \s, which is wider than Java's. */
  static boolean isSeparator(char c) {
    return switch (c) {
      case '-',
          '/',
          '\u2013',
          '\u2014',
          '\'',
          '\u2019',
          '\t',
          '\n',
          '\u000B',
          '\f',
          '\r',
          ' ',
          '\u00A0',
          '\u1680',
          '\u2028',
          '\u2029',
          '\u202F',
          '\u205F',
          '\u3000',
          '\uFEFF' ->
          true;
      default -> c >= '\u2000' && c <= '\u200A';
    };
  }

  /** lunr.trimmer: strips non-word characters at both ends; a token of punctuation becomes "". */
  public static String trim(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && !isWordChar(token.charAt(start))) {
      start++;
    }
    while (end > start && !isWordChar(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(start, end);
  }

  /** JavaScript's \w: ASCII letters, digits and the underscore only. */
  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** The whole indexing pipeline: the terms lunr.js would index for {@code text}. */
  public static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    for (String token : tokenize(text)) {
      String trimmed = trim(token);
      if (!STOP_WORDS.contains(trimmed)) {
        terms.add(STEMS.computeIfAbsent(trimmed, PorterStemmer::stem));
      }
    }
    return terms;
  }
}
