package org.frameworkportal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.frameworkportal.PortalRun;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.validate.ContentValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and folders that cannot be read become problems naming them. The tests run as root, who may
 * read anything, so the disk is made to fail as it does for an editor: through the loader's {@link
 * ContentFolder.Disk}.
 */
class UnreadableFilesTest {
  @TempDir Path tmp;
  Path content;

  @BeforeEach
  void copyFixture() {
    content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
  }

  @Test
  void aFileWithoutPermission() {
    assertEquals(
        List.of(
            "content/frameworks/demo/roles/lead.yaml: the file could not be opened: permission "
                + "denied (check that your account may open it, and that no other program has it locked)"),
        problems(
            failing("frameworks/demo/roles/lead.yaml", new AccessDeniedException("lead.yaml"))));
  }

  /** The roles the framework lists are then taken on trust, not also reported missing. */
  @Test
  void aFolderWithoutPermission() {
    assertEquals(
        List.of(
            "content/frameworks/demo/roles: the folder could not be opened: permission denied "
                + "(check that your account may open it, and that no other program has it locked)"),
        problems(failing("frameworks/demo/roles", new AccessDeniedException("roles"))));
  }

  @Test
  void aFileThatVanishesWhileItIsRead() {
    assertEquals(
        List.of(
            "content/frameworks/demo/roles/lead.yaml: the file disappeared while it was being read "
                + "(if it was moved or deleted on purpose, run the command again)"),
        problems(failing("frameworks/demo/roles/lead.yaml", new NoSuchFileException("lead.yaml"))));
  }

  @Test
  void aPageThatCannotBeRead() {
    assertEquals(
        List.of(
            "content/pages/about.md: the file could not be read (check that it is not open in "
                + "another program, then run the command again)"),
        problems(
            failing(
                "pages/about.md",
                new FileSystemException("about.md", null, "Input/output error"))));
  }

  @Test
  void siteYamlWithoutPermission() {
    assertEquals(
        List.of(
            "content/site.yaml: the file could not be opened: permission denied (check that your "
                + "account may open it, and that no other program has it locked)"),
        problems(failing("site.yaml", new AccessDeniedException("site.yaml"))));
  }

  /** Every problem that loading and validating find, as {@code check} prints them. */
  private List<String> problems(ContentFolder.Disk disk) {
    Problems problems = new Problems();
    ContentLoader loader = new ContentLoader(content, "content", problems, new YamlCache(), disk);
    loader
        .load()
        .ifPresent(
            loaded -> problems.addAll(ContentValidator.validate(loaded, loader.roleFilesOnDisk())));
    return problems.sorted().stream().map(Problem::format).toList();
  }

  /** The real disk, but reading or listing {@code relative} fails with {@code failure}. */
  private ContentFolder.Disk failing(String relative, IOException failure) {
    Path broken = content.resolve(relative);
    return new ContentFolder.Disk() {
      @Override
      public List<Path> list(Path folder) throws IOException {
        if (folder.equals(broken)) {
          throw failure;
        }
        return ContentFolder.REAL_DISK.list(folder);
      }

      @Override
      public byte[] read(Path file, int limit) throws IOException {
        if (file.equals(broken)) {
          throw failure;
        }
        return ContentFolder.REAL_DISK.read(file, limit);
      }
    };
  }
}
