package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every role's and profile's statements on the real site against {@code
 * src/test/resources/expectations/}, written from the source documents, not from the YAML: the
 * number of statements per level and category, and sample statements under the right level (never
 * an earlier one) and on the right checklists, so a statement lost or moved to another level fails
 * here. (The rest of the real site: {@link RealContentTest}.)
 */
class ExpectedStatementsTest {
  static final List<String> LEVELS = RealContentTest.LEVELS;

  static Path site;

  @BeforeAll
  static void build() {
    site = RealSite.built();
  }

  @TestFactory
  Stream<DynamicTest> everyStatementIsUnderItsLevelAndCategory() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/expectations"))) {
      for (Path file :
          files.filter(f -> !f.getFileName().toString().startsWith("profiles")).sorted().toList()) {
        JsonNode expectations = yaml.readTree(file.toFile());
        String framework = expectations.get("framework").asText();
        expectations
            .get("roles")
            .fields()
            .forEachRemaining(
                role ->
                    tests.add(
                        DynamicTest.dynamicTest(
                            framework + "/" + role.getKey(),
                            () -> checkRole(framework, role.getKey(), role.getValue()))));
      }
    }
    return tests.stream();
  }

  private static void checkRole(String framework, String role, JsonNode expected) {
    Document page =
        SiteLinks.parse(site.resolve("frameworks/" + framework + "/" + role + "/index.html"));
    Map<String, Map<String, List<String>>> levels = new LinkedHashMap<>();
    for (String level : LEVELS) {
      levels.put(level, statementsByCategory(page, level));
    }
    List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
    expected
        .get("counts")
        .fields()
        .forEachRemaining(
            level ->
                level
                    .getValue()
                    .fields()
                    .forEachRemaining(
                        category ->
                            checks.add(
                                () ->
                                    assertEquals(
                                        category.getValue().asInt(),
                                        levels
                                            .get(level.getKey())
                                            .getOrDefault(category.getKey(), List.of())
                                            .size(),
                                        "number of "
                                            + category.getKey()
                                            + " statements at level "
                                            + level.getKey()))));
    for (JsonNode statement : expected.get("statements")) {
      String level = statement.get("level").asText();
      String category = statement.get("category").asText();
      String text = statement.get("text").asText().replaceAll("\\s+", " ").strip();
      checks.add(
          () ->
              assertTrue(
                  levels.get(level).getOrDefault(category, List.of()).contains(text),
                  "level " + level + " " + category + " should contain: " + text));
      for (String checklistLevel : LEVELS) {
        boolean expectedOnIt = LEVELS.indexOf(checklistLevel) >= LEVELS.indexOf(level);
        checks.add(
            () ->
                assertEquals(
                    expectedOnIt,
                    checklistItems(framework, role, checklistLevel).stream()
                        .anyMatch(label -> label.equals(text) || label.endsWith(": " + text)),
                    "the level "
                        + checklistLevel
                        + " checklist "
                        + (expectedOnIt ? "lacks" : "has")
                        + ": "
                        + text));
      }
      for (String earlier : LEVELS.subList(0, LEVELS.indexOf(level))) {
        checks.add(
            () ->
                assertFalse(
                    levels.get(earlier).values().stream().anyMatch(list -> list.contains(text)),
                    "an earlier level " + earlier + " contains: " + text));
      }
    }
    assertAll(framework + "/" + role, checks.stream());
  }

  /** The labels of a checklist's tick boxes. */
  static List<String> checklistItems(String framework, String role, String level) {
    Document page =
        SiteLinks.parse(
            site.resolve(
                "frameworks/"
                    + framework
                    + "/"
                    + role
                    + "/checklist-"
                    + level.toLowerCase(Locale.ROOT)
                    + ".html"));
    return page.select("tbody label").eachText();
  }

  /** The statements' own words, without the "Wording to be confirmed" mark beside some of them. */
  static List<String> statements(org.jsoup.select.Elements items) {
    return items.stream()
        .map(
            item -> {
              Element words = item.clone();
              words.select(".provisional").remove();
              return words.text();
            })
        .toList();
  }

  /** The statements of one level section by category, with all evidence under "evidence". */
  static Map<String, List<String>> statementsByCategory(Document page, String level) {
    Element heading = page.getElementById("level-" + level.toLowerCase(Locale.ROOT));
    assertNotNull(heading, "no section for level " + level);
    Map<String, List<String>> byCategory = new LinkedHashMap<>();
    String category = null;
    for (Element child : heading.parent().children()) {
      if (child.tagName().equals("h3")) {
        category = child.text().toLowerCase(Locale.ROOT);
      } else if (child.is("ul.statements") && category != null) {
        byCategory
            .computeIfAbsent(category, c -> new ArrayList<>())
            .addAll(statements(child.select("> li")));
      } else if (child.is("div.evidence")) {
        byCategory
            .computeIfAbsent("evidence", c -> new ArrayList<>())
            .addAll(statements(child.select("li")));
      }
    }
    return byCategory;
  }

  @Test
  void profilesShowEveryAccountabilityAndRequirement() throws IOException {
    JsonNode expectations =
        new ObjectMapper(new YAMLFactory())
            .readTree(Path.of("src/test/resources/expectations/profiles.yaml").toFile());
    expectations
        .get("profiles")
        .fields()
        .forEachRemaining(
            profile -> {
              Document page =
                  SiteLinks.parse(site.resolve("profiles/" + profile.getKey() + ".html"));
              Map<String, List<String>> sections = new LinkedHashMap<>();
              sections.put(
                  "accountabilities",
                  page.select("section[aria-labelledby=accountabilities] li").eachText());
              String category = null;
              for (Element child : page.select("section[aria-labelledby=requirements] > *")) {
                if (child.tagName().equals("h3")) {
                  category = child.text().toLowerCase(Locale.ROOT);
                } else if (child.tagName().equals("ul")) {
                  sections
                      .computeIfAbsent(category, c -> new ArrayList<>())
                      .addAll(child.select("> li").eachText());
                }
              }
              profile
                  .getValue()
                  .get("counts")
                  .fields()
                  .forEachRemaining(
                      count ->
                          assertEquals(
                              count.getValue().asInt(),
                              sections.getOrDefault(count.getKey(), List.of()).size(),
                              profile.getKey() + " " + count.getKey()));
              for (JsonNode statement : profile.getValue().get("statements")) {
                assertTrue(
                    sections
                        .get(statement.get("section").asText())
                        .contains(statement.get("text").asText()),
                    profile.getKey() + " should show: " + statement.get("text").asText());
              }
              assertTrue(
                  page.selectFirst(".notice").text().contains("not a Medway Council role"),
                  profile.getKey());
            });
  }
}
