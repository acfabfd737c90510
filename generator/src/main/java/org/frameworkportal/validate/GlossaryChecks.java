package org.frameworkportal.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.model.GlossaryTerm;

/** The glossary: every spelling explains one term only. */
final class GlossaryChecks {
  private GlossaryChecks() {}

  /**
   * A spelling explains one term only: the site could not tell which meaning to show for a term
   * written twice, or written as another term's other spelling.
   */
  static List<Problem> check(List<GlossaryTerm> terms) {
    Problems problems = new Problems();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      GlossaryTerm term = terms.get(i);
      for (String spelling : term.spellings()) {
        if (spelling == null || spelling.isBlank()) {
          continue; // the loader has said it is empty
        }
        Integer before = seen.putIfAbsent(spelling.strip(), i);
        if (before == null) {
          continue;
        }
        if (before == i) {
          problems.add(
              term.at(),
              "glossary term '" + Problem.shortened(spelling) + "' lists the same spelling twice",
              "remove the repeated spelling from 'also'");
        } else {
          GlossaryTerm first = terms.get(before);
          problems.add(
              term.at(),
              "glossary term '"
                  + Problem.shortened(spelling)
                  + "' is already explained at line "
                  + first.at().line()
                  + (spelling.strip().equals(first.term())
                      ? ""
                      : ", as a spelling of '" + Problem.shortened(first.term()) + "'"),
              "keep one entry for it: merge the two, or remove one");
        }
      }
    }
    return problems.sorted();
  }
}
