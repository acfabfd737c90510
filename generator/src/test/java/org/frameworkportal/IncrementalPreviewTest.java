package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.frameworkportal.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server re-models only pages whose inputs changed (page keys, kept roles, kept tags
 * and related roles). After each kind of edit HR makes, its folder must be byte for byte what a
 * preview built from nothing gives for the same content: a page the shortcut missed would show up
 * here as a stale file.
 */
class IncrementalPreviewTest {
  @TempDir Path tmp;
  private final AtomicLong clock = new AtomicLong(System.currentTimeMillis());

  /** The site the preview compares with: none, or (as {@code serve} by default) a published one. */
  private Path published;

  @Test
  void everyKindOfEditLeavesThePreviewAsAFreshBuildWouldBe() throws IOException {
    published = tmp.resolve("no-published-site");
    editsAgainstAFreshBuild();
  }

  @Test
  void everyKindOfEditComparedWithAPublishedSite() throws IOException {
    Path content = PortalRun.copy(PortalRun.realContent(), tmp.resolve("published-content"));
    published = PortalRun.buildOk(content, tmp.resolve("published"));
    editsAgainstAFreshBuild();
  }

  private void editsAgainstAFreshBuild() throws IOException {
    Path content = PortalRun.copy(PortalRun.realContent(), tmp.resolve("content"));
    SiteBuilder kept = new SiteBuilder();
    SiteWriter.InPlace preview = new SiteWriter.InPlace(tmp.resolve("preview"));
    update(kept, content, preview);
    Path fw = content.resolve("frameworks/adult-social-work");
    Path socialWorker = fw.resolve("roles/social-worker.yaml");
    Path senior = fw.resolve("roles/senior-social-worker.yaml");

    // A statement reworded.
    edit(socialWorker, "Working towards ASYE", "Working towards the ASYE");
    sameAsFresh(kept, content, preview, "a statement reworded");
    // A statement that now needs another transferable skill.
    edit(
        socialWorker,
        "Working towards the ASYE",
        "Working towards the ASYE and safeguarding adults at risk");
    sameAsFresh(kept, content, preview, "a statement gaining a skill");
    // A role renamed: pages that link to it, the framework, home, skills, pathways.
    edit(senior, "title: Senior Social Worker", "title: Senior Practitioner");
    sameAsFresh(kept, content, preview, "a role renamed");
    // A progression removed.
    edit(
        socialWorker,
        "  - role: senior-social-worker\n    provisional: The framework names no next role; this link is"
            + " suggested from the grades (SW2 to SW3).\n",
        "");
    sameAsFresh(kept, content, preview, "a progression removed");
    // A new role, listed in the framework.
    Files.writeString(
        fw.resolve("roles/practice-educator.yaml"),
        Files.readString(senior).replace("title: Senior Practitioner", "title: Practice Educator"));
    edit(
        fw.resolve("framework.yaml"),
        "  - team-manager\n",
        "  - team-manager\n  - practice-educator\n");
    sameAsFresh(kept, content, preview, "a role added");
    // The framework's own text.
    edit(fw.resolve("framework.yaml"), "title: ", "title: The ");
    sameAsFresh(kept, content, preview, "the framework renamed");
    // A skill's phrases.
    edit(
        content.resolve("skills.yaml"),
        "      - safeguarding\n",
        "      - safeguarding\n      - assessment\n");
    sameAsFresh(kept, content, preview, "a skill's phrases");
    // The role removed again.
    Files.delete(fw.resolve("roles/practice-educator.yaml"));
    edit(fw.resolve("framework.yaml"), "  - practice-educator\n", "");
    sameAsFresh(kept, content, preview, "a role removed");
    // The site's settings.
    edit(content.resolve("site.yaml"), "title: ", "title: New ");
    sameAsFresh(kept, content, preview, "the site renamed");
  }

  private void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), () -> file + " has no '" + from + "'");
    Files.writeString(
        file,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    // Modification times can be coarse: move each edited file's on, as an editor's save would.
    Files.setLastModifiedTime(file, FileTime.fromMillis(clock.addAndGet(2000)));
  }

  private SiteBuilder.Update update(SiteBuilder builder, Path content, SiteWriter.InPlace preview) {
    SiteBuilder.Options options =
        new SiteBuilder.Options(
            content,
            "content",
            tmp.resolve("unused"),
            PortalRun.home().resolve("templates"),
            PortalRun.home().resolve("site-assets"),
            false);
    SiteBuilder.Update update = builder.update(options, preview, published);
    assertTrue(update.ok(), () -> update.problems().toString());
    builder.refreshSearchIndex(preview);
    return update;
  }

  private void sameAsFresh(SiteBuilder kept, Path content, SiteWriter.InPlace preview, String edit)
      throws IOException {
    SiteBuilder.Update update = update(kept, content, preview);
    Path freshFolder = tmp.resolve("fresh-" + clock.get());
    update(new SiteBuilder(), content, new SiteWriter.InPlace(freshFolder));
    Map<String, String> fresh = PortalRun.fingerprint(freshFolder);
    Map<String, String> incremental = PortalRun.fingerprint(tmp.resolve("preview"));
    assertEquals(fresh.keySet(), incremental.keySet(), edit + ": the same files");
    for (String file : fresh.keySet()) {
      assertEquals(
          fresh.get(file),
          incremental.get(file),
          edit + ": " + file + " differs from a fresh build");
    }
    assertTrue(
        update.rendered() < fresh.size(),
        edit + ": the preview re-rendered " + update.rendered() + " pages");
  }
}
