package org.frameworkportal.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.frameworkportal.PortalRun;
import org.frameworkportal.shape.Category;
import org.frameworkportal.shape.FrameworkYaml;
import org.frameworkportal.shape.GlossaryYaml;
import org.frameworkportal.shape.ProfileYaml;
import org.frameworkportal.shape.RoleYaml;
import org.frameworkportal.shape.Shape;
import org.frameworkportal.shape.SiteYaml;
import org.frameworkportal.shape.SkillsYaml;
import org.frameworkportal.shape.Statements;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The editor schemas in {@code content/schema/}: up to date with the content's shape ({@code
 * org.frameworkportal.shape}), the same bytes on every call, valid draft-07 schemas with local
 * references only, explaining every key, and listing exactly the keys of the shapes, which are the
 * keys the loader accepts. Content read against them: {@link ContentAgainstSchemasTest}.
 *
 * <p>After a change to a shape, regenerate the files with {@code ./mvnw -q -B test -pl generator
 * -Dtest=ContentSchemasTest -Dschemas.update=true}.
 */
class ContentSchemasTest {
  static final Path HOME = Path.of(System.getProperty("portal.home", ".."));
  static final Path CONTENT = HOME.resolve("content");
  static final Path SCHEMA_DIR = CONTENT.resolve("schema");
  static final String REGENERATE =
      "./mvnw -q -B test -pl generator -Dtest=ContentSchemasTest -Dschemas.update=true";

  static final ObjectMapper JSON = new ObjectMapper();
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

  // ---- the committed files are what ContentSchemas builds

  @Test
  void committedSchemaFilesAreUpToDate() throws IOException {
    if (Boolean.getBoolean("schemas.update")) {
      ContentSchemas.writeTo(CONTENT);
    }
    Map<String, byte[]> schemas = ContentSchemas.schemas();
    try (Stream<Path> files = Files.list(SCHEMA_DIR)) {
      assertEquals(
          new TreeSet<>(schemas.keySet()),
          files
              .map(file -> file.getFileName().toString())
              .collect(Collectors.toCollection(TreeSet::new)),
          "content/schema/ must hold exactly the schemas ContentSchemas builds; regenerate with "
              + REGENERATE);
    }
    for (Map.Entry<String, byte[]> schema : schemas.entrySet()) {
      assertArrayEquals(
          schema.getValue(),
          Files.readAllBytes(SCHEMA_DIR.resolve(schema.getKey())),
          "content/schema/"
              + schema.getKey()
              + " differs from what ContentSchemas builds; regenerate it with "
              + REGENERATE
              + " and commit content/schema/");
    }
  }

  @Test
  void schemasAreTheSameBytesOnEveryCallWithUnixLineEndsAndAFinalNewline() {
    Map<String, byte[]> first = ContentSchemas.schemas();
    Map<String, byte[]> second = ContentSchemas.schemas();
    assertEquals(
        List.of(
            "site.schema.json",
            "framework.schema.json",
            "role.schema.json",
            "skills.schema.json",
            "glossary.schema.json",
            "profile.schema.json"),
        List.copyOf(first.keySet()));
    first.forEach(
        (name, bytes) -> {
          assertArrayEquals(bytes, second.get(name), name);
          String text = new String(bytes, StandardCharsets.UTF_8);
          assertFalse(text.contains("\r"), name + " has a carriage return");
          assertTrue(
              text.endsWith("}\n") && !text.endsWith("\n\n"), name + " ends with one newline");
        });
  }

  @Test
  void writeToLeavesUpToDateFilesUntouched(@org.junit.jupiter.api.io.TempDir Path content)
      throws IOException {
    ContentSchemas.writeTo(content);
    Path role = content.resolve("schema/role.schema.json");
    java.nio.file.attribute.FileTime old =
        java.nio.file.attribute.FileTime.fromMillis(1_000_000_000L);
    Files.setLastModifiedTime(role, old);
    Files.writeString(content.resolve("schema/site.schema.json"), "{}\n");
    ContentSchemas.writeTo(content);
    assertEquals(old, Files.getLastModifiedTime(role), "an unchanged schema is not rewritten");
    assertArrayEquals(
        ContentSchemas.schemas().get("site.schema.json"),
        Files.readAllBytes(content.resolve("schema/site.schema.json")),
        "a changed schema is rewritten");
  }

