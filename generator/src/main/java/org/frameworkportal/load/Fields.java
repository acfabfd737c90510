package org.frameworkportal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.diag.Suggestions;
import org.frameworkportal.load.YamlNode.Entry;
import org.frameworkportal.load.YamlNode.ListNode;
import org.frameworkportal.load.YamlNode.MapNode;
import org.frameworkportal.load.YamlNode.ScalarNode;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Ref;
import org.frameworkportal.shape.Ids;
import org.frameworkportal.shape.Key;
import org.frameworkportal.shape.Shape;
import org.jspecify.annotations.Nullable;

/**
 * Typed, position-aware reading of one YAML mapping. Every wrong type, missing value and unknown
 * key becomes a problem with its position; reading goes on so that all mistakes are found at once.
 */
final class Fields {
  private final MapNode map;
  private final Problems problems;
  private final String what;

  /** What the mapping may hold; null when its keys are free (level ids). */
  private final @Nullable Shape shape;

  /** The keys it may hold: the shape's, with site.yaml's categories; null when free. */
  private final @Nullable Set<String> allowed;

  private Fields(
      MapNode map,
      Problems problems,
      String what,
      @Nullable Shape shape,
      @Nullable Set<String> allowed) {
    this.map = map;
    this.problems = problems;
    this.what = what;
    this.shape = shape;
    this.allowed = allowed;
  }

  /** Reads {@code node} as a mapping of {@code shape}; empty when it is not a mapping. */
  static Optional<Fields> of(YamlNode node, Problems problems, Shape shape) {
    return of(node, problems, shape.what(), shape, List.of());
  }

  /** As above, described to editors as {@code what} ("level A") rather than as the shape says. */
  static Optional<Fields> of(YamlNode node, Problems problems, String what, Shape shape) {
    return of(node, problems, what, shape, List.of());
  }

  /**
   * Reads {@code node} as a mapping described to editors as {@code what} ("a role file"), whose
   * keys must be those of {@code shape}, where the categories are {@code categories}; empty when it
   * is not a mapping.
   */
  static Optional<Fields> of(
      YamlNode node, Problems problems, String what, Shape shape, List<String> categories) {
    return mapping(node, problems, what, shape, shape.keyNames(categories));
  }

  /** Reads {@code node} as a mapping whose keys are names of the editor's choosing (level ids). */
  static Optional<Fields> withAnyKeys(YamlNode node, Problems problems, String what) {
    return mapping(node, problems, what, null, null);
  }

  private static Optional<Fields> mapping(
      YamlNode node,
      Problems problems,
      String what,
      @Nullable Shape shape,
      @Nullable Set<String> allowed) {
    if (!(node instanceof MapNode map)) {
      problems.add(
          node.at(),
          "expected " + what + " to be a set of 'key: value' lines, found " + node.kind());
      return Optional.empty();
    }
    Fields fields = new Fields(map, problems, what, shape, allowed);
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
    Entry entry = entry(key);
    return entry == null ? Optional.empty() : Optional.of(entry.value());
  }

  SourcePosition positionOf(String key) {
    Entry entry = entry(key);
    return entry == null ? map.at() : entry.value().at();
  }

  /** The entry of {@code key}, which must be a key of the shape: the loader reads no other. */
  private @Nullable Entry entry(String key) {
    if (allowed != null && !allowed.contains(key)) {
      throw new IllegalArgumentException("'" + key + "' is not a key of " + shape);
    }
    return map.entries().get(key);
  }

  /** Whether the shape says {@code key} must be written. */
  private boolean isRequired(String key) {
    return shape != null && shape.key(key).map(Key::required).orElse(false);
  }

  /** Whether {@code key} is written with nothing in it: "key: []" or "key:". */
  boolean isEmptyList(String key) {
    return node(key)
        .filter(
            node ->
                node instanceof ListNode list
                    ? list.items().isEmpty()
                    : node instanceof ScalarNode scalar && isBlank(scalar))
        .isPresent();
  }

  /** A single value, or null; where the shape requires it, missing or empty is a problem. */
  @Nullable String text(String key) {
    return isRequired(key) ? requiredText(key) : optionalText(key);
  }

  /**
   * A single value the shape requires: missing or empty is a problem. Null stands in for a missing
   * one, beside that problem; such content stops at validation, whose checks allow for it, so no
   * later stage sees the null.
   */
  @SuppressWarnings("NullAway") // null only beside the problem that says it is missing (see above)
  String required(String key) {
    if (!isRequired(key)) {
      throw new IllegalArgumentException("'" + key + "' is not required in " + shape);
    }
    return requiredText(key);
  }

  /** A required single value: missing, empty or only spaces is a problem. */
  private @Nullable String requiredText(String key) {
    Entry entry = entry(key);
    if (entry == null) {
      problems.add(map.at(), what + " needs '" + key + ":'", "add a line '" + key + ": ...'");
      return null;
    }
    return nonEmptyText(entry, key, "write its value after '" + key + ":'");
  }

  /** The text of {@code entry}; when it is empty, a problem saying {@code whatToWrite}. */
  private @Nullable String nonEmptyText(Entry entry, String key, String whatToWrite) {
    String text = optionalText(key);
    if (entry.value() instanceof ScalarNode scalar && (text == null || text.isEmpty())) {
      problems.add(scalar.at(), "'" + key + "' is empty", TextTraps.emptyHint(whatToWrite, scalar));
    }
    return text;
  }

  /** A required id, checked where it is written against the rules for its kind. */
  String id(String key, Ids.Kind kind) {
    String id = required(key);
    if (id != null && !id.isEmpty()) {
      checkId(id, kind, positionOf(key), problems);
    }
    return id;
  }

