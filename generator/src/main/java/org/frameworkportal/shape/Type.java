package org.frameworkportal.shape;

/**
 * What a key's value is. Every single value is read as the text the editor typed, so a number or
 * true/false is text too; a list may be written as one value, which is then a list of one.
 */
public sealed interface Type {

  /** A single value; Markdown where {@code markdown}; never only spaces where {@code notBlank}. */
  record Text(boolean markdown, boolean notBlank) implements Type {}

  /** A date, written YYYY-MM-DD or YYYY-MM. */
  record Date() implements Type {}

  /**
   * An id, written in the form of {@code pattern}.
   *
   * @param one what such an id is called in the guide ("role id")
   * @param many what several are called ("role ids")
   */
  record Id(String pattern, String one, String many) implements Type {}

  /** Why something is provisional: optional, but when written it must say something. */
  record Reason() implements Type {}

  /**
   * A list of single values; Markdown where {@code markdown}; none only spaces where {@code
   * notBlank}.
   */
  record Texts(boolean markdown, boolean notBlank) implements Type {}

  /** A list of ids of one form. */
  record IdList(Id id) implements Type {}

  /** A list of entries of {@code shape}. */
  record ListOf(Shape shape) implements Type {}

  /** A set of keys of its own, written under the key. */
  record Keys(Shape shape) implements Type {}

  /** Keys that are level ids, each with a value of {@code shape}. */
  record ByLevel(Id levelId, Shape shape) implements Type {}

  /**
   * An id; or, while HR have not confirmed it, {@code longForm}: the id under its own key, with why
   * it is only suggested.
   */
  record Link(Shape longForm) implements Type {
    /** The key of the long form that holds the id. */
    public Key idKey() {
      return longForm.keys().get(0);
    }

    /** The form of the id. */
    public Id id() {
      return (Id) idKey().type();
    }
  }

  /** A list of links, each written as in {@link Link}. */
  record Links(Shape longForm) implements Type {
    public Key idKey() {
      return longForm.keys().get(0);
    }

    public Id id() {
      return (Id) idKey().type();
    }
  }

  // ---- the types in words, as the shapes are written

  static Type text() {
    return new Text(false, false);
  }

  static Type markdown() {
    return new Text(true, false);
  }

  /** Text that must say something: a statement. */
  static Type statementText() {
    return new Text(false, true);
  }

  static Type date() {
    return new Date();
  }

  static Id id() {
    return new Id(Patterns.ID, "id", "ids");
  }

  static Id levelId() {
    return new Id(Patterns.LEVEL_LETTER, "level id", "level ids");
  }

  static Id roleRef() {
    return new Id(Patterns.ROLE_REF, "role id", "role ids");
  }

  static Id fullRoleRef() {
    return new Id(
        Patterns.FULL_ROLE_REF,
        "role id written framework-id/role-id",
        "role ids written framework-id/role-id");
  }

  static Type reason() {
    return new Reason();
  }

  static Type texts() {
    return new Texts(false, false);
  }

  static Type markdownTexts() {
    return new Texts(true, false);
  }

  /** Texts that must each say something: phrases looked for in statements. */
  static Type phrases() {
    return new Texts(false, true);
  }

  static Type idList(Id id) {
    return new IdList(id);
  }

  static Type listOf(Shape shape) {
    return new ListOf(shape);
  }

  static Type keys(Shape shape) {
    return new Keys(shape);
  }

  static Type byLevel(Shape shape) {
    return new ByLevel(levelId(), shape);
  }

  static Type link(Shape longForm) {
    return new Link(longForm);
  }

  static Type links(Shape longForm) {
    return new Links(longForm);
  }
}