  /** The schemas are written by the test above when asked, never by building the site. */
  @Test
  void buildingTheSiteWritesNothingIntoTheContentFolder(
      @org.junit.jupiter.api.io.TempDir Path tmp) {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    Map<String, String> before = PortalRun.fingerprint(content);
    PortalRun.buildOk(content, tmp.resolve("site"));
    assertEquals(before, PortalRun.fingerprint(content));
    assertFalse(Files.exists(content.resolve("schema")), "no schema folder is made");
  }

  @TestFactory
  Stream<DynamicTest> eachSchemaIsAValidDraft07SchemaWithOnlyLocalReferences() {
    JsonSchema metaSchema =
        FACTORY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    return ContentSchemas.schemas().entrySet().stream()
        .map(
            entry ->
                DynamicTest.dynamicTest(
                    entry.getKey(),
                    () -> {
                      JsonNode schema = JSON.readTree(entry.getValue());
                      assertEquals(
                          "http://json-schema.org/draft-07/schema#",
                          schema.path("$schema").asText());
                      assertEquals(
                          Set.of(),
                          metaSchema.validate(schema),
                          "valid against the draft-07 meta-schema");
                      forEachNode(
                          schema,
                          "",
                          (path, node) -> {
                            assertFalse(
                                node.has("$id"), path + " has an $id: schemas name no host");
                            if (node.has("$ref")) {
                              String ref = node.get("$ref").asText();
                              assertTrue(
                                  ref.startsWith("#/definitions/"),
                                  path + ": only local references");
                              assertFalse(
                                  schema.at(ref.substring(1)).isMissingNode(),
                                  path + ": " + ref + " does not exist");
                              assertEquals(
                                  1, node.size(), path + ": draft-07 ignores keywords beside $ref");
                            }
                          });
                    }));
  }

  // ---- every key explains itself to an editor

  @TestFactory
  Stream<DynamicTest> everyPropertyHasATitleAndADescription() {
    return ContentSchemas.schemas().entrySet().stream()
        .map(
            entry ->
                DynamicTest.dynamicTest(
                    entry.getKey(),
                    () -> {
                      JsonNode schema = JSON.readTree(entry.getValue());
                      List<String> missing = new ArrayList<>();
                      int[] properties = {0};
                      forEachNode(
                          schema,
                          "",
                          (path, node) -> {
                            boolean describedHere =
                                path.isEmpty()
                                    || path.matches(".*/(properties/[^/]+|definitions/[^/]+)");
                            if (describedHere) {
                              properties[0]++;
                              for (String keyword : List.of("title", "description")) {
                                if (!node.path(keyword).isTextual()
                                    || node.path(keyword).asText().isBlank()) {
                                  missing.add(path + " has no " + keyword);
                                }
                              }
                            }
                          });
                      assertEquals(List.of(), missing);
                      assertTrue(properties[0] > 5, "properties were found");
                    }));
  }

  // ---- the schemas list exactly the keys of the shapes, which the loader reads

