package org.frameworkportal.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.model.Skill;
import org.frameworkportal.shape.Words;

/**
 * The skills list: each skill once, no empty match phrase, and every not_when phrase able to stop a
 * match.
 */
final class SkillChecks {
  private SkillChecks() {}

  static List<Problem> check(List<Skill> skills) {
    Problems problems = new Problems();
    Set<String> ids = new HashSet<>();
    for (Skill skill : skills) {
      if (!ContentValidator.isBlank(skill.id()) && !ids.add(skill.id())) {
        problems.add(
            skill.at(),
            "skill '" + Problem.shortened(skill.id()) + "' is listed twice",
            "give each skill its own id");
      }
      for (String phrase : skill.match()) {
        if (phrase.isBlank()) {
          problems.add(skill.at(), "skill '" + skill.id() + "' has an empty match phrase");
        }
      }
      for (String not : skill.notWhen()) {
        List<Words.Word> words = Words.of(not);
        boolean containsMatch =
            skill.match().stream().map(Words::of).anyMatch(m -> contains(words, m));
        if (!not.isBlank() && !containsMatch) {
          problems.add(
              skill.at(),
              "skill '"
                  + skill.id()
                  + "' has the not_when phrase '"
                  + Problem.shortened(not)
                  + "', which contains none of its match phrases, so it can never stop a match",
              "write the longer phrase in which one of its match phrases means something else,"
                  + " for example 'personal budgets' under a skill that matches 'budget'");
        }
      }
    }
    return problems.sorted();
  }

  /** Whether {@code part} stands in {@code whole} as the skill matcher reads words. */
  private static boolean contains(List<Words.Word> whole, List<Words.Word> part) {
    for (int i = 0; !part.isEmpty() && i + part.size() <= whole.size(); i++) {
      boolean all = true;
      for (int k = 0; k < part.size() && all; k++) {
        all = whole.get(i + k).matches(part.get(k));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
