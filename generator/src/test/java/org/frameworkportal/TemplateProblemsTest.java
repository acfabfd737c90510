package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.frameworkportal.PortalRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whoever edits the templates gets the template's file and line, never a stack trace, and the site
 * stays.
 */
class TemplateProblemsTest {
  @TempDir Path tmp;

  private Outcome buildWith(Path templates) {
    Path site = tmp.resolve("site");
    if (!Files.exists(site)) {
      PortalRun.buildOk(PortalRun.fixture("minimal"), site);
    }
    Map<String, String> before = PortalRun.fingerprint(site);
    Outcome outcome =
        PortalRun.build(PortalRun.fixture("minimal"), site, "--templates", templates.toString());
    assertEquals(before, PortalRun.fingerprint(site), "the published site is unchanged");
    assertFalse(
        outcome.err().contains("Exception") || outcome.err().contains("\tat "), outcome.err());
    assertFalse(Files.exists(tmp.resolve(".site.building")), "nothing half-built is left");
    return outcome;
  }

  private Path templates() {
    return PortalRun.copy(PortalRun.home().resolve("templates"), tmp.resolve("templates"));
  }

  @Test
  void aTemplateMistakeNamesItsFileAndLine() throws IOException {
    Path templates = templates();
    Files.writeString(
        templates.resolve("role.ftlh"), "<#if>\n", java.nio.file.StandardOpenOption.APPEND);
    long lines = Files.readAllLines(templates.resolve("role.ftlh")).size();
    Outcome outcome = buildWith(templates);
    assertEquals(1, outcome.exit());
    assertTrue(
        outcome.err().startsWith(templates.resolve("role.ftlh") + ":" + lines + ":"),
        outcome.err());
    assertTrue(outcome.err().contains("the template cannot be read from here"), outcome.err());
  }

  @Test
  void aValueTheTemplateCannotFindNamesItsLine() throws IOException {
    Path templates = templates();
    Files.writeString(
        templates.resolve("role.ftlh"),
        "${nothing.here}\n",
        java.nio.file.StandardOpenOption.APPEND);
    Outcome outcome = buildWith(templates);
    assertEquals(1, outcome.exit());
    assertTrue(outcome.err().contains("role.ftlh:"), outcome.err());
    assertTrue(
        outcome.err().contains("the template uses ${nothing}, which has no value for this page"),
        outcome.err());
  }

  @Test
  void aMissingTemplateIsNamed() throws IOException {
    Path templates = templates();
    Files.delete(templates.resolve("compare.ftlh"));
    Outcome outcome = buildWith(templates);
    assertEquals(1, outcome.exit());
    assertTrue(
        outcome
            .err()
            .startsWith(templates.resolve("compare.ftlh") + ": the template is missing from "),
        outcome.err());
  }

  @Test
  void aMistypedTemplatesOrAssetsFolderIsAUsageMistake() {
    Outcome templates = buildWith(tmp.resolve("no-such-templates"));
    assertEquals(2, templates.exit());
    assertTrue(
        templates
            .err()
            .startsWith(
                "--templates " + tmp.resolve("no-such-templates") + ": there is no such folder"),
        templates.err());
    Outcome assets =
        PortalRun.build(
            PortalRun.fixture("minimal"), tmp.resolve("site"), "--assets", "no-such-assets");
    assertEquals(2, assets.exit());
    assertTrue(
        assets.err().startsWith("--assets no-such-assets: there is no such folder"), assets.err());
  }
}
