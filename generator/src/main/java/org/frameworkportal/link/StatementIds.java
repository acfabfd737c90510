package org.frameworkportal.link;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.LevelDefinition;
import org.frameworkportal.model.Role;

/**
 * Each statement's id: the same on the role page, the comparison and every checklist, and across
 * publishes, for the same words in the same category, so that what a person recorded against a
 * statement stays with it. A reworded statement gets a new id; the change log maps the old to the
 * new. {@code s-} marks a requirement, {@code e-} an evidence requirement; the same words twice in
 * one category of a role get {@code -2}, {@code -3} in level order.
 */
public final class StatementIds {
  private StatementIds() {}

  /** The id of a statement before any repeat suffix: 32-bit FNV-1a of its normalised words. */
  public static String base(String category, boolean evidence, String text) {
    return (evidence ? "e-" : "s-") + fnv1a(category + "|" + normalise(text));
  }

  /** Every requirement and evidence statement of {@code role}, with its id. */
  public static Map<Item, String> of(
      Role role, List<LevelDefinition> levels, List<String> categories) {
    Map<Item, String> ids = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (LevelDefinition definition : levels) {
      Level level = role.levels().get(definition.id());
      if (level == null) {
        continue;
      }
      for (String category : categories) {
        for (Item item : level.requirements().getOrDefault(category, List.of())) {
          ids.put(item, numbered(base(category, false, item.text()), seen));
        }
        for (Item item : level.evidence().getOrDefault(category, List.of())) {
          ids.put(item, numbered(base(category, true, item.text()), seen));
        }
      }
    }
    return Map.copyOf(ids);
  }

  private static String numbered(String base, Map<String, Integer> seen) {
    int n = seen.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }

  static String fnv1a(String text) {
    int hash = 0x811c9dc5;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x01000193;
    }
    String hex = Integer.toHexString(hash);
    return "0".repeat(8 - hex.length()) + hex;
  }

  /**
   * Statements count as the same when only case, spacing or final punctuation differ: lower case,
   * each run of spaces as one, no spaces or {@code .;,:} at the end. A loop, not regular
   * expressions: every statement of every checklist and comparison comes through here.
   */
  public static String normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    if (space) {
      out.append(' ');
    }
    // As the regular expression "[\\s.;,:]+$" did, punctuation before a final line separator goes
    // too.
    int end = out.length();
    int last = end > 0 && "\u0085\u2028\u2029".indexOf(out.charAt(end - 1)) >= 0 ? end - 1 : end;
    int cut = last;
    while (cut > 0 && " .;,:".indexOf(out.charAt(cut - 1)) >= 0) {
      cut--;
    }
    return (out.substring(0, cut) + out.substring(last, end)).strip();
  }
}
