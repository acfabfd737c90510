package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frameworkportal.PortalRun.Outcome;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands HR use besides build: check, new, diff, build --zip, and "What's changed". */
class CommandsTest {
  @TempDir Path tmp;

  /** The skills report for HR: per skill, statements, roles and the phrases that found it. */
  @Test
  void checkWithSkillsReportsEverySkillInPlainEnglish() {
    Outcome report =
        PortalRun.run("check", "--skills", "--content", PortalRun.realContent().toString());
    assertEquals(0, report.exit(), report.err());
    String out = report.out();
    assertTrue(out.contains("Transferable skills: what each tags and which phrases found it"), out);
    assertTrue(
        out.matches(
            "(?s).*\nSafeguarding adults \\(safeguarding-adults\\): \\d+ statements in \\d+ roles\n.*"),
        out);
    assertTrue(out.contains("    \"safeguarding\" in "), out);
    assertTrue(out.contains("    \"budgets\" (a not_when phrase) in "), out);
    assertFalse(out.contains("Exception") || out.contains("org.frameworkportal"), out);
  }

  @Test
  void checkListsWarningsButPassesAndFailsOnProblems() throws IOException {
    Outcome clean = PortalRun.run("check", "--content", PortalRun.fixture("minimal").toString());
    assertEquals(0, clean.exit(), clean.err());
    // Grouped by kind: a heading with its count, the advice once, then each place by its first
    // words.
    String content = PortalRun.fixture("minimal").toString();
    assertTrue(
        clean
            .out()
            .startsWith(
                """
        Warning: Levels with no statements, published as 'to be confirmed' (2)
          Fill them in when the service confirms them:
          %1$s/frameworks/demo/roles/lead.yaml:11:3: Demo Lead, level B
          %1$s/frameworks/demo/roles/lead.yaml:12:3: Demo Lead, level C

        Warning: Statements that carry no transferable skill (2)
          If a statement names a skill, add a phrase to skills.yaml or 'skills: [...]' to the statement:
          %1$s/frameworks/demo/roles/assistant.yaml:15:9: "Knowledge of the Care Act 2014."
          %1$s/frameworks/demo/roles/assistant.yaml:23:9: "Experience of supporting a team."

        No problems found in %1$s: 1 frameworks, 2 roles; 4 warnings.
        """
                    .formatted(content)),
        clean.out());
    assertTrue(
        PortalRun.build(PortalRun.fixture("minimal"), tmp.resolve("site"))
            .out()
            .contains("4 warnings, worth a look before publishing: see them with ./portal check"));
    assertTrue(
        clean
            .out()
            .contains(
                "Demo Services: 3 of 6 statements carry a transferable skill (50%); 3 carry none"),
        clean.out());
    Path broken = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    Files.writeString(
        broken.resolve("frameworks/demo/roles/lead.yaml"),
        "tittle: x\n",
        java.nio.file.StandardOpenOption.APPEND);
    Outcome problems = PortalRun.run("check", "--content", broken.toString());
    assertEquals(1, problems.exit());
    assertTrue(
        problems.err().contains("unknown key 'tittle' in a role file (did you mean 'title'?)"),
        problems.err());
  }

  @Test
  void badArgumentsExitTwo() {
    assertEquals(2, PortalRun.run("build", "--no-such-option").exit());
    assertEquals(2, PortalRun.run("frobnicate").exit());
    assertEquals(2, PortalRun.run().exit());
  }

  @Test
  void newRoleIsCompleteListedAndValid() throws IOException {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    Outcome made =
        PortalRun.run(
            "new",
            "role",
            "--content",
            content.toString(),
            "--framework",
            "demo",
            "--title",
            "Demo \"Principal\" Officer",
            "--grade",
            "MPR6");
    assertEquals(0, made.exit(), made.err());
    String role =
        Files.readString(content.resolve("frameworks/demo/roles/demo-principal-officer.yaml"));
    for (String level : List.of("A", "B", "C")) {
      assertTrue(role.contains("\n  " + level + ":"), role);
    }
    assertEquals(
        12,
        role.split("\n +qualifications:\n").length - 1 + role.split("\n +knowledge:\n").length - 1);
    // Examples are comments: no value of the scaffold can be published by mistake.
    assertFalse(role.contains("summary: \""), role);
    assertTrue(role.contains("# summary: "), role);
    assertTrue(
        Files.readString(content.resolve("frameworks/demo/framework.yaml"))
            .contains("  - lead\n  - demo-principal-officer\n"));
    assertEquals(0, PortalRun.run("check", "--content", content.toString()).exit());
    Outcome again =
        PortalRun.run(
            "new",
            "role",
            "--content",
            content.toString(),
            "--framework",
            "demo",
            "--title",
            "Demo Principal Officer",
            "--grade",
            "MPR6");
    assertEquals(2, again.exit());
    assertEquals(
        2,
        PortalRun.run(
                "new",
                "role",
                "--content",
                content.toString(),
                "--framework",
                "nope",
                "--title",
                "X",
                "--grade",
                "Y")
            .exit());
  }

