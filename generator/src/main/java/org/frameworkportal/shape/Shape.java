package org.frameworkportal.shape;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a mapping in a content file may hold: a whole file (a role file) or a part of one (a team, a
 * level, a statement).
 *
 * @param name the shape's name in the editor schemas' definitions and the guide's markers ("team")
 * @param what how problems name one ("a team", "a role file")
 * @param plural how the guide names a list of them ("teams")
 * @param title a short name for editors ("Team")
 * @param description what it is, in plain English
 * @param shorthand whether a single value may be written instead of its keys
 * @param mayBeEmpty whether nothing at all ({@code {}}, or no value) is one
 * @param parts its keys, in the order editors read them
 */
public record Shape(
    String name,
    String what,
    String plural,
    String title,
    String description,
    Shorthand shorthand,
    boolean mayBeEmpty,
    List<Part> parts) {

  /** One part of a shape: a key, or a key per category. */
  public sealed interface Part permits Key, CategoryKeys {}

  /** What a single value written in place of the keys stands for. */
  public enum Shorthand {
    /** Nothing: the keys must be written. */
    NONE,
    /** The main key, such as a sector framework's title. */
    TEXT,
    /** A statement's text, which must not be only spaces. */
    STATEMENT
  }

  public Shape {
    parts = List.copyOf(parts);
  }

  public static Builder named(String name, String what) {
    return new Builder(name, what);
  }

  /** Its keys but those per category, in order. */
  public List<Key> keys() {
    return parts.stream().filter(Key.class::isInstance).map(Key.class::cast).toList();
  }

  /** Its keys, with one per category of {@code categories} where it has keys per category. */
  public List<Key> keys(List<Category> categories) {
    List<Key> keys = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof Key key) {
        keys.add(key);
      } else if (part instanceof CategoryKeys perCategory) {
        keys.addAll(perCategory.keys(categories));
      }
    }
    return keys;
  }

  /** The names of its keys where the categories are {@code categories} (site.yaml's). */
  public Set<String> keyNames(List<String> categories) {
    Set<String> names = new LinkedHashSet<>();
    for (Part part : parts) {
      if (part instanceof Key key) {
        names.add(key.name());
      } else if (part instanceof CategoryKeys perCategory) {
        names.addAll(perCategory.names(categories));
      }
    }
    return names;
  }

  /** The key named {@code name}, unless it is one per category. */
  public Optional<Key> key(String name) {
    return keys().stream().filter(key -> key.name().equals(name)).findFirst();
  }

  /** Builds a shape, key by key, in the order editors read them. */
  public static final class Builder {
    private final String name;
    private final String what;
    private String plural;
    private String title;
    private String description;
    private Shorthand shorthand = Shorthand.NONE;
    private boolean mayBeEmpty;
    private final List<Part> parts = new ArrayList<>();

    private Builder(String name, String what) {
      this.name = name;
      this.what = what;
    }

    public Builder about(String title, String description) {
      this.title = title;
      this.description = description;
      return this;
    }

    public Builder plural(String plural) {
      this.plural = plural;
      return this;
    }

    public Builder shorthand(Shorthand shorthand) {
      this.shorthand = shorthand;
      return this;
    }

    public Builder mayBeEmpty() {
      this.mayBeEmpty = true;
      return this;
    }

    public Builder key(
        String name, Presence presence, Type type, String title, String description) {
      return key(new Key(name, presence, type, title, description));
    }

    public Builder key(Key key) {
      parts.add(key);
      return this;
    }

    public Builder perCategory(CategoryKeys keys) {
      parts.add(keys);
      return this;
    }

    public Shape build() {
      return new Shape(name, what, plural, title, description, shorthand, mayBeEmpty, parts);
    }
  }
}
