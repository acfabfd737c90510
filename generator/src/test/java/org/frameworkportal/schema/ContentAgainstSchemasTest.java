package org.frameworkportal.schema;

import static org.frameworkportal.schema.ContentSchemasTest.CONTENT;
import static org.frameworkportal.schema.ContentSchemasTest.FACTORY;
import static org.frameworkportal.schema.ContentSchemasTest.JSON;
import static org.frameworkportal.schema.ContentSchemasTest.SCHEMA_DIR;
import static org.frameworkportal.schema.ContentSchemasTest.YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Content read against the editor schemas in {@code content/schema/}, as VS Code reads it: every
 * real content file names its schema on its first line and is valid against it, the fixture sites
 * are valid too, and the editor mistakes a schema can see are marked, naming the key or value.
 * (What the schemas themselves hold is {@link ContentSchemasTest}.)
 */
class ContentAgainstSchemasTest {
  static final Path SITES = Path.of("src/test/resources/sites");
  static final Path BROKEN = Path.of("src/test/resources/broken");

  // ---- every content file names its schema on its first line and is valid against it

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

  // ---- mistakes a schema can see are marked, naming the key or value

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

  // ---- helpers

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
    return schema.validate(content).stream()
        .map(ContentAgainstSchemasTest::describe)
        .sorted()
        .toList();
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
}
