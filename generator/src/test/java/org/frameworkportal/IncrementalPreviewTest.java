package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.frameworkportal.serve.PreviewStore;
import org.frameworkportal.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview makes again only files whose reads changed. After each kind of edit HR (or a template
 * author) makes, its folder must be byte for byte what a fresh build writes for the same content: a
 * dependency the preview missed would show up here as a stale file.
 */
class IncrementalPreviewTest {
  @TempDir Path tmp;
  private final AtomicLong clock = new AtomicLong(System.currentTimeMillis());

  /** The site the preview compares with: none, or (as {@code serve} by default) a published one. */
  private Path published;

  private boolean review;
  private Path templates;

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

  @Test
  void everyKindOfEditInAReviewCopy() throws IOException {
    published = tmp.resolve("no-published-site");
    review = true;
    editsAgainstAFreshBuild();
  }

  private void editsAgainstAFreshBuild() throws IOException {
    Path content = PortalRun.copy(PortalRun.realContent(), tmp.resolve("content"));
    templates = PortalRun.copy(PortalRun.home().resolve("templates"), tmp.resolve("templates"));
    PreviewStore kept = new PreviewStore(options(content));
    SiteWriter.InPlace preview = new SiteWriter.InPlace(tmp.resolve("preview"));
    update(kept, preview);
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
    // A statement of a next role: the previous role's comparison shows what changes on the way.
    edit(senior, "- text: ", "- text: Newly, ");
    sameAsFresh(kept, content, preview, "a statement of a next role");
    // A role renamed: pages that link to it, the framework, home, skills, pathways.
    edit(senior, "title: Senior Social Worker", "title: Senior Practitioner");
    sameAsFresh(kept, content, preview, "a role renamed");
    // A role's grade: shown wherever the role is linked.
    edit(senior, "grade: ", "grade: X");
    sameAsFresh(kept, content, preview, "a grade changed");
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
    // A false friend of a skill: statements that matched it may no longer.
    edit(
        content.resolve("skills.yaml"),
        "      - at risk of abuse\n",
        "      - at risk of abuse\n    not_when:\n      - safeguarding policies\n");
    sameAsFresh(kept, content, preview, "a skill's false friend");
    // A glossary meaning reworded: every page whose first use of the term explains it.
    edit(
        content.resolve("glossary.yaml"),
        "meaning: Court of Protection",
        "meaning: The Court of Protection");
    sameAsFresh(kept, content, preview, "a glossary meaning reworded");
    // A glossary term added: pages that use it gain their first-use mark.
    edit(
        content.resolve("glossary.yaml"),
        "terms:\n",
        "terms:\n  - term: SMART\n    meaning: Specific, measurable, achievable, relevant and timed\n");
    sameAsFresh(kept, content, preview, "a glossary term added");
    // An entry requirement reworded: the moves into the framework's roles say what they need.
    edit(
        fw.resolve("framework.yaml"),
        "text: Registration with Social Work England",
        "text: Registration as a social worker with Social Work England");
    sameAsFresh(kept, content, preview, "an entry requirement reworded");
    // The accessibility statement and the address for feedback, from the site's settings.
    edit(content.resolve("site.yaml"), "within\n    10 working days", "within\n    5 working days");
    sameAsFresh(kept, content, preview, "the accessibility statement edited");
    // The home page's introduction: only the home page shows it.
    edit(content.resolve("site.yaml"), "a key element", "an important part");
    sameAsFresh(kept, content, preview, "the home page's introduction edited");
    // The role removed again.
    Files.delete(fw.resolve("roles/practice-educator.yaml"));
    edit(fw.resolve("framework.yaml"), "  - practice-educator\n", "");
    sameAsFresh(kept, content, preview, "a role removed");
    // A profile from another council.
    Path profile = content.resolve("profiles/kent-principal-occupational-therapist.yaml");
    edit(profile, "title: Principal", "title: Lead");
    sameAsFresh(kept, content, preview, "a profile renamed");
    // A free page added, then edited.
    Files.createDirectories(content.resolve("pages"));
    Path page = content.resolve("pages/how-to-apply.md");
    Files.writeString(
        page, "---\ntitle: How to apply\nsummary: The steps.\n---\nAsk your manager.\n");
    touch(page);
    sameAsFresh(kept, content, preview, "a page added");
    edit(page, "Ask your manager.", "Ask your manager first.");
    sameAsFresh(kept, content, preview, "a page edited");
    // The site's settings.
    edit(content.resolve("site.yaml"), "title: ", "title: New ");
    sameAsFresh(kept, content, preview, "the site renamed");
    // A template: serve forgets every page it made when templates change.
    edit(
        templates.resolve("role.ftlh"),
        "<h2 id=\"progression\">",
        "<h2 id=\"progression\" class=\"x\">");
    kept.forgetPages();
    sameAsFresh(kept, content, preview, "a template edited");
  }

  private void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), () -> file + " has no '" + from + "'");
    Files.writeString(
        file,
        text.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    touch(file);
  }

  /** Modification times can be coarse: move each edited file's on, as an editor's save would. */
  private void touch(Path file) throws IOException {
    Files.setLastModifiedTime(file, FileTime.fromMillis(clock.addAndGet(2000)));
  }

  private SiteBuilder.Options options(Path content) {
    return new SiteBuilder.Options(
        content,
        "content",
        tmp.resolve("fresh-" + clock.incrementAndGet()),
        templates,
        PortalRun.home().resolve("site-assets"),
        review);
  }

  private PreviewStore.Update update(PreviewStore store, SiteWriter.InPlace preview) {
    PreviewStore.Update update = store.update(preview, published);
    assertTrue(update.ok(), () -> update.problems().toString());
    store.refreshUnshown(preview);
    return update;
  }

  private void sameAsFresh(
      PreviewStore kept, Path content, SiteWriter.InPlace preview, String edit) {
    PreviewStore.Update update = update(kept, preview);
    SiteBuilder.Options fresh = options(content);
    SiteBuilder.Result built = SiteBuilder.build(withPublished(fresh));
    assertTrue(built.ok(), () -> built.problems().toString());
    Map<String, String> expected = PortalRun.fingerprint(fresh.out());
    Map<String, String> incremental = PortalRun.fingerprint(tmp.resolve("preview"));
    expected.remove(SiteWriter.MARKER);
    incremental.remove(SiteWriter.MARKER);
    assertEquals(expected.keySet(), incremental.keySet(), edit + ": the same files");
    for (String file : expected.keySet()) {
      assertEquals(
          expected.get(file),
          incremental.get(file),
          edit + ": " + file + " differs from a fresh build");
    }
    // Every page shows the site's title, is laid out by the templates and looks for every spelling
    // of the glossary's terms in its text; other edits touch few.
    boolean everywhere =
        edit.contains("template")
            || edit.contains("site renamed")
            || edit.contains("glossary term added");
    assertTrue(
        everywhere || update.rendered() < expected.size() / 2,
        edit + ": the preview made " + update.rendered() + " files again");
  }

  /** A fresh build compares with the same published site as the preview: it builds over a copy. */
  private SiteBuilder.Options withPublished(SiteBuilder.Options fresh) {
    if (Files.isDirectory(published)) {
      PortalRun.copy(published, fresh.out());
    }
    return fresh;
  }
}
