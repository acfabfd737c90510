package org.frameworkportal.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The key tables of {@code docs/content-guide.md} are the shapes' own: each sits between {@code
 * <!-- keys: NAME -->} and {@code <!-- /keys -->}, and every shape has one. After a change to a
 * shape, regenerate them with {@code ./mvnw -q -B test -pl generator -Dtest=ContentGuideTest
 * -Dguide.update=true}; the prose around them is written by hand.
 */
class ContentGuideTest {
  static final Path GUIDE =
      Path.of(System.getProperty("portal.home", "..")).resolve("docs/content-guide.md");
  static final String REGENERATE =
      "./mvnw -q -B test -pl generator -Dtest=ContentGuideTest -Dguide.update=true";

  /** A generated table: its shape's name, and what is written between the markers. */
  static final Pattern TABLE =
      Pattern.compile("<!-- keys: (\\w+) -->\n(.*?)<!-- /keys -->", Pattern.DOTALL);

  @TestFactory
  Stream<DynamicTest> everyKeyTableIsWhatItsShapeProduces() throws IOException {
    if (Boolean.getBoolean("guide.update")) {
      Files.writeString(GUIDE, regenerated(read()), StandardCharsets.UTF_8);
    }
    String guide = read();
    List<DynamicTest> tests = new ArrayList<>();
    Matcher table = TABLE.matcher(guide);
    while (table.find()) {
      String name = table.group(1);
      String written = table.group(2);
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                Shape shape =
                    ContentShapes.named(name)
                        .orElseThrow(() -> new AssertionError("no shape is named '" + name + "'"));
                assertEquals(
                    KeyTable.of(shape),
                    written,
                    "the table of '"
                        + name
                        + "' in docs/content-guide.md differs from the shape; regenerate it with "
                        + REGENERATE
                        + ". It should read:\n"
                        + KeyTable.of(shape));
              }));
    }
    return tests.stream();
  }

  @Test
  void everyShapeHasOneTableInTheGuide() throws IOException {
    List<String> tables = new ArrayList<>();
    Matcher table = TABLE.matcher(read());
    while (table.find()) {
      tables.add(table.group(1));
    }
    for (Shape shape : ContentShapes.ALL) {
      assertEquals(
          1,
          tables.stream().filter(shape.name()::equals).count(),
          "docs/content-guide.md has one table of '"
              + shape.name()
              + "': write '<!-- keys: "
              + shape.name()
              + " -->' and '<!-- /keys -->' on two lines where it belongs, then run "
              + REGENERATE);
    }
  }

  /** The guide with every table between markers replaced by its shape's. */
  private static String regenerated(String guide) {
    return TABLE
        .matcher(guide)
        .replaceAll(
            table ->
                Matcher.quoteReplacement(
                    ContentShapes.named(table.group(1))
                        .map(
                            shape ->
                                "<!-- keys: "
                                    + shape.name()
                                    + " -->\n"
                                    + KeyTable.of(shape)
                                    + "<!-- /keys -->")
                        .orElse(table.group())));
  }

  private static String read() throws IOException {
    return Files.readString(GUIDE, StandardCharsets.UTF_8);
  }
}
