package org.frameworkportal.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies that keep insertion order, which {@code Map.copyOf} does not. */
final class Collections2 {
  private Collections2() {}

  static <K, V> Map<K, List<V>> copyOrdered(Map<K, List<V>> map) {
    Map<K, List<V>> copy = new LinkedHashMap<>();
    map.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }
}
