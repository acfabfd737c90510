package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.frameworkportal.PortalRun.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not plain files: links (git and the fixture copier do not keep them, so they are
 * made here), a named pipe, a folder where a file belongs, a name with a control character. Each is
 * a problem naming the file, the same from {@code check} as from {@code build}; nothing outside the
 * content folder is ever read.
 */
class LinkedAndOddFilesTest {
  @TempDir Path tmp;
  Path content;
  Path roles;

  @BeforeEach
  void copyFixture() {
    content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("work/content"));
    roles = content.resolve("frameworks/demo/roles");
  }

  @Test
  void aPageLinkedToAFileOutsideIsRefused() throws IOException {
    Path secret =
        Files.writeString(
            tmp.resolve("secret.md"), "---\ntitle: SECRET-OUTSIDE\n---\nSECRET-OUTSIDE\n");
    Files.createSymbolicLink(content.resolve("pages/x.md"), secret);
    assertProblems(
        "content/pages/x.md: this is a link to a file outside the content folder (copy the file into "
            + "content/ instead)");
  }

  @Test
  void aFrameworkLinkedToAFolderOutsideIsRefused() throws IOException {
    Path elsewhere = PortalRun.copy(content.resolve("frameworks/demo"), tmp.resolve("elsewhere"));
    Files.createSymbolicLink(content.resolve("frameworks/x"), elsewhere);
    assertProblems(
        "content/frameworks/x: this is a link to a folder outside the content folder (copy the folder "
            + "into content/ instead)");
  }

  @Test
  void aLinkThatStaysInsideIsFollowed() throws IOException {
    Files.createSymbolicLink(content.resolve("pages/about-again.md"), Path.of("about.md"));
    Files.createDirectories(content.resolve("shared"));
    Files.move(
        content.resolve("profiles/other-council.yaml"),
        content.resolve("shared/other-council.yaml"));
    Files.createSymbolicLink(
        content.resolve("profiles/other-council.yaml"), Path.of("../shared/other-council.yaml"));
    Path site = tmp.resolve("site");
    PortalRun.buildOk(content, site);
    assertEquals(true, Files.isRegularFile(site.resolve("pages/about-again.html")));
    assertEquals(true, Files.isRegularFile(site.resolve("profiles/other-council.html")));
  }

  @Test
  void aLinkToNothingIsAProblem() throws IOException {
    Files.createSymbolicLink(roles.resolve("ghost.yaml"), Path.of("nowhere.yaml"));
    Files.createSymbolicLink(roles.resolve("loop.yaml"), Path.of("loop.yaml"));
    assertProblems(
        "content/frameworks/demo/roles/ghost.yaml: this is a link to a file or folder that does not exist (put "
            + "the file itself here, or delete the link)",
        "content/frameworks/demo/roles/loop.yaml: this is a link to a file or folder that does not exist (put "
            + "the file itself here, or delete the link)");
  }

  @Test
  void aNamedPipeIsNotReadFrom() throws Exception {
    Path pipe = roles.resolve("pipe.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      mkfifo = null;
    }
    assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is not available");
    assertProblems(
        "content/frameworks/demo/roles/pipe.yaml: this is not an ordinary file (replace it with the "
            + "file itself)");
  }

  @Test
  void siteYamlAsAFolderIsAProblem() throws IOException {
    Files.delete(content.resolve("site.yaml"));
    Files.createDirectories(content.resolve("site.yaml"));
    assertProblems(
        "content/site.yaml: this is a folder, but a file is expected here (rename the folder, or move "
            + "it out of content/)");
  }

  /** The name is printed with its escape character written out, never sent raw to the terminal. */
  @Test
  void aControlCharacterInAFileNameIsWrittenOut() throws IOException {
    Files.copy(roles.resolve("lead.yaml"), roles.resolve("new\u001B[31mrole.yaml"));
    assertProblems(
        "content/frameworks/demo/roles/new\\u001B[31mrole.yaml: the role file name "
            + "'new\\u001B[31mrole' is not a valid id (rename the file to new-31mrole.yaml: ids are lowercase letters, "
            + "digits and single hyphens)");
  }

  /**
   * {@code check} and {@code build} print exactly {@code expected} (paths from the content folder's
   * parent).
   */
  private void assertProblems(String... expected) {
    BrokenContentTest.assertCheckAndBuildAgree(content, tmp.resolve("site"));
    Outcome build = PortalRun.build(content, tmp.resolve("site"));
    String err = build.err().replace(content.getParent() + "/", "");
    assertEquals(List.of(expected), BrokenContentTest.problemLines(err), err);
  }
}