  /**
   * Regression: `new role --framework ../..` once wrote a role file wherever a framework.yaml was
   * found.
   */
  @Test
  void newRoleNeverWritesOutsideTheContentFolder() throws IOException {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("work/content"));
    Files.writeString(tmp.resolve("framework.yaml"), "title: elsewhere\n");
    for (String framework : List.of("../..", "../../..", "/tmp", "demo/../demo")) {
      Outcome outcome =
          PortalRun.run(
              "new",
              "role",
              "--content",
              content.toString(),
              "--framework",
              framework,
              "--title",
              "Sneaky",
              "--grade",
              "X");
      assertEquals(2, outcome.exit(), framework + ": " + outcome.err());
      assertTrue(outcome.err().contains("is not a framework id"), outcome.err());
    }
    for (String id : List.of("../../../sneaky", "a/b", "CON")) {
      assertEquals(
          2,
          PortalRun.run(
                  "new",
                  "role",
                  "--content",
                  content.toString(),
                  "--framework",
                  "demo",
                  "--title",
                  "Sneaky",
                  "--grade",
                  "X",
                  "--id",
                  id)
              .exit(),
          id);
    }
    assertEquals(
        2,
        PortalRun.run(
                "new",
                "framework",
                "--content",
                content.toString(),
                "--title",
                "X",
                "--id",
                "../../outside")
            .exit());
    assertEquals("title: elsewhere\n", Files.readString(tmp.resolve("framework.yaml")));
    try (var files = Files.walk(tmp)) {
      assertTrue(
          files.noneMatch(
              f ->
                  f.getFileName().toString().contains("sneaky")
                      || f.getFileName().toString().equals("outside")));
    }
  }

  @Test
  void newFrameworkThenRoleBuilds() throws IOException {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    assertEquals(
        0,
        PortalRun.run(
                "new", "framework", "--content", content.toString(), "--title", "Housing Services")
            .exit());
    assertEquals(
        0,
        PortalRun.run(
                "new",
                "role",
                "--content",
                content.toString(),
                "--framework",
                "housing-services",
                "--title",
                "Housing Officer",
                "--grade",
                "MPR3")
            .exit());
    Path framework = content.resolve("frameworks/housing-services/framework.yaml");
    assertTrue(Files.readString(framework).contains("roles: [housing-officer]"));
    // The scaffold's summary is left for HR to write: until then it cannot be published.
    Outcome unwritten = PortalRun.build(content, tmp.resolve("site"));
    assertEquals(1, unwritten.exit());
    assertTrue(
        unwritten.err().contains("housing-services/framework.yaml:6:9: 'summary' is empty"),
        unwritten.err());
    Files.writeString(
        framework,
        Files.readString(framework).replace("\nsummary:\n", "\nsummary: Housing roles.\n"));
    PortalRun.buildOk(content, tmp.resolve("site"));
  }

  @Test
  void whatsChangedListsExactlyTheEditAndDiffAgrees() throws IOException {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    Path site = PortalRun.buildOk(content, tmp.resolve("site"));
    Path before = PortalRun.copy(site, tmp.resolve("before"));
    Document first = SiteLinks.parse(site.resolve("changes.html"));
    assertTrue(first.selectFirst("main .lead").text().startsWith("This is the first publish"));
    Path role = content.resolve("frameworks/demo/roles/assistant.yaml");
    Files.writeString(
        role,
        Files.readString(role)
            .replace(
                "- Experience of supporting a team.", "- Experience of supporting a busy team.")
            .replace(
                "      - Ability to manage a small budget.",
                "      - Ability to manage a small budget.\n      - Ability to chair meetings."));
    PortalRun.buildOk(content, site);
    Document changes = SiteLinks.parse(site.resolve("changes.html"));
    assertEquals(List.of("Demo Assistant"), changes.select("main h3").eachText());
    assertEquals(
        List.of("Level C skills: Ability to chair meetings."),
        changes.select("h4:contains(Added) + ul li").eachText());
    assertEquals(
        "Level B experience: Experience of supporting a team.", changes.selectFirst("del").text());
    assertEquals(
        "Level B experience: Experience of supporting a busy team.",
        changes.selectFirst("ins").text());
    assertTrue(changes.select("h4:contains(Removed)").isEmpty());
    Document assistant = SiteLinks.parse(site.resolve("frameworks/demo/assistant/index.html"));
    assertTrue(assistant.select("main > dl.summary-list dt").eachText().contains("Last updated"));
    Document lead = SiteLinks.parse(site.resolve("frameworks/demo/lead/index.html"));
    assertTrue(!lead.select("main > dl.summary-list dt").eachText().contains("Last updated"));

    Outcome diff = PortalRun.run("diff", before.toString(), site.toString());
    assertEquals(0, diff.exit());
    assertEquals(
        """
        Demo Services: Demo Assistant
          + Level C skills: Ability to chair meetings.
          ~ Level B experience: Experience of supporting a team.
            → Level B experience: Experience of supporting a busy team.
        """,
        diff.out());

    // Building the same content again changes nothing, not even the dates.
    var fingerprint = PortalRun.fingerprint(site);
    PortalRun.buildOk(content, site);
    assertEquals(fingerprint, PortalRun.fingerprint(site));
  }

  @Test
  void zipHoldsTheSite() throws IOException {
    Path site = tmp.resolve("site");
    Outcome built = PortalRun.build(PortalRun.fixture("minimal"), site, "--zip");
    assertEquals(0, built.exit(), built.err());
    Path zip;
    try (var files = Files.list(tmp)) {
      zip =
          files
              .filter(p -> p.getFileName().toString().matches("site-\\d{4}-\\d{2}-\\d{2}\\.zip"))
              .findFirst()
              .orElseThrow();
    }
    try (var fs =
        java.nio.file.FileSystems.newFileSystem(
            URI.create("jar:" + zip.toUri()), java.util.Map.of())) {
      assertTrue(Files.exists(fs.getPath("site/index.html")));
      assertTrue(Files.exists(fs.getPath("site/frameworks/demo/assistant/checklist-c.html")));
    }
  }
}
