package org.frameworkportal.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each statement's id on checklists: stable for the same words in the same category, so a tick
 * saved in the browser stays with its statement. Worked out once per statement per run: a level A
 * statement is on three checklists, and its id normalises its text.
 */
final class StatementIds {
  private final Map<Key, String> ids = new ConcurrentHashMap<>();

  private record Key(String category, boolean evidence, String text) {}

  /** The id of a statement ({@code e-} for an evidence requirement), without any repeat suffix. */
  String of(String category, boolean evidence, String text) {
    return ids.computeIfAbsent(
        new Key(category, evidence, text),
        key -> (evidence ? "e-" : "s-") + fnv1a(category + "|" + LevelComparison.normalise(text)));
  }

  /** A short, stable id for a statement: 32-bit FNV-1a of its words, in hex. */
  static String fnv1a(String text) {
    int hash = 0x811c9dc5;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x01000193;
    }
    String hex = Integer.toHexString(hash);
    return "0".repeat(8 - hex.length()) + hex;
  }
}
