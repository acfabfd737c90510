package org.frameworkportal.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/** A YAML value with the position it was written at; the loader turns these into model records. */
public sealed interface YamlNode {

  SourcePosition at();

  /** What an editor would call this kind of value, for messages such as "expected a list". */
  String kind();

  /** A mapping; each key keeps its own position for "unknown key" messages. */
  record MapNode(Map<String, Entry> entries, SourcePosition at) implements YamlNode {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String kind() {
      return "a set of keys";
    }
  }

  /** One {@code key: value} of a mapping. */
  record Entry(String key, SourcePosition keyAt, YamlNode value) {}

  record ListNode(List<YamlNode> items, SourcePosition at) implements YamlNode {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A single value, always the text as written: YAML's numbers, dates and true/false ({@code 010},
   * {@code yes}) stay text. {@code text} is null for a value YAML reads as "no value", and then
   * {@code nullWritten} is how it was written ({@code ~}, {@code null}, {@code Null}, {@code
   * NULL}).
   */
  record ScalarNode(@Nullable String text, SourcePosition at, @Nullable String nullWritten)
      implements YamlNode {
    public ScalarNode(@Nullable String text, SourcePosition at) {
      this(text, at, null);
    }

    @Override
    public String kind() {
      return text == null ? "nothing" : "a single value";
    }
  }
}
