package org.frameworkportal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.frameworkportal.PortalRun;
import org.frameworkportal.SiteBuilder;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.link.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's dependencies are what it read: every lookup is noted with its answer, and they still
 * hold exactly while every answer is the same.
 */
class ReadsTest {
  @TempDir Path tmp;

  @Test
  void everyReadIsNotedWithItsAnswer() throws IOException {
    SiteInput input = input(PortalRun.fixture("minimal"));
    Reads reads = new Reads(input);
    String title = reads.role("demo/assistant").title();
    reads.next("demo/assistant");
    List<Reads.Read> log = reads.log();
    assertEquals(List.of(Lookup.ROLE, Lookup.NEXT), log.stream().map(Reads.Read::lookup).toList());
    assertEquals("demo/assistant", log.get(0).key());
    assertEquals(title, ((org.frameworkportal.model.Role) log.get(0).answer()).title());
    assertTrue(Reads.stillTrue(log, input), "the same input gives the same answers");
  }

  @Test
  void readsStopHoldingWhenAnAnswerChangesAndOnlyThen() throws IOException {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    Reads reads = new Reads(input(content));
    reads.role("demo/assistant");
    Reads faces = new Reads(input(content));
    faces.rolesAtoZ();
    Path role = content.resolve("frameworks/demo/roles/assistant.yaml");
    String yaml = Files.readString(role);
    // A statement reworded: the role read in full changes, what a link shows does not.
    Files.writeString(
        role,
        yaml.replace(
            "Knowledge of the Care Act", "Knowledge of the Care Act" + " and its guidance"));
    SiteInput reworded = input(content);
    assertFalse(Reads.stillTrue(reads.log(), reworded));
    assertTrue(Reads.stillTrue(faces.log(), reworded));
    // The title: both change.
    Files.writeString(role, yaml.replace("title: Demo Assistant", "title: Demo Helper"));
    SiteInput renamed = input(content);
    assertFalse(Reads.stillTrue(reads.log(), renamed));
    assertFalse(Reads.stillTrue(faces.log(), renamed));
  }

  private static SiteInput input(Path content) {
    Problems problems = new Problems();
    Optional<Portal> portal =
        SiteBuilder.check(
            new SiteBuilder.Options(content, "content", null, null, null, false), problems);
    assertTrue(portal.isPresent(), problems.sorted().toString());
    return SiteBuilder.input(portal.get(), content.resolve("no-site"));
  }
}
