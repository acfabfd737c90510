package org.frameworkportal.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Skill;

/**
 * The transferable skills as HR review them: per skill, how many statements and roles it tags, the
 * phrases that found it (how often) and the false friends its not_when phrases and longer phrases
 * of other skills kept out, so the taxonomy can be tuned without reading every page.
 */
public final class SkillReport {
  private SkillReport() {}

  /**
   * One skill's line in the report.
   *
   * @param phrases each phrase that tagged a statement, with how many statements it tagged
   * @param kept each phrase found but not counted, with why and how often ("not_when", or "inside a
   *     longer phrase of another skill")
   * @param added statements tagged by an explicit {@code skills:} on the statement
   * @param removed statements whose {@code not_skills:} take the skill away
   */
  public record Line(
      Skill skill,
      int statements,
      int roles,
      Map<String, Integer> phrases,
      Map<String, Integer> kept,
      int added,
      int removed) {}

  /** Every skill, in skills.yaml order. */
  public static List<Line> of(Portal portal) {
    SkillTagger tagger = new SkillTagger(portal.content().skills());
    List<Line> lines = new ArrayList<>();
    for (Skill skill : portal.content().skills()) {
      Map<String, Integer> phrases = new LinkedHashMap<>();
      Map<String, Integer> kept = new LinkedHashMap<>();
      Set<String> roles = new LinkedHashSet<>();
      int statements = 0;
      int added = 0;
      int removed = 0;
      for (var role : portal.roles()) {
        for (Map.Entry<Item, List<Skill>> entry : portal.statementSkills(role).entrySet()) {
          Item item = entry.getKey();
          boolean tagged = entry.getValue().contains(skill);
          List<SkillTagger.Match> found =
              tagger.explain(item.text()).stream().filter(m -> m.skill().equals(skill)).toList();
          Set<String> counted = new LinkedHashSet<>();
          Set<String> notCounted = new LinkedHashSet<>();
          for (SkillTagger.Match m : found) {
            if (m.counts()) {
              counted.add(m.phrase());
            } else {
              notCounted.add(
                  "\""
                      + m.words().toLowerCase(java.util.Locale.ROOT)
                      + "\""
                      + switch (m.reason()) {
                        case NOT_WHEN -> " (a not_when phrase)";
                        case AND_OR -> " (one of the alternatives of an 'and/or')";
                        default -> " (inside a longer phrase of another skill)";
                      });
            }
          }
          counted.forEach(p -> phrases.merge(p, 1, Integer::sum));
          notCounted.forEach(p -> kept.merge(p, 1, Integer::sum));
          boolean explicit = item.skills().stream().anyMatch(r -> r.id().equals(skill.id()));
          if (explicit && counted.isEmpty()) {
            added++;
          }
          if (item.notSkills().stream().anyMatch(r -> r.id().equals(skill.id()))) {
            removed++;
          }
          if (tagged) {
            statements++;
            roles.add(role.fullId());
          }
        }
      }
      lines.add(new Line(skill, statements, roles.size(), phrases, kept, added, removed));
    }
    return lines;
  }
}
