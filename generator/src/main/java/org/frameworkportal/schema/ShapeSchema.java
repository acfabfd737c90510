package org.frameworkportal.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.frameworkportal.shape.Category;
import org.frameworkportal.shape.Key;
import org.frameworkportal.shape.Patterns;
import org.frameworkportal.shape.Presence;
import org.frameworkportal.shape.Shape;
import org.frameworkportal.shape.Type;

/**
 * The JSON Schema (draft-07) of one content file, from its shape. It accepts what the loader
 * accepts, key for key: a mapping refuses keys its shape does not have; a single value may be text,
 * a number or true/false (the loader reads all three as text); an empty value is allowed wherever
 * the loader treats it as absent; a list may be written as one value (a list of one). Ids and dates
 * are checked in the forms of {@link Patterns}. What a schema cannot know (other files' ids,
 * categories other than the default ones) is left to {@code ./portal check}.
 */
final class ShapeSchema {
  private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The shapes used inside the file, by name, in the order they are first met. */
  private final ObjectNode definitions = JSON.objectNode();

  private ShapeSchema() {}

  /** The schema of a file of shape {@code file}. */
  static ObjectNode of(Shape file) {
    ShapeSchema schema = new ShapeSchema();
    ObjectNode root = JSON.objectNode().put("$schema", DRAFT_07);
    schema.object(root.setAll(described(file.title(), file.description())), file);
    if (!schema.definitions.isEmpty()) {
      root.set("definitions", schema.definitions);
    }
    return root;
  }

  /** Makes {@code node} a mapping whose keys are exactly those of {@code shape}. */
  private ObjectNode object(ObjectNode node, Shape shape) {
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = JSON.arrayNode();
    for (Key key : shape.keys(Category.DEFAULTS)) {
      properties.set(key.name(), property(key));
      if (key.required()) {
        required.add(key.name());
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    return node.put("additionalProperties", false);
  }

  private ObjectNode property(Key key) {
    String description =
        key.presence() == Presence.OPTIONAL ? "Optional. " + key.description() : key.description();
    ObjectNode property = described(key.title(), description);
    value(property, key.type());
    if (key.required() && property.get("type") instanceof ArrayNode types) {
      // Written but empty is a mistake too, for a key the loader requires.
      List<String> names = new ArrayList<>();
      types.forEach(type -> names.add(type.asText()));
      names.remove("null");
      property.set("type", types(names.toArray(String[]::new)));
      if (key.type() instanceof Type.ListOf) {
        property.put("minItems", 1);
      }
    }
    return property;
  }

  /** Adds to {@code property} what its value may be. */
  private void value(ObjectNode property, Type type) {
    if (type instanceof Type.Text text) {
      property.set("type", types("string", "number", "boolean", "null"));
      if (text.notBlank()) {
        property.put("pattern", Patterns.NOT_BLANK);
      }
    } else if (type instanceof Type.Reason) {
      property.set("type", types("string", "number", "boolean", "null"));
    } else if (type instanceof Type.Date) {
      property.set("type", types("string", "null"));
      property.put("pattern", whole(Patterns.DATE));
    } else if (type instanceof Type.Id id) {
      property.set("type", types("string", "null"));
      property.put("pattern", whole(id.pattern()));
    } else if (type instanceof Type.Texts texts) {
      property.set("type", types("array", "string", "number", "boolean", "null"));
      ObjectNode items = JSON.objectNode().set("type", types("string", "number", "boolean"));
      if (texts.notBlank()) {
        items.put("pattern", Patterns.NOT_BLANK);
        property.put("pattern", Patterns.NOT_BLANK);
      }
      property.set("items", items);
    } else if (type instanceof Type.IdList list) {
      property.set("type", types("array", "string", "null"));
      property.put("pattern", whole(list.id().pattern()));
      property.set(
          "items",
          JSON.objectNode().put("type", "string").put("pattern", whole(list.id().pattern())));
    } else if (type instanceof Type.ListOf list) {
      Shape.Shorthand shorthand = list.shape().shorthand();
      property.set(
          "type",
          shorthand == Shape.Shorthand.NONE
              ? types("array", "null")
              : types("array", "string", "number", "boolean", "null"));
      if (shorthand == Shape.Shorthand.STATEMENT) {
        property.put("pattern", Patterns.NOT_BLANK);
      }
      property.set("items", ref(list.shape()));
    } else if (type instanceof Type.Keys keys) {
      object(property, keys.shape());
    } else if (type instanceof Type.ByLevel byLevel) {
      property.put("type", "object");
      property.putObject("propertyNames").put("pattern", whole(byLevel.levelId().pattern()));
      property.set("additionalProperties", ref(byLevel.shape()));
    } else if (type instanceof Type.Link link) {
      property.set("type", types("string", "null", "object"));
      property.put("pattern", whole(link.id().pattern()));
      longForm(property, link.longForm());
    } else if (type instanceof Type.Links links) {
      property.set("type", types("array", "string", "null"));
      String pattern = whole(links.id().pattern());
      property.put("pattern", pattern);
      ObjectNode items = JSON.objectNode().<ObjectNode>set("type", types("string", "object"));
      items.put("pattern", pattern);
      longForm(items, links.longForm());
      property.set("items", items);
    } else {
      throw new IllegalArgumentException("no schema for " + type);
    }
  }

  /** A link's long form: the id under its key and why it is suggested, each as text. */
  private static void longForm(ObjectNode link, Shape longForm) {
    ObjectNode properties = link.putObject("properties");
    for (Key key : longForm.keys()) {
      String pattern = key.type() instanceof Type.Id id ? whole(id.pattern()) : Patterns.NOT_BLANK;
      properties.set(
          key.name(),
          described(key.title(), key.description()).put("type", "string").put("pattern", pattern));
    }
    link.put("additionalProperties", false);
  }

  /** A reference to {@code shape} among the definitions, which it is added to when first met. */
  private ObjectNode ref(Shape shape) {
    if (!definitions.has(shape.name())) {
      // Put first, so that the shapes met inside it follow it.
      ObjectNode definition = definitions.putObject(shape.name());
      object(definition.setAll(described(shape.title(), shape.description())), shape);
      if (shape.shorthand() != Shape.Shorthand.NONE) {
        definition.set("type", types("string", "number", "boolean", "object"));
      } else if (shape.mayBeEmpty()) {
        definition.set("type", types("object", "null"));
      }
      if (shape.shorthand() == Shape.Shorthand.STATEMENT) {
        definition.put("pattern", Patterns.NOT_BLANK);
      }
    }
    return JSON.objectNode().put("$ref", "#/definitions/" + shape.name());
  }

  private static ObjectNode described(String title, String description) {
    return JSON.objectNode().put("title", title).put("description", description);
  }

  private static String whole(String pattern) {
    return "^" + pattern + "$";
  }

  /** A "type": one name, or a list of them. */
  private static JsonNode types(String... names) {
    if (names.length == 1) {
      return JSON.textNode(names[0]);
    }
    ArrayNode array = JSON.arrayNode();
    for (String name : names) {
      array.add(name);
    }
    return array;
  }
}
