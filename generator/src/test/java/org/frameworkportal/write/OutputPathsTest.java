package org.frameworkportal.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of output path that could leave the site, or that Windows could not hold, is refused.
 */
class OutputPathsTest {
  private static final Path ROOT = Path.of("/srv/portal/site").toAbsolutePath();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "index.html",
        "frameworks/adult-social-work/social-worker/checklist-a.html",
        "assets/portal.css",
        "skills/budget-management.html",
        "pages/über-uns.html",
        "con-tact.html",
        "console.html",
        "a.b.c"
      })
  void ordinaryPathsPass(String path) {
    assertNull(OutputPaths.whyUnsafe(path), path);
    assertEquals(ROOT.resolve(path), OutputPaths.resolve(ROOT, path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../outside.html",
        "x/../../outside.html",
        "frameworks/x/../../../../../etc/passwd",
        "..",
        ".",
        "a/./b.html"
      })
  void parentAndCurrentFolderNamesAreRefused(String path) {
    refused(path, "contains '.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/etc/passwd", "/index.html"})
  void absolutePathsAreRefused(String path) {
    refused(path, "absolute");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..\\outside.html", "frameworks\\x.html"})
  void backslashesAreRefused(String path) {
    refused(path, "backslash");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a\u0000b.html", "a\nb.html", "a\u001b[31m.html", "a\u0085.html", "a\u007f.html"})
  void controlCharactersAndNulAreRefused(String path) {
    refused(path, "control character");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C:/Windows/win.ini",
        "c:evil.html",
        "a<b.html",
        "a>b",
        "what?.html",
        "star*.html",
        "pipe|.html",
        "quote\".html",
        "file.html:stream"
      })
  void charactersWindowsRefusesAreRefused(String path) {
    refused(path, "Windows does not allow");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CON",
        "con.html",
        "frameworks/prn/index.html",
        "aux.css",
        "nul",
        "COM1.txt",
        "lpt9",
        "com¹.html",
        "skills/Lpt3.html"
      })
  void windowsDeviceNamesAreRefused(String path) {
    refused(path, "device name");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a//b.html",
        "folder/",
        "trailing-dot.",
        "a/ leading-space.html",
        "trailing-space /x.html"
      })
  void emptyNamesAndNamesWindowsMangleAreRefused(String path) {
    assertNotNull(OutputPaths.whyUnsafe(path), path);
    assertThrows(SiteWriter.OutputProblem.class, () -> OutputPaths.resolve(ROOT, path));
  }

  @org.junit.jupiter.api.Test
  void veryLongNamesAndPathsAreRefused() {
    refused("x".repeat(OutputPaths.MAX_NAME_BYTES + 1) + ".html", "longer than");
    refused("é".repeat(OutputPaths.MAX_NAME_BYTES / 2 + 1), "longer than");
    refused("abcdefghi/".repeat(OutputPaths.MAX_PATH_CHARS / 10) + "x.html", "longer than");
  }

  @org.junit.jupiter.api.Test
  void refusalsArePrintableAndSayNothingWasChanged() {
    SiteWriter.OutputProblem problem =
        assertThrows(
            SiteWriter.OutputProblem.class, () -> OutputPaths.resolve(ROOT, "a\u001b[2Jb.html"));
    assertTrue(problem.getMessage().contains("a\\u001B[2Jb.html"), problem.getMessage());
    assertTrue(problem.getMessage().contains("nothing was changed"), problem.getMessage());
  }

  private static void refused(String path, String why) {
    String reason = OutputPaths.whyUnsafe(path);
    assertNotNull(reason, path);
    assertTrue(reason.contains(why), path + ": " + reason);
    assertThrows(SiteWriter.OutputProblem.class, () -> OutputPaths.resolve(ROOT, path));
  }
}
