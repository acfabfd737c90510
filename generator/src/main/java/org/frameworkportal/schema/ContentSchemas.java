package org.frameworkportal.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frameworkportal.shape.FrameworkYaml;
import org.frameworkportal.shape.GlossaryYaml;
import org.frameworkportal.shape.ProfileYaml;
import org.frameworkportal.shape.RoleYaml;
import org.frameworkportal.shape.Shape;
import org.frameworkportal.shape.SiteYaml;
import org.frameworkportal.shape.SkillsYaml;

/**
 * JSON Schemas (draft-07) of the content files, generated from their shapes into {@code
 * content/schema/}. Each YAML file names its schema on its first line ({@code #
 * yaml-language-server: $schema=...}), so that VS Code with Red Hat's YAML extension completes
 * keys, shows each key's description on hover and underlines misspelt keys and wrong values while
 * HR edit. Written by the tests when asked ({@code -Dschemas.update=true}), never by a build.
 */
public final class ContentSchemas {
  /** The schema files, and the shape of the content files each is for. */
  private static final Map<String, Shape> FILES = new LinkedHashMap<>();

  static {
    FILES.put("site.schema.json", SiteYaml.SITE);
    FILES.put("framework.schema.json", FrameworkYaml.FRAMEWORK);
    FILES.put("role.schema.json", RoleYaml.ROLE);
    FILES.put("skills.schema.json", SkillsYaml.SKILLS);
    FILES.put("glossary.schema.json", GlossaryYaml.GLOSSARY);
    FILES.put("profile.schema.json", ProfileYaml.PROFILE);
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ContentSchemas() {}

  /**
   * The schemas by file name ({@code role.schema.json}, ...): pretty-printed UTF-8 JSON with {@code
   * \n} line ends and a final newline, the same bytes on every call.
   */
  public static Map<String, byte[]> schemas() {
    Map<String, byte[]> schemas = new LinkedHashMap<>();
    FILES.forEach((name, shape) -> schemas.put(name, bytes(ShapeSchema.of(shape))));
    return schemas;
  }

  /**
   * Writes the schemas into {@code contentDir/schema/}, leaving files that are already up to date
   * untouched.
   */
  public static void writeTo(Path contentDir) {
    Path dir = contentDir.resolve("schema");
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> schema : schemas().entrySet()) {
        Path file = dir.resolve(schema.getKey());
        if (!Files.isRegularFile(file)
            || !Arrays.equals(Files.readAllBytes(file), schema.getValue())) {
          Files.write(file, schema.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(ObjectNode schema) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(
                new DefaultIndenter("  ", "\n")); // arrays (only ever of names) stay on one line
    try {
      return (MAPPER.writer(printer).writeValueAsString(schema) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
