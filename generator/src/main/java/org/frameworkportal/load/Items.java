package org.frameworkportal.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.load.YamlNode.MapNode;
import org.frameworkportal.load.YamlNode.ScalarNode;
import org.frameworkportal.model.Item;
import org.frameworkportal.shape.Statements;
import org.jspecify.annotations.Nullable;

/** Reads lists of statements (requirements, evidence, accountabilities ...) into items. */
final class Items {
  private Items() {}

  /** Requirement items: each a text, or a map with {@code text} and optional tags. */
  static List<Item> read(YamlNode node, String key, Problems problems) {
    TextTraps.severalOnOneLine(node, key, problems);
    return Fields.listOf(node, key, item -> item(item, key, problems), problems);
  }

  private static @Nullable Item item(YamlNode node, String key, Problems problems) {
    if (node instanceof ScalarNode scalar) {
      String text = textOf(scalar);
      TextTraps.scaffoldText(text.strip(), node.at(), problems);
      return Item.of(text, node.at());
    }
    if (node instanceof MapNode map && !map.entries().containsKey("text")) {
      String statement = TextTraps.colonText(map);
      if (statement != null) {
        TextTraps.readAsKey(map, statement, "statement", problems);
        return null;
      }
    }
    Optional<Fields> fields =
        Fields.of(node, problems, "an entry of '" + key + "'", Statements.ITEM);
    if (fields.isEmpty()) {
      return null;
    }
    Fields f = fields.get();
    String text = f.text("text");
    if (text == null) {
      return null;
    }
    return new Item(
        text,
        f.text("group"),
        f.refs("skills"),
        f.refs("not_skills"),
        f.text("note"),
        node.at(),
        f.reason("provisional"));
  }

  /** The text of an entry of a list: never null, as lists report empty entries and skip them. */
  static String textOf(ScalarNode entry) {
    return Objects.requireNonNull(entry.text(), "an empty entry reaches no reader (Fields.listOf)");
  }
}
