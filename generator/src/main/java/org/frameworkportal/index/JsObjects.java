package org.frameworkportal.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The order in which JavaScript lists an object's keys, which JSON.stringify follows. */
final class JsObjects {
  private JsObjects() {}

  /** Integer-like keys ("0", "42") first in numeric order, then the others in insertion order. */
  static Collection<String> keyOrder(Collection<String> insertionOrder) {
    if (insertionOrder.stream().noneMatch(JsObjects::isArrayIndex)) {
      return insertionOrder; // the usual case: no ref looks like a number
    }
    List<String> indexes = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String key : insertionOrder) {
      (isArrayIndex(key) ? indexes : others).add(key);
    }
    indexes.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
    indexes.addAll(others);
    return indexes;
  }

  /** A canonical array index: "0" or no leading zero, below 2^32 - 1. */
  static boolean isArrayIndex(String key) {
    if (key.isEmpty() || key.length() > 10 || (key.length() > 1 && key.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return false;
      }
    }
    return Long.parseLong(key) < 4294967295L;
  }
}
