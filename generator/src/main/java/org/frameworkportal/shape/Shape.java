package org.frameworkportal.shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What a mapping in a content file may hold: a whole file (a role file) or a part of one (a team, a
 * level, a statement). Built once, through {@link #named}; the loader looks keys up in it for every
 * mapping it reads, so they are indexed here.
 */
public final class Shape {
  private final String name;
  private final String what;
  private final @Nullable String plural;
  private final String title;
  private final String description;
  private final Shorthand shorthand;
  private final boolean mayBeEmpty;
  private final List<Part> parts;
  private final Map<String, Key> keysByName = new LinkedHashMap<>();

  /** The key names for each list of categories met (in practice: site.yaml's, once per build). */
  private final Map<List<String>, Set<String>> keyNames = new ConcurrentHashMap<>();

  private Shape(Builder builder) {
    this.name = builder.name;
    this.what = builder.what;
    this.plural = builder.plural;
    // Every shape says what it is: the editor schemas and the guide show it.
    this.title = Objects.requireNonNull(builder.title, "about(...) of " + name);
    this.description = Objects.requireNonNull(builder.description, "about(...) of " + name);
    this.shorthand = builder.shorthand;
    this.mayBeEmpty = builder.mayBeEmpty;
    this.parts = List.copyOf(builder.parts);
    for (Part part : parts) {
      if (part instanceof Key key) {
        keysByName.put(key.name(), key);
      }
    }
  }

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

  public static Builder named(String name, String what) {
    return new Builder(name, what);
  }

  /** Its name in the editor schemas' definitions and the guide's markers ("team"). */
  public String name() {
    return name;
  }

  /** How problems name one ("a team", "a role file"). */
  public String what() {
    return what;
  }

  /** How the guide names a list of them ("teams"); null for a shape never in a list. */
  public @Nullable String plural() {
    return plural;
  }

  /** A short name for editors ("Team"). */
  public String title() {
    return title;
  }

  /** What it is, in plain English. */
  public String description() {
    return description;
  }

  /** Whether a single value may be written instead of its keys. */
  public Shorthand shorthand() {
    return shorthand;
  }

  /** Whether nothing at all ({@code {}}, or no value) is one. */
  public boolean mayBeEmpty() {
    return mayBeEmpty;
  }

  /** Its keys, in the order editors read them. */
  public List<Part> parts() {
    return parts;
  }

  /** Its keys but those per category, in order. */
  public List<Key> keys() {
    return List.copyOf(keysByName.values());
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
    return keyNames.computeIfAbsent(List.copyOf(categories), this::names);
  }

  private Set<String> names(List<String> categories) {
    Set<String> names = new LinkedHashSet<>();
    for (Part part : parts) {
      if (part instanceof Key key) {
        names.add(key.name());
      } else if (part instanceof CategoryKeys perCategory) {
        names.addAll(perCategory.names(categories));
      }
    }
    return Collections.unmodifiableSet(names);
  }

  /** The key named {@code name}, unless it is one per category. */
  public Optional<Key> key(String name) {
    return Optional.ofNullable(keysByName.get(name));
  }

  @Override
  public String toString() {
    return name;
  }

  /** Builds a shape, key by key, in the order editors read them. */
  public static final class Builder {
    private final String name;
    private final String what;
    private @Nullable String plural;
    private @Nullable String title;
    private @Nullable String description;
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
      return new Shape(this);
    }
  }
}
