package org.frameworkportal.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.model.EntryNeed;
import org.frameworkportal.model.Framework;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Level;
import org.frameworkportal.model.Role;
import org.frameworkportal.shape.EntryYaml;
import org.frameworkportal.shape.Words;

/**
 * Entry requirements: a known kind, met_by naming ones that exist, and each written among the level
 * A qualifications of the roles that need it.
 */
final class EntryChecks {
  private EntryChecks() {}

  /** Words too common to tell one qualification from another. */
  private static final Set<String> PLAIN_WORDS =
      Set.of("with", "the", "and", "for", "from", "registration", "register", "registered", "a");

  /**
   * Entry requirements: a known kind, 'met_by' naming entry requirements that exist, and each one a
   * role needs written among its level A qualifications (most of its distinctive words in one of
   * them), so the site never claims a barrier the framework does not state.
   */
  static List<Problem> check(List<Framework> frameworks) {
    Problems problems = new Problems();
    Set<String> ids = new HashSet<>();
    for (Framework framework : frameworks) {
      framework.entry().forEach(need -> ids.add(need.id()));
      for (Role role : framework.roles()) {
        if (role.entry() != null) {
          role.entry().forEach(need -> ids.add(need.id()));
        }
      }
    }
    Set<EntryNeed> checked = new HashSet<>();
    for (Framework framework : frameworks) {
      for (Role role : framework.roles()) {
        List<EntryNeed> needs = role.entry() != null ? role.entry() : framework.entry();
        Level levelA = role.levels().values().stream().findFirst().orElse(null);
        List<String> qualifications =
            levelA == null
                ? List.of()
                : levelA.requirements().getOrDefault("qualifications", List.of()).stream()
                    .map(Item::text)
                    .toList();
        for (EntryNeed need : needs) {
          if (checked.add(need)) {
            if (!EntryYaml.KINDS.contains(need.kind())) {
              problems.add(
                  need.at(),
                  "entry requirement '"
                      + Problem.shortened(need.id())
                      + "' has the kind '"
                      + Problem.shortened(need.kind())
                      + "'",
                  "write 'kind: registration' or 'kind: qualification'");
            }
            for (String other : need.metBy()) {
              if (!ids.contains(other)) {
                problems.add(
                    need.at(),
                    "entry requirement '"
                        + Problem.shortened(need.id())
                        + "' is met by '"
                        + Problem.shortened(other)
                        + "', which no framework or role names",
                    "use the id of an entry requirement written under 'entry:' elsewhere");
              }
            }
          }
          if (!stated(need.text(), qualifications)) {
            problems.add(
                need.at(),
                "role '"
                    + role.fullId()
                    + "' needs '"
                    + Problem.shortened(need.text())
                    + "' for entry, but its level A qualifications do not say so",
                "write it among the role's level A qualifications, or give the role its own"
                    + " 'entry:' ('entry: []' where it needs none)");
          }
        }
      }
    }
    return problems.sorted();
  }

  /** Whether most of the distinctive words of {@code need} stand in one of {@code statements}. */
  private static boolean stated(String need, List<String> statements) {
    Set<String> words = distinctive(need);
    if (words.isEmpty()) {
      return true;
    }
    for (String statement : statements) {
      Set<String> in = distinctive(statement);
      long shared = words.stream().filter(in::contains).count();
      if (shared * 2 >= words.size() + 1 || shared == words.size()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> distinctive(String text) {
    Set<String> words = new HashSet<>();
    for (Words.Word word : Words.of(text)) {
      if (Character.isLetterOrDigit(word.lower().charAt(0))
          && !PLAIN_WORDS.contains(word.lower())
          && word.lower().length() > 2) {
        words.add(word.stem());
      }
    }
    return words;
  }
}
