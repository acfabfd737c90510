package org.frameworkportal.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frameworkportal.workbook.YamlSpans.EntrySpan;
import org.frameworkportal.workbook.YamlSpans.ListSpan;
import org.frameworkportal.workbook.YamlSpans.MapSpan;
import org.frameworkportal.workbook.YamlSpans.Span;

/**
 * A role file's text, edited where the workbook changed it and nowhere else: a changed list of
 * statements is written again from its first item to its last, every unchanged item copied as it
 * was (comments, quoting and keys the workbook does not show included); a list the file does not
 * have yet is added in level and category order.
 */
final class RoleText {
  private final String text;
  private final MapSpan root;

  private RoleText(String text, MapSpan root) {
    this.text = text;
    this.root = root;
  }

  static Optional<RoleText> of(String text) {
    return YamlSpans.of(text)
        .filter(MapSpan.class::isInstance)
        .map(span -> new RoleText(text, (MapSpan) span));
  }

  String text() {
    return text;
  }

  /** One statement of a rewritten list: copied from a role file, or written from its row. */
  sealed interface Entry {
    /** The item's lines with its dash at {@code indent}. */
    String yaml(int indent);
  }

  /** An item's lines as written, with the column of its dash. */
  record Copy(String lines, int indent) implements Entry {
    @Override
    public String yaml(int target) {
      if (target == indent) {
        return lines;
      }
      StringBuilder out = new StringBuilder();
      for (String line : lines.split("\n", -1)) {
        if (line.isBlank()) {
          out.append(line);
        } else if (target > indent) {
          out.append(" ".repeat(target - indent)).append(line);
        } else {
          int spaces = 0;
          while (spaces < indent - target && spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
          }
          out.append(line.substring(spaces));
        }
        out.append('\n');
      }
      return out.substring(0, out.length() - 1); // split kept the text after the last line break
    }
  }

  /** A statement written from its row. */
  record Fresh(ItemFields fields) implements Entry {
    @Override
    public String yaml(int indent) {
      return fields.yaml(indent);
    }
  }

  /** The list at {@code key} as a block list with items, if the file has one. */
  Optional<Copy> item(ListKey key, int index) {
    return list(key)
        .filter(list -> !list.flow() && index < list.items().size())
        .map(
            list -> {
              Span item = list.items().get(index);
              int start = lineStart(item.start());
              int end =
                  index + 1 < list.items().size()
                      ? lineStart(list.items().get(index + 1).start())
                      : lineEnd(item.end());
              return new Copy(text.substring(start, end), item.start() - start - dashGap(item));
            });
  }

  /** Spaces between a list item's dash and its value: 1 in "- text". */
  private int dashGap(Span item) {
    int i = item.start() - 1;
    while (i > 0 && text.charAt(i) == ' ') {
      i--;
    }
    return item.start() - i;
  }

  private Optional<ListSpan> list(ListKey key) {
    return entryAt(key.path())
        .map(EntrySpan::value)
        .filter(ListSpan.class::isInstance)
        .map(ListSpan.class::cast);
  }

  private Optional<EntrySpan> entryAt(List<String> path) {
    MapSpan map = root;
    for (int i = 0; i < path.size(); i++) {
      Optional<EntrySpan> entry = map.entry(path.get(i));
      if (entry.isEmpty() || i == path.size() - 1) {
        return entry;
      }
      if (!(entry.get().value() instanceof MapSpan inner)) {
        return Optional.empty();
      }
      map = inner;
    }
    return Optional.empty();
  }

  /**
   * The text with each list in {@code lists} written anew, in the given order of levels and
   * categories for lists the file does not have yet.
   */
  String with(Map<ListKey, List<Entry>> lists, List<String> levels, List<String> categories) {
    List<Replacement> replacements = new ArrayList<>();
    Map<String, Pending> pending = new LinkedHashMap<>();
    lists.forEach(
        (key, entries) -> {
          Optional<EntrySpan> found = entryAt(key.path());
          if (found.isPresent() && found.get().value() instanceof ListSpan list) {
            replacements.add(rewrite(found.get(), list, entries));
          } else {
            missing(key, entries, pending, levels, categories);
          }
        });
    pending.values().forEach(p -> replacements.add(p.replacement(this)));
    replacements.sort(
        Comparator.comparingInt(Replacement::start).thenComparingInt(Replacement::rank).reversed());
    StringBuilder out = new StringBuilder(text);
    // Several new keys at one place are written there in order, as one replacement.
    for (Replacement r : merged(replacements)) {
      out.replace(r.start(), r.end(), r.text());
    }
    return out.toString();
  }

  private record Replacement(int start, int end, String text, int rank) {}