  @Test
  void schemasListExactlyTheKeysOfTheShapes() throws Exception {
    JsonNode site = schema("site.schema.json");
    JsonNode framework = schema("framework.schema.json");
    JsonNode role = schema("role.schema.json");
    JsonNode skills = schema("skills.schema.json");
    JsonNode profile = schema("profile.schema.json");
    JsonNode glossary = schema("glossary.schema.json");

    assertKeys(SiteYaml.SITE, site.at("/properties"));
    assertKeys(SiteYaml.LEVEL_DEFINITION, site.at("/definitions/levelDefinition/properties"));
    assertKeys(SiteYaml.AUDIENCE, site.at("/definitions/audience/properties"));
    assertKeys(FrameworkYaml.FRAMEWORK, framework.at("/properties"));
    assertKeys(SiteYaml.LEVEL_DEFINITION, framework.at("/definitions/levelDefinition/properties"));
    assertKeys(FrameworkYaml.TEAM, framework.at("/definitions/team/properties"));
    assertKeys(
        FrameworkYaml.SECTOR_FRAMEWORK, framework.at("/definitions/sectorFramework/properties"));
    assertKeys(RoleYaml.ROLE, role.at("/properties"));
    assertKeys(RoleYaml.SUGGESTED_TEAM, role.at("/properties/team/properties"));
    assertKeys(RoleYaml.SUGGESTED_NEXT_ROLE, role.at("/properties/next/items/properties"));
    assertKeys(RoleYaml.LEVEL, role.at("/definitions/level/properties"));
    assertKeys(RoleYaml.EVIDENCE, role.at("/definitions/level/properties/evidence/properties"));
    assertKeys(SkillsYaml.SKILLS, skills.at("/properties"));
    assertKeys(SkillsYaml.SKILL, skills.at("/definitions/skill/properties"));
    assertKeys(GlossaryYaml.GLOSSARY, glossary.at("/properties"));
    assertKeys(GlossaryYaml.TERM, glossary.at("/definitions/glossaryTerm/properties"));
    assertKeys(ProfileYaml.PROFILE, profile.at("/properties"));
    assertKeys(ProfileYaml.SECTION, profile.at("/definitions/section/properties"));
    assertKeys(ProfileYaml.REQUIREMENTS, profile.at("/properties/requirements/properties"));
    for (JsonNode schema : List.of(role, profile)) {
      assertKeys(Statements.ITEM, schema.at("/definitions/item/properties"));
    }
    assertEquals(
        List.of("qualifications", "knowledge", "experience", "skills"),
        Category.DEFAULT_IDS,
        "the default categories, as HR know them");
    // Every mapping whose keys the loader checks refuses others.
    for (JsonNode schema : List.of(site, framework, role, skills, profile)) {
      forEachNode(
          schema,
          "",
          (path, node) -> {
            if (node.has("properties")) {
              assertEquals(
                  false,
                  node.path("additionalProperties").asBoolean(true),
                  path + " refuses unknown keys");
            }
          });
    }
  }

  @Test
  void levelsAreKeyedByLevelIdsNotOnlyABC() throws IOException {
    JsonSchema role =
        FACTORY.getSchema(JSON.readTree(ContentSchemas.schemas().get("role.schema.json")));
    assertEquals(
        Set.of(),
        role.validate(YAML.readTree("title: T\ngrade: G\nlevels:\n  A: {}\n  D:\n  A1: {}\n")));
    assertFalse(role.validate(YAML.readTree("title: T\ngrade: G\nlevels:\n  a: {}\n")).isEmpty());
    assertFalse(
        role.validate(YAML.readTree("title: T\ngrade: G\nlevels:\n  Level A: {}\n")).isEmpty());
  }

  // ---- helpers

  /** The schema's keys are the shape's, with the default categories where it has those. */
  private static void assertKeys(Shape shape, JsonNode properties) {
    assertEquals(
        new TreeSet<>(shape.keyNames(Category.DEFAULT_IDS)),
        keys(properties),
        "the keys of " + shape.name());
  }

  private static Set<String> keys(JsonNode properties) {
    assertTrue(properties.isObject(), "properties found");
    Set<String> keys = new TreeSet<>();
    properties.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static JsonNode schema(String name) throws IOException {
    return JSON.readTree(ContentSchemas.schemas().get(name));
  }

  private interface NodeVisitor {
    void visit(String path, JsonNode node);
  }

  /** Visits every object in a schema, depth first, with its JSON pointer. */
  private static void forEachNode(JsonNode node, String path, NodeVisitor visitor) {
    if (node.isObject()) {
      visitor.visit(path, node);
      node.fields()
          .forEachRemaining(
              field -> forEachNode(field.getValue(), path + "/" + field.getKey(), visitor));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        forEachNode(node.get(i), path + "/" + i, visitor);
      }
    }
  }
}
