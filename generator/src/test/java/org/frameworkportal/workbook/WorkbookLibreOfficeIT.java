package org.frameworkportal.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.frameworkportal.PortalRun;
import org.frameworkportal.workbook.Sheets.Column;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook edited, then saved by LibreOffice (Debian's, headless: .xlsx to .ods and back to
 * .xlsx, as someone without Excel would), imports with exactly the edits. On CI a missing soffice
 * fails the test rather than skipping it.
 */
class WorkbookLibreOfficeIT {
  @TempDir Path folder;

  private static boolean hasSoffice() {
    for (String dir :
        java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(java.io.File.pathSeparator))
            .splitAsStream(System.getenv().getOrDefault("PATH", ""))
            .toList()) {
      if (Files.isExecutable(Path.of(dir, "soffice"))) {
        return true;
      }
    }
    return false;
  }

  private void soffice(String format, Path file, Path outDir) throws Exception {
    Process process =
        new ProcessBuilder(
                List.of(
                    "soffice",
                    "--headless",
                    "--norestore",
                    "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                    "--convert-to",
                    format,
                    "--outdir",
                    outDir.toString(),
                    file.toString()))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("soffice.log").toFile())
            .start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "soffice did not finish");
    assertEquals(
        0,
        process.exitValue(),
        Files.readString(folder.resolve("soffice.log"), StandardCharsets.UTF_8));
  }

  @Test
  void aWorkbookSavedByLibreOfficeImportsWithExactlyItsEdits() throws Exception {
    if (!hasSoffice()) {
      assertTrue(
          !"true".equals(System.getenv("CI")),
          "soffice is missing: .ci/run installs libreoffice-calc-nogui");
      Assumptions.assumeTrue(false, "soffice (LibreOffice) is not installed here");
    }
    Path content = Workbooks.copyOf(PortalRun.realContent(), folder);
    Path file = folder.resolve("asw.xlsx");
    assertEquals(
        0,
        PortalRun.run(
                "export",
                "adult-social-work",
                "--content",
                content.toString(),
                "--to",
                file.toString())
            .exit());
    Workbooks.edit(
        file,
        book -> {
          Workbooks.set(
              Workbooks.row(book, "senior-social-worker", "Knowledge of General Data"),
              Column.STATEMENT,
              "Knowledge of UK GDPR\nand the “Data Protection Act 2018”.  ");
          Row after = Workbooks.row(book, "senior-social-worker", "2-3 years relevant post");
          Row added = Workbooks.insertBefore(Workbooks.requirements(book), after.getRowNum() + 1);
          Workbooks.set(added, Column.ROLE, "senior-social-worker");
          Workbooks.set(added, Column.LEVEL, "A");
          Workbooks.set(added, Column.CATEGORY, "experience");
          Workbooks.set(added, Column.STATEMENT, "Experience of leading team meetings.");
          Workbooks.delete(
              Workbooks.requirements(book),
              Workbooks.row(book, "senior-social-worker", "Knowledge of the role of the Court"));
        });
    Path ods = folder.resolve("ods");
    Path back = folder.resolve("back");
    soffice("ods", file, ods);
    soffice("xlsx:Calc MS Excel 2007 XML", ods.resolve("asw.ods"), back);

    PortalRun.Outcome outcome =
        PortalRun.run(
            "import", back.resolve("asw.xlsx").toString(), "--content", content.toString());
    assertEquals(0, outcome.exit(), outcome.err());
    String real =
        Files.readString(
            PortalRun.realContent()
                .resolve("frameworks/adult-social-work/roles/senior-social-worker.yaml"));
    assertEquals(
        real.replace(
                "      - Knowledge of General Data Protection Regulations.\n",
                "      - Knowledge of UK GDPR and the \"Data Protection Act 2018\".\n")
            .replace(
                "      - 2-3 years relevant post qualifying experience.\n",
                "      - 2-3 years relevant post qualifying experience.\n"
                    + "      - Experience of leading team meetings.\n")
            .replace("      - Knowledge of the role of the Court of Protection\n", ""),
        Files.readString(
            content.resolve("frameworks/adult-social-work/roles/senior-social-worker.yaml")));
    var before = Workbooks.files(PortalRun.realContent());
    var after = Workbooks.files(content);
    before.keySet().stream()
        .filter(f -> !f.endsWith("senior-social-worker.yaml"))
        .forEach(f -> assertEquals(before.get(f), after.get(f), f));
  }
}