  private static List<Replacement> merged(List<Replacement> sortedDescending) {
    List<Replacement> out = new ArrayList<>();
    for (Replacement r : sortedDescending) {
      Replacement last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.start() == r.start()
          && last.end() == r.start()
          && r.end() == r.start()) {
        out.set(
            out.size() - 1, new Replacement(r.start(), r.end(), r.text() + last.text(), r.rank()));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  private Replacement rewrite(EntrySpan entry, ListSpan list, List<Entry> entries) {
    int colon = text.indexOf(':', entry.keyEnd()) + 1;
    if (list.flow() || list.items().isEmpty()) {
      int end = Math.max(list.end(), colon);
      if (entries.isEmpty()) {
        return new Replacement(colon, end, " []", 0);
      }
      String items = render(entries, column(entry.keyStart()) + 2);
      return new Replacement(colon, end, "\n" + items.substring(0, items.length() - 1), 0);
    }
    int start = lineStart(list.items().get(0).start());
    int end = lineEnd(list.end());
    if (entries.isEmpty()) {
      int endOfText = end > 0 && text.charAt(end - 1) == '\n' ? end - 1 : end;
      return new Replacement(colon, endOfText, " []", 0);
    }
    Span first = list.items().get(0);
    String items = render(entries, first.start() - lineStart(first.start()) - dashGap(first));
    if (end == text.length() && !text.endsWith("\n")) {
      items = items.substring(0, items.length() - 1);
    }
    return new Replacement(start, end, items, 0);
  }

  private static String render(List<Entry> entries, int indent) {
    StringBuilder out = new StringBuilder();
    entries.forEach(e -> out.append(e.yaml(indent)));
    return out.toString();
  }

  /** Lists whose keys the file does not have yet, gathered under the first key to add. */
  private static final class Pending {
    final MapSpan parent;
    final int depth;
    final String key;
    final @org.jspecify.annotations.Nullable EntrySpan empty;
    final Map<List<String>, List<Entry>> lists = new LinkedHashMap<>();
    final List<String> levels;
    final List<String> categories;

    Pending(
        MapSpan parent,
        int depth,
        String key,
        @org.jspecify.annotations.Nullable EntrySpan empty,
        List<String> levels,
        List<String> categories) {
      this.parent = parent;
      this.depth = depth;
      this.key = key;
      this.empty = empty;
      this.levels = levels;
      this.categories = categories;
    }

    Replacement replacement(RoleText file) {
      if (empty != null) { // "C:" or "C: {}": the value is written after the key
        int colon = file.text.indexOf(':', empty.keyEnd()) + 1;
        int indent = file.column(empty.keyStart()) + 2;
        String body = children(lists, depth + 1, indent);
        int end = file.text.indexOf('\n', colon);
        return new Replacement(
            colon,
            end < 0 ? file.text.length() : end,
            "\n" + body.substring(0, body.length() - 1),
            0);
      }
      int indent = parent.entries().isEmpty() ? 0 : file.column(parent.entries().get(0).keyStart());
      int rank = rank(depth, key);
      int at =
          parent.entries().stream()
              .filter(e -> rank(depth, e.key()) > rank)
              .findFirst()
              .map(e -> file.lineStart(e.keyStart()))
              .orElse(file.lineEnd(parent.end()));
      String body = tree(key, lists, depth, indent);
      if (at == file.text.length() && !file.text.isEmpty() && !file.text.endsWith("\n")) {
        body = "\n" + body;
      }
      return new Replacement(at, at, body, rank);
    }

    private String tree(String name, Map<List<String>, List<Entry>> under, int level, int indent) {
      String head = " ".repeat(indent) + name + ":";
      if (under.size() == 1 && under.keySet().iterator().next().isEmpty()) {
        return head + "\n" + render(under.values().iterator().next(), indent + 2);
      }
      return head + "\n" + children(under, level + 1, indent + 2);
    }

    private String children(Map<List<String>, List<Entry>> under, int level, int indent) {
      if (under.size() == 1 && under.keySet().iterator().next().isEmpty()) {
        return render(under.values().iterator().next(), indent);
      }
      Map<String, Map<List<String>, List<Entry>>> byKey =
          new java.util.TreeMap<>(
              Comparator.comparingInt((String k) -> rank(level, k)).thenComparing(k -> k));
      under.forEach(
          (path, entries) ->
              byKey
                  .computeIfAbsent(path.get(0), k -> new LinkedHashMap<>())
                  .put(path.subList(1, path.size()), entries));
      StringBuilder out = new StringBuilder();
      byKey.forEach((k, sub) -> out.append(tree(k, sub, level, indent)));
      return out.toString();
    }

    /** Where a key goes among its neighbours: levels and categories in their order. */
    private int rank(int depth, String key) {
      return switch (depth) {
        case 0 -> key.equals("levels") ? 100 : key.equals("notes") ? 200 : 0;
        case 1 -> levels.indexOf(key);
        case 2 ->
            key.equals("evidence")
                ? 100
                : key.equals("development")
                    ? 101
                    : categories.contains(key) ? 10 + categories.indexOf(key) : 0;
        default -> categories.indexOf(key);
      };
    }
  }

  private void missing(
      ListKey key,
      List<Entry> entries,
      Map<String, Pending> pending,
      List<String> levels,
      List<String> categories) {
    if (entries.isEmpty()) {
      return; // nothing to add where there was nothing
    }
    List<String> path = key.path();
    MapSpan map = root;
    int depth = 0;
    EntrySpan empty = null;
    while (depth < path.size()) {
      Optional<EntrySpan> entry = map.entry(path.get(depth));
      if (entry.isEmpty()) {
        break;
      }
      if (entry.get().value() instanceof MapSpan inner
          && !inner.flow()
          && !inner.entries().isEmpty()) {
        map = inner;
        depth++;
        continue;
      }
      empty = entry.get(); // there, but empty: "C:", "C: {}" or "knowledge:"
      break;
    }
    MapSpan parent = map;
    int at = depth;
    EntrySpan emptyEntry = empty;
    Pending p =
        pending.computeIfAbsent(
            parent.start() + "/" + path.get(at),
            k -> new Pending(parent, at, path.get(at), emptyEntry, levels, categories));
    p.lists.put(path.subList(at + 1, path.size()), entries);
  }

  private int lineStart(int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Just after the line break ending the line of the character before {@code end}. */
  private int lineEnd(int end) {
    int newline = text.indexOf('\n', Math.max(0, end - 1));
    return newline < 0 ? text.length() : newline + 1;
  }

  private int column(int offset) {
    return offset - lineStart(offset);
  }
}
