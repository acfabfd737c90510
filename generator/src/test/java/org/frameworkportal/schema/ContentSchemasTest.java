package org.frameworkportal.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editor schemas in {@code content/schema/}: up to date with the content's shape ({@code
 * org.frameworkportal.shape}), named on the first line of every content file, accepting the real
 * content, rejecting the editor mistakes a schema can see, explaining every key, and listing
 * exactly the keys of the shapes, which are the keys the loader accepts.
 *
 * <p>After a change to a shape, regenerate the files with {@code ./mvnw -q -B test -pl generator
 * -Dtest=ContentSchemasTest -Dschemas.update=true}.
 */
class ContentSchemasTest {
  static final Path HOME = Path.of(System.getProperty("portal.home", ".."));
  static final Path CONTENT = HOME.resolve("content");
  static final Path SCHEMA_DIR = CONTENT.resolve("schema");
  static final Path SITES = Path.of("src/test/resources/sites");
  static final Path BROKEN = Path.of("src/test/resources/broken");
  static final String REGENERATE =
      "./mvnw -q -B test -pl generator -Dtest=ContentSchemasTest -Dschemas.update=true";

  static final ObjectMapper JSON = new ObjectMapper();
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

  // ---- (a) the committed files are what ContentSchemas builds

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

  // ---- (b) every content file names its schema on its first line and is valid against it

  @TestFactory
  Stream<DynamicTest> everyRealContentFileNamesItsSchemaAndIsValid() throws IOException {
    List<Path> files = yamlFiles(CONTENT);
    assertTrue(files.size() > 20, "the real content is found: " + files.size() + " files");
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    CONTENT.relativize(file).toString(),
                    () -> {
                      String schemaName = schemaFor(CONTENT, file);
                      String schemaPath =
                          file.getParent()
                              .relativize(SCHEMA_DIR.resolve(schemaName))
                              .toString()
                              .replace('\\', '/');
                      String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
                      assertEquals(
                          "# yaml-language-server: $schema=" + schemaPath,
                          firstLine,
                          "the first line of "
                              + file
                              + " names its schema, so that VS Code finds it");
                      assertValid(schemaName, file);
                    }));
  }

  /**
   * The fixture sites build cleanly, so the schemas must accept them too (they carry no schema
   * line).
   */
  @TestFactory
  Stream<DynamicTest> fixtureSitesAreValid() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String site : List.of("minimal", "hostile")) {
      files.addAll(yamlFiles(SITES.resolve(site).resolve("content")));
    }
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    SITES.relativize(file).toString(),
                    () -> {
                      Path content = file;
                      while (!content.getFileName().toString().equals("content")) {
                        content = content.getParent();
                      }
                      assertValid(schemaFor(content, file), file);
                    }));
  }

  // ---- (c) mistakes a schema can see are marked, naming the key or value

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      misspelt-key          | frameworks/demo/roles/lead.yaml | role.schema.json      | 'sumary'
      unknown-category      | frameworks/demo/roles/lead.yaml | role.schema.json      | $.levels.A, 'experiance'
      wrong-type            | frameworks/demo/roles/lead.yaml | role.schema.json      | $.next, object found
      bad-date              | frameworks/demo/framework.yaml  | framework.schema.json | $.published, 16/06/2025
      id-not-a-slug         | frameworks/demo/framework.yaml  | framework.schema.json | $.teams[0].id, Finance Ops
      many-mistakes-at-once | skills.yaml                     | skills.schema.json    | $.skills[0], 'matches'
      many-mistakes-at-once | frameworks/demo/roles/lead.yaml | role.schema.json      | 'tittle', 'title'
      """)
  void brokenFixtureIsRejected(String fixture, String file, String schemaName, String mentions)
      throws IOException {
    Path path = BROKEN.resolve(fixture).resolve("content").resolve(file);
    assertEquals(schemaName, schemaFor(BROKEN.resolve(fixture).resolve("content"), path));
    List<String> errors = errors(schemaName, path);
    assertFalse(errors.isEmpty(), path + " must be rejected by " + schemaName);
    for (String mention : mentions.split(", ", -1)) {
      assertTrue(
          errors.stream().anyMatch(error -> error.contains(mention)),
          "an error names '" + mention + "': " + errors);
    }
  }

  // ---- (d) every key explains itself to an editor

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

  private static void assertValid(String schemaName, Path file) throws IOException {
    assertEquals(List.of(), errors(schemaName, file), file + " is valid against " + schemaName);
  }

  /**
   * Each error as its message followed by the offending value, e.g. "$.published: does not match
   * ... (16/06/2025)".
   */
  private static List<String> errors(String schemaName, Path file) throws IOException {
    JsonSchema schema = FACTORY.getSchema(JSON.readTree(ContentSchemas.schemas().get(schemaName)));
    JsonNode content = YAML.readTree(file.toFile());
    return schema.validate(content).stream().map(ContentSchemasTest::describe).sorted().toList();
  }

  private static String describe(ValidationMessage message) {
    JsonNode value = message.getInstanceNode();
    return message.getMessage()
        + (value != null && value.isValueNode() ? " (" + value.asText() + ")" : "");
  }

  /** Which schema a file of a content folder follows. */
  private static String schemaFor(Path content, Path file) {
    String path = content.relativize(file).toString().replace('\\', '/');
    if (path.equals("site.yaml")) {
      return "site.schema.json";
    } else if (path.equals("skills.yaml")) {
      return "skills.schema.json";
    } else if (path.equals("glossary.yaml")) {
      return "glossary.schema.json";
    } else if (path.matches("frameworks/[^/]+/framework\\.yaml")) {
      return "framework.schema.json";
    } else if (path.matches("frameworks/[^/]+/roles/[^/]+\\.yaml")) {
      return "role.schema.json";
    } else if (path.matches("profiles/[^/]+\\.yaml")) {
      return "profile.schema.json";
    }
    return fail("no schema for " + path);
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
          .sorted()
          .toList();
    }
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
