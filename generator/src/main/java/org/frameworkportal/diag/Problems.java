package org.frameworkportal.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects every problem found, so that an editor sees all of them in one round. */
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  public void add(SourcePosition at, String message) {
    problems.add(Problem.at(at, message));
  }

  public void add(SourcePosition at, String message, @Nullable String hint) {
    problems.add(new Problem(at, message, hint));
  }

  public void add(Problem problem) {
    problems.add(problem);
  }

  public void add(SourcePosition at, Problem.Text text) {
    add(at, text.message(), text.hint());
  }

  public void addAll(List<Problem> more) {
    problems.addAll(more);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public int size() {
    return problems.size();
  }

  /** Sorted by file, line and column, so the report reads like the files. */
  public List<Problem> sorted() {
    return problems.stream()
        .sorted(
            Comparator.comparing((Problem p) -> p.at().file())
                .thenComparingInt(p -> p.at().line())
                .thenComparingInt(p -> p.at().column())
                .thenComparing(Problem::message))
        .distinct()
        .toList();
  }
}
