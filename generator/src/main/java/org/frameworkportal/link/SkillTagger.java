package org.frameworkportal.link;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Skill;

/**
 * Tags a statement with the transferable skills it mentions: every skill with a match phrase found
 * in the text (case-insensitive, whole words), plus the item's explicit skills, minus its
 * not_skills. Results follow the order of skills.yaml.
 */
public final class SkillTagger {
  private final List<Skill> skills;
  private final Map<String, List<String>> phrases = new HashMap<>();

  public SkillTagger(List<Skill> skills) {
    this.skills = List.copyOf(skills);
    for (Skill skill : skills) {
      phrases.put(
          skill.id(),
          skill.match().stream().map(SkillTagger::normalise).filter(p -> !p.isEmpty()).toList());
    }
  }

  /**
   * Tags the same words the same way, so a tagger kept between builds only reads new statements.
   */
  private final Map<String, List<String>> matchesByText =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The skills this tagger was made for: a tagger may be reused while they stay the same. */
  public List<Skill> skills() {
    return skills;
  }

  public List<Skill> tag(Item item) {
    Set<String> ids =
        new LinkedHashSet<>(matchesByText.computeIfAbsent(item.text(), this::matches));
    item.skills().stream().map(Ref::id).forEach(ids::add);
    item.notSkills().stream().map(Ref::id).forEach(ids::remove);
    return skills.stream().filter(skill -> ids.contains(skill.id())).toList();
  }

  private List<String> matches(String raw) {
    String text = normalise(raw);
    return skills.stream()
        .filter(
            skill ->
                Objects.requireNonNull(phrases.get(skill.id())).stream()
                    .anyMatch(phrase -> containsWords(text, phrase)))
        .map(Skill::id)
        .toList();
  }

  /**
   * Lower case, with every run of white space as one space, so phrases match across line breaks.
   */
  static String normalise(String text) {
    return WHITESPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * True when {@code phrase} stands in {@code text} as whole words: no letter or digit either side.
   */
  static boolean containsWords(String text, String phrase) {
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
          && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
