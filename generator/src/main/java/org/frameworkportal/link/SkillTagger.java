package org.frameworkportal.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
  private final Map<String, Pattern> patterns;
  private final Map<String, Skill> byId;

  public SkillTagger(List<Skill> skills) {
    this.skills = List.copyOf(skills);
    this.byId = skills.stream().collect(Collectors.toMap(Skill::id, Function.identity(), (a, b) -> a));
    this.patterns = skills.stream().collect(Collectors.toMap(Skill::id, SkillTagger::pattern, (a, b) -> a));
  }

  public List<Skill> tag(Item item) {
    Set<String> ids = new LinkedHashSet<>();
    for (Skill skill : skills) {
      if (patterns.get(skill.id()).matcher(item.text()).find()) {
        ids.add(skill.id());
      }
    }
    item.skills().stream().map(Ref::id).forEach(ids::add);
    item.notSkills().stream().map(Ref::id).forEach(ids::remove);
    List<Skill> tagged = new ArrayList<>();
    for (Skill skill : skills) {
      if (ids.contains(skill.id())) {
        tagged.add(byId.get(skill.id()));
      }
    }
    return tagged;
  }

  /** One pattern per skill: any of its phrases, as whole words, with any run of spaces between words. */
  private static Pattern pattern(Skill skill) {
    String alternatives = skill.match().stream()
        .map(phrase -> phrase.strip().toLowerCase(Locale.ROOT))
        .filter(phrase -> !phrase.isEmpty())
        .map(phrase -> String.join("\\s+", java.util.Arrays.stream(phrase.split("\\s+")).map(Pattern::quote).toList()))
        .collect(Collectors.joining("|"));
    if (alternatives.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
