package org.frameworkportal.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.frameworkportal.PortalRun;
import org.frameworkportal.workbook.Sheets.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export, edit, import: the real frameworks out to a workbook and back. */
class WorkbookRoundTripTest {
  @TempDir Path folder;

  private Path content;

  private Path export(String framework) throws IOException {
    content = Workbooks.copyOf(PortalRun.realContent(), folder);
    Path file = folder.resolve(framework + ".xlsx");
    PortalRun.Outcome outcome =
        PortalRun.run(
            "export", framework, "--content", content.toString(), "--to", file.toString());
    assertEquals(0, outcome.exit(), outcome.err());
    return file;
  }

  private PortalRun.Outcome importing(Path file, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("import", file.toString(), "--content", content.toString()));
    args.addAll(List.of(more));
    return PortalRun.run(args.toArray(String[]::new));
  }

  private String role(String framework, String role) throws IOException {
    return Files.readString(
        content.resolve("frameworks/" + framework + "/roles/" + role + ".yaml"),
        StandardCharsets.UTF_8);
  }

  private static String real(String framework, String role) throws IOException {
    return Files.readString(
        PortalRun.realContent().resolve("frameworks/" + framework + "/roles/" + role + ".yaml"),
        StandardCharsets.UTF_8);
  }

  /** Regression: POI stamped every part of the zip with the time of export. */
  @Test
  void theSameContentExportsToTheSameBytes() throws IOException {
    Path first = export("adult-social-work");
    byte[] before = Files.readAllBytes(first);
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(before))) {
      int parts = 0;
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        assertEquals(FixedTimes.TIME, entry.getTimeLocal(), entry.getName());
        parts++;
      }
      assertTrue(parts > 5, "a workbook has its parts");
    }
    Path second = folder.resolve("again.xlsx");
    PortalRun.Outcome outcome =
        PortalRun.run(
            "export",
            "adult-social-work",
            "--content",
            content.toString(),
            "--to",
            second.toString());
    assertEquals(0, outcome.exit(), outcome.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(second)), "byte-identical");
  }

  @ParameterizedTest
  @ValueSource(strings = {"adult-social-work", "client-financial-services", "occupational-therapy"})
  void anUntouchedWorkbookChangesNoFile(String framework) throws IOException {
    Path file = export(framework);
    PortalRun.Outcome outcome = importing(file);
    assertEquals(0, outcome.exit(), outcome.err());
    assertEquals(
        "No statement has changed.\nNothing to change: the role files already say what "
            + file
            + " says.\n",
        outcome.out());
    assertEquals(Workbooks.files(PortalRun.realContent()), Workbooks.files(content));
  }

  @Test
  void anEditToOneCellChangesExactlyThatStatement() throws IOException {
    Path file = export("adult-social-work");
    Workbooks.edit(
        file,
        book ->
            Workbooks.set(
                Workbooks.row(book, "senior-social-worker", "Knowledge of General Data"),
                Column.STATEMENT,
                "Knowledge of UK GDPR and the Data Protection Act 2018."));
    PortalRun.Outcome outcome = importing(file);
    assertEquals(0, outcome.exit(), outcome.err());
    assertEquals(
        real("adult-social-work", "senior-social-worker")
            .replace(
                "      - Knowledge of General Data Protection Regulations.\n",
                "      - Knowledge of UK GDPR and the Data Protection Act 2018.\n"),
        role("adult-social-work", "senior-social-worker"));
    assertTrue(
        outcome
            .out()
            .startsWith(
                "Adult Social Work: Senior Social Worker\n"
                    + "  ~ Level A knowledge: Knowledge of General Data Protection Regulations.\n"
                    + "    → Level A knowledge: Knowledge of UK GDPR and the Data Protection Act"
                    + " 2018.\n"),
        outcome.out());
    Map<String, String> before = Workbooks.files(PortalRun.realContent());
    Map<String, String> after = Workbooks.files(content);
    before.keySet().stream()
        .filter(f -> !f.endsWith("senior-social-worker.yaml"))
        .forEach(f -> assertEquals(before.get(f), after.get(f), f));
  }

  @Test
  void aDryRunShowsTheChangesAndChangesNothing() throws IOException {
    Path file = export("adult-social-work");
    Workbooks.edit(
        file,
        book ->
            Workbooks.set(
                Workbooks.row(book, "team-manager", "Knowledge of"),
                Column.STATEMENT,
                "Knowledge of everything."));
    PortalRun.Outcome outcome = importing(file, "--dry-run");
    assertEquals(0, outcome.exit(), outcome.err());
    assertTrue(
        outcome.out().contains("→ Level B knowledge: Knowledge of everything."), outcome.out());
    assertTrue(outcome.out().contains("Dry run: 1 role file would change"), outcome.out());
    assertEquals(Workbooks.files(PortalRun.realContent()), Workbooks.files(content));
  }

  @Test
  void rowsAddedDeletedMovedAndRelevelledAreExactlyThoseChangesInTheYaml() throws IOException {
    Path file = export("adult-social-work");
    Workbooks.edit(
        file,
        book -> {
          Sheet sheet = Workbooks.requirements(book);
          // delete
          Workbooks.delete(
              sheet,
              Workbooks.row(book, "senior-social-worker", "Knowledge of the role of the Court"));
          // level changed: B to C
          Workbooks.set(
              Workbooks.row(book, "senior-social-worker", "Experience in managing and allocating"),
              Column.LEVEL,
              "C");
          // category changed
          Workbooks.set(
              Workbooks.row(book, "senior-social-worker", "Promotes and embeds the use"),
              Column.CATEGORY,
              "experience");
          // moved within its list: the first two qualifications of level A change places
          Workbooks.swap(
              Workbooks.row(book, "senior-social-worker", "Degree in Social Work"),
              Workbooks.row(book, "senior-social-worker", "Registration with Social Work England"));
          // added after "2-3 years relevant post qualifying experience."
          Row after = Workbooks.row(book, "senior-social-worker", "2-3 years relevant post");
          Row added = Workbooks.insertBefore(sheet, after.getRowNum() + 1);
          Workbooks.set(added, Column.ROLE, "senior-social-worker");
          Workbooks.set(added, Column.LEVEL, "A");
          Workbooks.set(added, Column.CATEGORY, "experience");
          Workbooks.set(added, Column.TYPE, "requirement");
          Workbooks.set(added, Column.STATEMENT, "Experience of leading a team: meetings, rotas.");
          // an evidence requirement, where the role had none
          Row evidence = Workbooks.insertBefore(sheet, after.getRowNum() + 2);
          Workbooks.set(evidence, Column.ROLE, "senior-social-worker");
          Workbooks.set(evidence, Column.LEVEL, "A");
          Workbooks.set(evidence, Column.CATEGORY, "qualifications");
          Workbooks.set(evidence, Column.TYPE, "evidence");
          Workbooks.set(evidence, Column.STATEMENT, "Certificates seen at interview.");
          Workbooks.set(evidence, Column.SKILLS, "safeguarding-adults");
        });
    PortalRun.Outcome outcome = importing(file);
    assertEquals(0, outcome.exit(), outcome.err());
    String expected =
        real("adult-social-work", "senior-social-worker")
            .replace(
                "      - Degree in Social Work\n      - Registration with Social Work England\n",
                "      - Registration with Social Work England\n      - Degree in Social Work\n")
            .replace(
                "      - 2-3 years relevant post qualifying experience.\n",
                "      - 2-3 years relevant post qualifying experience.\n"
                    + "      - \"Experience of leading a team: meetings, rotas.\"\n")
            .replace(
                "shadowing opportunities for students.\n",
                "shadowing opportunities for students.\n"
                    + "      - Promotes and embeds the use of community partner and charity"
                    + " organisations.\n")
            .replace(
                "      - To have relevant skills in using information, data and technology\n"
                    + "      - Promotes and embeds the use of community partner and charity"
                    + " organisations.\n",
                "      - To have relevant skills in using information, data and technology\n"
                    + "    evidence:\n      qualifications:\n"
                    + "        - text: Certificates seen at interview.\n"
                    + "          skills: [safeguarding-adults]\n")
            .replace("      - Knowledge of the role of the Court of Protection\n", "")
            .replace("      - Experience in managing and allocating cases.\n", "")
            .replace(
                "    experience:\n      - Experience of successfully working at level SW3B",
                "    experience:\n      - Experience in managing and allocating cases.\n"
                    + "      - Experience of successfully working at level SW3B");
    assertEquals(expected, role("adult-social-work", "senior-social-worker"));
    assertEquals(
        "Adult Social Work: Senior Social Worker\n"
            + "  + Level A experience: Experience of leading a team: meetings, rotas.\n"
            + "  + Level A evidence of qualifications: Certificates seen at interview.\n"
            + "  - Level B knowledge: Knowledge of the role of the Court of Protection\n"
            + "  ~ Level A skills: Promotes and embeds the use of community partner and charity"
            + " organisations.\n"
            + "    → Level A experience: Promotes and embeds the use of community partner and"
            + " charity organisations.\n"
            + "  ~ Level B experience: Experience in managing and allocating cases.\n"
            + "    → Level C experience: Experience in managing and allocating cases.\n"
            + "  ↕ statements put in a new order\n",
        outcome.out().substring(0, outcome.out().indexOf("Changed 1 role file")));
  }
}