  /**
   * A list of ids, each checked where it is written; only the good ones, each once, are returned,
   * so that a bad one is reported once rather than again wherever it would be used.
   */
  List<String> ids(String key, Ids.Kind kind) {
    List<String> ids = new ArrayList<>();
    for (Ref ref : refs(key)) {
      if (ids.contains(ref.id())) {
        problems.add(
            ref.at(),
            "'" + Problem.shortened(ref.id()) + "' is listed twice in '" + key + "'",
            "list it once");
      } else if (checkId(ref.id(), kind, ref.at(), problems)) {
        ids.add(ref.id());
      }
    }
    return ids;
  }

  /** Whether {@code id} is a good id of its kind; if not, a problem at {@code at}. */
  static boolean checkId(String id, Ids.Kind kind, SourcePosition at, Problems problems) {
    Problem.Text problem = Ids.problem(id, kind);
    if (problem != null) {
      problems.add(at, problem);
    }
    return problem == null;
  }

  private @Nullable String optionalText(String key) {
    return node(key).map(node -> scalar(node, key)).orElse(null);
  }

  /** A list of single values; a single value is accepted as a list of one. */
  List<String> texts(String key) {
    node(key).ifPresent(node -> TextTraps.severalOnOneLine(node, key, problems));
    return list(key, node -> scalar(node, key));
  }

  List<Ref> refs(String key) {
    return list(
        key,
        node -> {
          String id = scalar(node, key);
          return id == null ? null : new Ref(id, node.at());
        });
  }

  /**
   * Links that may each be marked as a suggestion: an id, or the long form {@code suggested}, with
   * the id under its own key and {@code provisional: reason}. For example {@code next}.
   */
  List<Ref> provisionalRefs(String key, Shape suggested) {
    return list(key, node -> provisionalRef(node, key, suggested));
  }

  /** A single link that may be marked as a suggestion, as above; null when absent. */
  @Nullable Ref provisionalRef(String key, Shape suggested) {
    return node(key).map(node -> provisionalRef(node, key, suggested)).orElse(null);
  }

  private @Nullable Ref provisionalRef(YamlNode node, String key, Shape suggested) {
    if (!(node instanceof MapNode)) {
      String id = scalar(node, key);
      return id == null ? null : new Ref(id, node.at());
    }
    String idKey = suggested.keys().get(0).name();
    return of(node, problems, suggested)
        .map(
            link -> {
              String id = link.text(idKey);
              return id == null
                  ? null
                  : new Ref(id, link.positionOf(idKey), link.reason("provisional"));
            })
        .orElse(null);
  }

  /**
   * A reason, such as why something is provisional: when the key is there, it must say something.
   */
  @Nullable String reason(String key) {
    Entry entry = entry(key);
    if (entry == null) {
      return null;
    }
    return nonEmptyText(
        entry,
        key,
        "write after '"
            + key
            + ":' why it is not settled, in one sentence for HR; staff see it marked as to be"
            + " confirmed");
  }

  List<Item> items(String key) {
    return node(key).map(node -> Items.read(node, key, problems)).orElse(List.of());
  }

  <T> List<T> list(String key, Function<YamlNode, T> reader) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    return listOf(node.get(), key, reader, problems);
  }

  static <T> List<T> listOf(
      YamlNode node, String key, Function<YamlNode, T> reader, Problems problems) {
    List<T> values = new ArrayList<>();
    if (node instanceof ListNode list) {
      for (YamlNode item : list.items()) {
        if (item instanceof ScalarNode scalar && isBlank(scalar)) {
          problems.add(
              item.at(),
              "empty entry in '" + key + "'",
              TextTraps.emptyHint(
                  "write its text after the '- ' (a text that starts with '#' must be in quotes), or remove the line",
                  scalar));
          continue;
        }
        T value = reader.apply(item);
        if (value != null) {
          values.add(value);
        }
      }
    } else if (node instanceof ScalarNode scalar && isBlank(scalar)) {
      return values; // "key:" with nothing after it: an empty list
    } else if (node instanceof ScalarNode) {
      T value = reader.apply(node);
      if (value != null) {
        values.add(value);
      }
    } else {
      problems.add(
          node.at(),
          "expected '" + key + "' to be a list (lines starting with '- '), found " + node.kind());
    }
    return values;
  }

  static boolean isBlank(ScalarNode scalar) {
    return scalar.text() == null || scalar.text().isBlank();
  }

  private @Nullable String scalar(YamlNode node, String key) {
    if (node instanceof ScalarNode scalar) {
      String text = scalar.text() == null ? null : scalar.text().strip();
      TextTraps.scaffoldText(text, node.at(), problems);
      return text;
    }
    String typed = node instanceof MapNode map ? TextTraps.colonText(map) : null;
    if (typed != null) {
      TextTraps.readAsKey((MapNode) node, typed, "text", problems);
      return null;
    }
    problems.add(
        node.at(),
        "expected '" + key + "' to be a single value, found " + node.kind(),
        node instanceof ListNode
            ? "remove the '- ' in front of the value"
            : "check the indentation");
    return null;
  }

  private void rejectUnknownKeys(Set<String> allowed) {
    for (Entry entry : map.entries().values()) {
      if (!allowed.contains(entry.key())) {
        problems.add(
            entry.keyAt(),
            "unknown key '" + Problem.shortened(entry.key()) + "' in " + what,
            Suggestions.closest(entry.key(), allowed));
      }
    }
  }
}
