package org.frameworkportal.shape;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A shape as a Markdown table for the content guide: each key, what to write, whether it is needed,
 * and what it is for.
 */
public final class KeyTable {
  private KeyTable() {}

  /** The table of {@code shape}, one line per key, each ending with "\n". */
  public static String of(Shape shape) {
    StringBuilder table = new StringBuilder();
    table.append("| key | value | needed | what it is for |\n");
    table.append("|---|---|---|---|\n");
    for (Shape.Part part : shape.parts()) {
      if (part instanceof Key key) {
        row(table, code(key.name()), value(key.type()), needed(key.presence()), key.description());
      } else if (part instanceof CategoryKeys perCategory) {
        List<String> names = perCategory.names(Category.DEFAULT_IDS);
        row(
            table,
            "one per category: "
                + names.stream().map(KeyTable::code).collect(Collectors.joining(", ")),
            value(perCategory.type()),
            needed(Presence.OPTIONAL),
            perCategory.description()
                + " The categories are those of site.yaml; these are the usual ones"
                + (perCategory.withOther() ? ", and `other` is for anything else." : "."));
      }
    }
    return table.toString();
  }

  /** What to write, in words. */
  static String value(Type type) {
    if (type instanceof Type.Text text) {
      return text.markdown() ? "Markdown" : "text";
    } else if (type instanceof Type.Date) {
      return "date: YYYY-MM-DD or YYYY-MM";
    } else if (type instanceof Type.Id id) {
      return id.one();
    } else if (type instanceof Type.Reason) {
      return "text: the reason";
    } else if (type instanceof Type.Texts texts) {
      return texts.markdown() ? "list of Markdown texts" : "list of texts";
    } else if (type instanceof Type.IdList list) {
      return "list of " + list.id().many();
    } else if (type instanceof Type.ListOf list) {
      return "list of " + list.shape().plural();
    } else if (type instanceof Type.Keys keys) {
      return "keys: " + keys.shape().title().toLowerCase(java.util.Locale.ROOT) + ", below";
    } else if (type instanceof Type.ByLevel byLevel) {
      return "one per " + byLevel.levelId().one() + ": " + byLevel.shape().what() + ", below";
    } else if (type instanceof Type.Link link) {
      return link.id().one() + ", or " + longForm(link.longForm());
    } else if (type instanceof Type.Links links) {
      return "list of " + links.id().many() + ", each may be " + longForm(links.longForm());
    }
    throw new IllegalArgumentException("no words for " + type);
  }

  private static String longForm(Shape longForm) {
    return longForm.keys().stream()
        .map(key -> code(key.name() + ":"))
        .collect(Collectors.joining(" with "));
  }

  private static String needed(Presence presence) {
    return presence.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void row(StringBuilder table, String... cells) {
    table.append("|");
    for (String cell : cells) {
      table.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    table.append('\n');
  }

  private static String code(String text) {
    return "`" + text + "`";
  }
}
