package org.frameworkportal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.shape.Category;
import org.frameworkportal.shape.ContentShapes;
import org.frameworkportal.shape.RoleYaml;
import org.frameworkportal.shape.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader's allowed keys are the shapes' keys: every key of a shape is taken where that shape is
 * read, any other is refused with a hint, and the loader cannot read a key its shape lacks.
 */
class ShapeKeysTest {
  static Stream<Shape> shapes() {
    return ContentShapes.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void everyKeyOfTheShapeIsTakenAndNoOther(Shape shape) {
    List<String> categories = List.of("qualifications", "knowledge", "equipment");
    String yaml =
        shape.keyNames(categories).stream().map(key -> key + ":\n").collect(Collectors.joining())
            + "equipement:\n";
    Problems problems = new Problems();
    YamlNode node = new YamlReader().parse(yaml, "x.yaml", problems).orElseThrow();

    Fields.of(node, problems, shape.what(), shape, categories);

    int line = yaml.split("\n").length;
    assertEquals(
        List.of("x.yaml:" + line + ":1: unknown key 'equipement' in " + shape.what()),
        problems.sorted().stream().map(p -> p.at() + ": " + p.message()).toList());
  }

  @Test
  void aKeyTheShapeLacksCannotBeRead() {
    Problems problems = new Problems();
    YamlNode node = new YamlReader().parse("title: Lead\n", "x.yaml", problems).orElseThrow();
    Fields role = Fields.of(node, problems, RoleYaml.ROLE).orElseThrow();
    assertEquals("Lead", role.text("title"));
    assertThrows(IllegalArgumentException.class, () -> role.text("tittle"));
  }

  @Test
  void theDefaultCategoriesAreTheFourHrKnow() {
    assertEquals(
        List.of("qualifications", "knowledge", "experience", "skills"), Category.DEFAULT_IDS);
  }
}
