package org.frameworkportal.index;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as lunr.js 2.3.9 implements it (lunr.js L947-L1151), including its
 * quirks: words under three characters are left alone, a leading "y" is treated as a consonant,
 * step 2 maps "bli" to "ble" and "logi" to "log". Each step mirrors the JavaScript; the anchored
 * patterns use {@code matches}, the unanchored ones {@code find}, as RegExp#test does.
 */
public final class PorterStemmer {
  private static final Map<String, String> STEP2 =
      Map.ofEntries(
          Map.entry("ational", "ate"),
          Map.entry("tional", "tion"),
          Map.entry("enci", "ence"),
          Map.entry("anci", "ance"),
          Map.entry("izer", "ize"),
          Map.entry("bli", "ble"),
          Map.entry("alli", "al"),
          Map.entry("entli", "ent"),
          Map.entry("eli", "e"),
          Map.entry("ousli", "ous"),
          Map.entry("ization", "ize"),
          Map.entry("ation", "ate"),
          Map.entry("ator", "ate"),
          Map.entry("alism", "al"),
          Map.entry("iveness", "ive"),
          Map.entry("fulness", "ful"),
          Map.entry("ousness", "ous"),
          Map.entry("aliti", "al"),
          Map.entry("iviti", "ive"),
          Map.entry("biliti", "ble"),
          Map.entry("logi", "log"));
  private static final Map<String, String> STEP3 =
      Map.of(
          "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness",
          "");

  private static final String CONSONANT = "[^aeiou]";
  private static final String VOWEL = "[aeiouy]";
  private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
  private static final String VOWELS = VOWEL + "[aeiou]*";

  private static final Pattern MGR0 = js("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
  private static final Pattern MEQ1 =
      js("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");
  private static final Pattern MGR1 =
      js("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
  private static final Pattern S_V = js("^(" + CONSONANTS + ")?" + VOWEL);

  private static final Pattern RE_1A = js("^(.+?)(ss|i)es$");
  private static final Pattern RE2_1A = js("^(.+?)([^s])s$");
  private static final Pattern RE_1B = js("^(.+?)eed$");
  private static final Pattern RE2_1B = js("^(.+?)(ed|ing)$");
  private static final Pattern LAST_CHAR = js(".$");
  private static final Pattern RE2_1B_2 = js("(at|bl|iz)$");
  private static final Pattern RE3_1B_2 = js("([^aeiouylsz])\\1$");
  private static final Pattern RE4_1B_2 = js("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");
  private static final Pattern RE_1C = js("^(.+?[^aeiou])y$");
  private static final Pattern RE_2 =
      js(
          "^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
              + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
  private static final Pattern RE_3 = js("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Pattern RE_4 =
      js(
          "^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism"
              + "|ate|iti|ous|ive|ize)$");
  private static final Pattern RE2_4 = js("^(.+?)(s|t)(ion)$");
  private static final Pattern RE_5 = js("^(.+?)e$");
  private static final Pattern RE_5_1 = js("ll$");
  private static final Pattern RE3_5 = js("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

  private PorterStemmer() {}

  /**
   * A JavaScript regular expression in Java: "$" is the end of the input only (Java's also matches
   * before a final line break) and "." matches U+0085 as JavaScript's does.
   */
  static Pattern js(String regex) {
    return Pattern.compile(regex.replace("$", "\\z"), Pattern.DOTALL);
  }

  // `(m = PATTERN.matcher(w)).matches()` keeps each step's else-if chain as lunr.js writes it.
  @SuppressWarnings("AssignmentExpression")
  public static String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    String w = word;
    boolean leadingY = w.charAt(0) == 'y';
    if (leadingY) {
      w = "Y" + w.substring(1);
    }

    // Step 1a
    Matcher m = RE_1A.matcher(w);
    if (m.matches()) {
      w = m.group(1) + m.group(2);
    } else if ((m = RE2_1A.matcher(w)).matches()) {
      w = m.group(1) + m.group(2);
    }

    // Step 1b
    if ((m = RE_1B.matcher(w)).matches()) {
      if (MGR0.matcher(m.group(1)).find()) {
        w = dropLast(w);
      }
    } else if ((m = RE2_1B.matcher(w)).matches()) {
      String stem = m.group(1);
      if (S_V.matcher(stem).find()) {
        w = stem;
        if (RE2_1B_2.matcher(w).find()) {
          w = w + "e";
        } else if (RE3_1B_2.matcher(w).find()) {
          w = dropLast(w);
        } else if (RE4_1B_2.matcher(w).find()) {
          w = w + "e";
        }
      }
    }

    // Step 1c
    if ((m = RE_1C.matcher(w)).matches()) {
      w = m.group(1) + "i";
    }

    // Step 2
    if ((m = RE_2.matcher(w)).matches()) {
      if (MGR0.matcher(m.group(1)).find()) {
        w = m.group(1) + STEP2.get(m.group(2));
      }
    }

    // Step 3
    if ((m = RE_3.matcher(w)).matches()) {
      if (MGR0.matcher(m.group(1)).find()) {
        w = m.group(1) + STEP3.get(m.group(2));
      }
    }

    // Step 4
    if ((m = RE_4.matcher(w)).matches()) {
      if (MGR1.matcher(m.group(1)).find()) {
        w = m.group(1);
      }
    } else if ((m = RE2_4.matcher(w)).matches()) {
      String stem = m.group(1) + m.group(2);
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    }

    // Step 5
    if ((m = RE_5.matcher(w)).matches()) {
      String stem = m.group(1);
      if (MGR1.matcher(stem).find() || (MEQ1.matcher(stem).find() && !RE3_5.matcher(stem).find())) {
        w = stem;
      }
    }
    if (RE_5_1.matcher(w).find() && MGR1.matcher(w).find()) {
      w = dropLast(w);
    }

    if (leadingY) {
      w = "y" + w.substring(1);
    }
    return w;
  }

  /** w.replace(/.$/, ""): JavaScript's "." matches one UTF-16 unit, never a line break. */
  private static String dropLast(String w) {
    Matcher last = LAST_CHAR.matcher(w);
    return last.find() ? w.substring(0, last.start()) : w;
  }
}
