package org.frameworkportal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.frameworkportal.load.YamlNode.Entry;
import org.frameworkportal.load.YamlNode.ListNode;
import org.frameworkportal.load.YamlNode.MapNode;
import org.frameworkportal.load.YamlNode.ScalarNode;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.SourcePosition;
import org.frameworkportal.validate.Problems;
import org.frameworkportal.validate.Suggestions;

/**
 * Typed, position-aware reading of one YAML mapping. Every wrong type, missing value and unknown
 * key becomes a problem with its position; reading goes on so that all mistakes are found at once.
 */
final class Fields {
  private static final Set<String> ITEM_KEYS = Set.of("text", "group", "skills", "not_skills", "note");

  private final MapNode map;
  private final Problems problems;
  private final String what;

  private Fields(MapNode map, Problems problems, String what) {
    this.map = map;
    this.problems = problems;
    this.what = what;
  }

  /**
   * Reads {@code node} as a mapping described to editors as {@code what} ("a role file"), whose
   * keys must be among {@code allowed}; empty when it is not a mapping.
   */
  static Optional<Fields> of(YamlNode node, Problems problems, String what, Set<String> allowed) {
    if (!(node instanceof MapNode map)) {
      problems.add(node.at(), "expected " + what + " to be a set of 'key: value' lines, found " + node.kind());
      return Optional.empty();
    }
    Fields fields = new Fields(map, problems, what);
    if (allowed != null) {
      fields.rejectUnknownKeys(allowed);
    }
    return Optional.of(fields);
  }

  SourcePosition at() {
    return map.at();
  }

  List<Entry> entries() {
    return List.copyOf(map.entries().values());
  }

  Optional<YamlNode> node(String key) {
    Entry entry = map.entries().get(key);
    return entry == null ? Optional.empty() : Optional.of(entry.value());
  }

  SourcePosition positionOf(String key) {
    Entry entry = map.entries().get(key);
    return entry == null ? map.at() : entry.value().at();
  }

  /** A required single value. */
  String requiredText(String key) {
    String text = text(key);
    if (text == null && map.entries().get(key) == null) {
      problems.add(map.at(), what + " needs '" + key + ":'", "add a line '" + key + ": ...'");
    } else if (text == null) {
      problems.add(positionOf(key), "'" + key + "' is empty", "write its value after '" + key + ":'");
    }
    return text;
  }

  /** An optional single value, or null. */
  String text(String key) {
    return node(key).map(node -> scalar(node, key)).orElse(null);
  }

  /** A list of single values; a single value is accepted as a list of one. */
  List<String> texts(String key) {
    return list(key, node -> scalar(node, key));
  }

  List<Ref> refs(String key) {
    return list(key, node -> {
      String id = scalar(node, key);
      return id == null ? null : new Ref(id, node.at());
    });
  }

  List<Item> items(String key) {
    return node(key).map(node -> items(node, key, problems)).orElse(List.of());
  }

  <T> List<T> list(String key, Function<YamlNode, T> reader) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    return listOf(node.get(), key, reader, problems);
  }

  static <T> List<T> listOf(YamlNode node, String key, Function<YamlNode, T> reader, Problems problems) {
    List<T> values = new ArrayList<>();
    if (node instanceof ListNode list) {
      for (YamlNode item : list.items()) {
        if (item instanceof ScalarNode scalar && scalar.text() == null) {
          problems.add(item.at(), "empty entry in '" + key + "'", "remove the lone '-' or write its text");
          continue;
        }
        T value = reader.apply(item);
        if (value != null) {
          values.add(value);
        }
      }
    } else if (node instanceof ScalarNode scalar && scalar.text() == null) {
      return values;
    } else if (node instanceof ScalarNode) {
      T value = reader.apply(node);
      if (value != null) {
        values.add(value);
      }
    } else {
      problems.add(node.at(), "expected '" + key + "' to be a list (lines starting with '- '), found " + node.kind());
    }
    return values;
  }

  /** Requirement items: each a text, or a map with {@code text} and optional tags. */
  static List<Item> items(YamlNode node, String key, Problems problems) {
    return listOf(node, key, item -> item(item, key, problems), problems);
  }

  private static Item item(YamlNode node, String key, Problems problems) {
    if (node instanceof ScalarNode scalar) {
      return Item.of(scalar.text(), node.at());
    }
    Optional<Fields> fields = of(node, problems, "an entry of '" + key + "'", ITEM_KEYS);
    if (fields.isEmpty()) {
      return null;
    }
    Fields f = fields.get();
    String text = f.requiredText("text");
    if (text == null) {
      return null;
    }
    return new Item(text, f.text("group"), f.refs("skills"), f.refs("not_skills"), f.text("note"), node.at());
  }

  private String scalar(YamlNode node, String key) {
    if (node instanceof ScalarNode scalar) {
      return scalar.text() == null ? null : scalar.text().strip();
    }
    problems.add(node.at(), "expected '" + key + "' to be a single value, found " + node.kind(),
        node instanceof ListNode ? "remove the '- ' in front of the value" : "check the indentation");
    return null;
  }

  private void rejectUnknownKeys(Set<String> allowed) {
    for (Entry entry : map.entries().values()) {
      if (!allowed.contains(entry.key())) {
        problems.add(entry.keyAt(), "unknown key '" + entry.key() + "' in " + what, Suggestions.closest(entry.key(), allowed));
      }
    }
  }
}
