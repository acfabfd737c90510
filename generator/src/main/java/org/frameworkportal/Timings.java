package org.frameworkportal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** How long each stage took, in milliseconds, in the order the stages ran. */
public final class Timings {
  private final Map<String, Long> millis = Collections.synchronizedMap(new LinkedHashMap<>());

  /** Runs {@code work} as {@code stage}, noting how long it took even when it fails. */
  public <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      millis.put(stage, (System.nanoTime() - start) / 1_000_000);
    }
  }

  /** The stages and their times, as they are now (and as later stages add to them). */
  public Map<String, Long> asMap() {
    return millis;
  }
}
