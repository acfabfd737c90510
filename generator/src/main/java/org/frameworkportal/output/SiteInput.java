package org.frameworkportal.output;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.frameworkportal.changes.Manifest;
import org.frameworkportal.link.Portal;
import org.jspecify.annotations.Nullable;

/**
 * What the site's files are made from: the linked content and what this publish says changed. Each
 * {@link Lookup} is worked out once per input, however many files read it.
 */
public final class SiteInput {
  private final Portal portal;
  private final Manifest manifest;
  private final Map<Question, Object> answers = new ConcurrentHashMap<>();

  public SiteInput(Portal portal, Manifest manifest) {
    this.portal = portal;
    this.manifest = manifest;
  }

  public Portal portal() {
    return portal;
  }

  public Manifest manifest() {
    return manifest;
  }

  /** The answer to a lookup, worked out on first use; two threads may both work it out. */
  @Nullable Object answer(Lookup<?> lookup, Object key, Supplier<?> work) {
    Question question = new Question(lookup, key);
    Object known = answers.get(question);
    if (known == null) {
      Object found = work.get();
      known = answers.putIfAbsent(question, found == null ? NO_ANSWER : found);
      known = known == null ? found : known;
    }
    return known == NO_ANSWER ? null : known;
  }

  private record Question(Lookup<?> lookup, Object key) {}

  /** Stands for a null answer, which a concurrent map cannot hold. */
  private static final Object NO_ANSWER = new Object();
}
