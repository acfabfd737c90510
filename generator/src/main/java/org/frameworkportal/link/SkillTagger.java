package org.frameworkportal.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Skill;
import org.frameworkportal.shape.Words;

/**
 * Tags a statement with the transferable skills it mentions, plus the item's explicit skills, minus
 * its not_skills. Results follow the order of skills.yaml.
 *
 * <p>A skill matches where one of its {@code match} phrases stands in the statement as whole words,
 * compared by stem ({@link Words}: "coach" finds "coaching"), and not across clause punctuation. A
 * match does not count:
 *
 * <ul>
 *   <li>where it is part of one of the skill's {@code not_when} phrases found in the statement (a
 *       false friend: "budget" inside "personal budgets");
 *   <li>where it lies inside a longer match of another skill, which is the more specific reading
 *       ("regulations" of legislation inside "general data protection regulations").
 * </ul>
 */
public final class SkillTagger {
  private final List<Skill> skills;
  private final List<List<List<Words.Word>>> phrases = new ArrayList<>();
  private final List<List<String>> written = new ArrayList<>();
  private final List<List<List<Words.Word>>> notWhen = new ArrayList<>();

  public SkillTagger(List<Skill> skills) {
    this.skills = List.copyOf(skills);
    for (Skill skill : this.skills) {
      Map<List<String>, String> byStems = new java.util.LinkedHashMap<>();
      skill.match().forEach(m -> byStems.putIfAbsent(Words.stems(m), m));
      byStems.remove(List.<String>of());
      phrases.add(stemmed(List.copyOf(byStems.values())));
      written.add(List.copyOf(byStems.values()));
      notWhen.add(stemmed(skill.notWhen()));
    }
  }

  private static List<List<Words.Word>> stemmed(List<String> phrases) {
    return phrases.stream().map(Words::of).filter(p -> !p.isEmpty()).toList();
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

  /**
   * One phrase found in a statement: the skill, the phrase as skills.yaml writes it, the words of
   * the statement it matched, and whether it counts (why not, otherwise).
   */
  public record Match(Skill skill, String phrase, String words, Reason reason) {
    public boolean counts() {
      return reason == Reason.COUNTS;
    }
  }

  /** Whether a match counts, and if not, why. */
  public enum Reason {
    COUNTS,
    NOT_WHEN,
    INSIDE_LONGER,
    AND_OR
  }

  /** "and/or" between alternatives: a statement that asks for one of them needs none for sure. */
  private static final java.util.regex.Pattern AND_OR =
      java.util.regex.Pattern.compile(
          "\\band\\s*/\\s*or\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** How many words either side of an "and/or" make up an alternative. */
  private static final int OPTION_WORDS = 4;

  /**
   * Which words of {@code text} stand in an alternative of an "and/or" list: up to {@link
   * #OPTION_WORDS} words either side of each "and/or", not past clause punctuation.
   */
  private static boolean[] inAlternatives(String text, List<Words.Word> words) {
    boolean[] option = new boolean[words.size()];
    var m = AND_OR.matcher(text);
    while (m.find()) {
      int after = 0;
      while (after < words.size() && words.get(after).start() < m.end()) {
        after++;
      }
      int before = after - 1;
      while (before >= 0 && words.get(before).start() >= m.start()) {
        before--;
      }
      for (int i = before, n = 0; i >= 0 && n < OPTION_WORDS && !isBreak(words.get(i)); i--, n++) {
        option[i] = true;
      }
      for (int i = after, n = 0;
          i < words.size() && n < OPTION_WORDS && !isBreak(words.get(i));
          i++, n++) {
        option[i] = true;
      }
    }
    return option;
  }

  private static boolean isBreak(Words.Word word) {
    return !Character.isLetterOrDigit(word.stem().charAt(0));
  }

  private List<String> matches(String text) {
    return explain(text).stream()
        .filter(Match::counts)
        .map(m -> m.skill().id())
        .distinct()
        .toList();
  }

  /** Every phrase found in {@code text}, counted or not, in skills.yaml order. */
  public List<Match> explain(String text) {
    List<Words.Word> words = Words.of(text);
    record Found(int skill, int phrase, int from, int to) {}
    List<Found> found = new ArrayList<>();
    for (int s = 0; s < skills.size(); s++) {
      List<List<Words.Word>> skillPhrases = phrases.get(s);
      for (int p = 0; p < skillPhrases.size(); p++) {
        for (int at : occurrences(words, skillPhrases.get(p))) {
          found.add(new Found(s, p, at, at + skillPhrases.get(p).size()));
        }
      }
    }
    List<Match> result = new ArrayList<>();
    boolean[] option = inAlternatives(text, words);
    for (Found f : found) {
      Reason reason = Reason.COUNTS;
      for (int i = f.from(); i < f.to(); i++) {
        if (option[i]) {
          reason = Reason.AND_OR;
        }
      }
      for (List<Words.Word> not :
          reason == Reason.COUNTS ? notWhen.get(f.skill()) : List.<List<Words.Word>>of()) {
        for (int at : occurrences(words, not)) {
          if (at < f.to() && f.from() < at + not.size()) {
            reason = Reason.NOT_WHEN;
          }
        }
      }
      if (reason == Reason.COUNTS) {
        for (Found other : found) {
          if (other.skill() != f.skill()
              && other.from() <= f.from()
              && f.to() <= other.to()
              && other.to() - other.from() > f.to() - f.from()) {
            reason = Reason.INSIDE_LONGER;
          }
        }
      }
      Skill skill = skills.get(f.skill());
      result.add(
          new Match(
              skill,
              written.get(f.skill()).get(f.phrase()),
              text.substring(words.get(f.from()).start(), words.get(f.to() - 1).end()),
              reason));
    }
    return result;
  }

  /** Where {@code phrase} starts in {@code words}, each place. */
  static List<Integer> occurrences(List<Words.Word> words, List<Words.Word> phrase) {
    List<Integer> at = new ArrayList<>();
    if (phrase.isEmpty()) {
      return at;
    }
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      boolean all = true;
      for (int k = 0; k < phrase.size() && all; k++) {
        all = words.get(i + k).matches(phrase.get(k));
      }
      if (all) {
        at.add(i);
      }
    }
    return at;
  }
}
