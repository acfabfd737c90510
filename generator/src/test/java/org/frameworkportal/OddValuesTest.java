package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.frameworkportal.PortalRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No value an editor can type makes the portal fail with an exception: each odd value, put in place
 * of each kind of value of the fixture in turn, is either built (exit 0) or a plain problem that
 * {@code check} and {@code build} both report (exit 1); never an internal error.
 */
class OddValuesTest {
  /**
   * Where a value goes: a line of a fixture file, and what replaces it, {@code %s} standing for the
   * value.
   */
  record Place(String file, String line, String replacement) {}

  static final List<Place> PLACES =
      List.of(
          new Place("site.yaml", "  - id: A", "  - id: %s"),
          new Place(
              "site.yaml",
              "categories: [qualifications, knowledge, experience, skills]",
              "categories: [qualifications, knowledge, experience, skills, %s]"),
          new Place("site.yaml", "  - id: movers", "  - id: %s"),
          new Place("skills.yaml", "  - id: budget-management", "  - id: %s"),
          new Place("skills.yaml", "    match: [budget, budgets]", "    match: [%s]"),
          new Place("frameworks/demo/framework.yaml", "published: 2025-06-16", "published: %s"),
          new Place("frameworks/demo/framework.yaml", "  - id: operations", "  - id: %s"),
          new Place(
              "frameworks/demo/framework.yaml", "  Provide a minimum of 3 pieces of work.", "  %s"),
          new Place("frameworks/demo/roles/lead.yaml", "title: Demo Lead", "title: %s"),
          new Place("frameworks/demo/roles/lead.yaml", "grade: MPR4", "grade: %s"),
          new Place("frameworks/demo/roles/lead.yaml", "team: operations", "team: %s"),
          new Place(
              "frameworks/demo/roles/lead.yaml",
              "  - Lead the team and manage its budgets.",
              "  - %s"),
          new Place(
              "frameworks/demo/roles/lead.yaml", "      - Ability to set budgets.", "      - %s"),
          new Place("frameworks/demo/roles/lead.yaml", "  B: {}", "  %s: {}"),
          new Place("frameworks/demo/roles/assistant.yaml", "next: [lead]", "next: [%s]"),
          new Place("profiles/other-council.yaml", "related: [demo/lead]", "related: [%s]"),
          new Place("pages/about.md", "They help staff plan.", "%s"));

  /** As typed in a YAML file. */
  static final List<String> VALUES =
      List.of(
          "SW99999999999",
          "99999999999999999999999",
          "''",
          "'   '",
          "",
          "~",
          "null",
          "010",
          "2025-02-30",
          "\"\\e[2J\"",
          "\"\\u202Eevil\"",
          "'../../../x'",
          "\"\\t\"",
          "'\u00A0'",
          "'\uD83D\uDE00 first'",
          "İstanbul",
          "'a: b'",
          "'" + "long ".repeat(3000) + "'",
          "'<script>alert(1)</script>'",
          "'[[x]]'",
          "index",
          "con",
          "a");

  @TempDir Path tmp;

  @Test
  void noValueMakesAnInternalError() throws IOException {
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (Place place : PLACES) {
      for (String value : VALUES) {
        Path content =
            PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("c" + n++ + "/content"));
        Path file = content.resolve(place.file());
        String text = Files.readString(file);
        Files.writeString(
            file, text.replace(place.line() + "\n", place.replacement().formatted(value) + "\n"));
        String what =
            place.file()
                + ": "
                + place.replacement().formatted(value.length() > 40 ? "(long)" : value);
        Outcome check = PortalRun.run("check", "--quiet", "--content", content.toString());
        Outcome build = PortalRun.build(content, content.resolveSibling("site"));
        if (check.exit() != build.exit() || check.exit() > 1 || build.exit() > 1) {
          failures.add(
              what
                  + ": check "
                  + check.exit()
                  + ", build "
                  + build.exit()
                  + "\n"
                  + build.err()
                  + check.err());
        } else if (build.exit() == 1
            && !BrokenContentTest.problemLines(build.err())
                .equals(BrokenContentTest.problemLines(check.err()))) {
          failures.add(what + ": check and build differ\n" + check.err() + "\n" + build.err());
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
