package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole pages of the minimal fixture compared with the files in {@code sites/minimal/expected/}.
 * After an intended change to templates, regenerate them with {@code ./mvnw -pl generator test
 * -Dtest=GoldenPagesTest -Dgolden.update=true} and read the diff.
 */
class GoldenPagesTest {
  static final Path EXPECTED = Path.of("src/test/resources/sites/minimal/expected");
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() {
    site = PortalRun.buildOk(PortalRun.fixture("minimal"), tmp.resolve("site"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "index.html",
        "frameworks/demo/index.html",
        "frameworks/demo/assistant/index.html",
        "frameworks/demo/assistant/compare.html",
        "frameworks/demo/assistant/checklist-c.html",
        "profiles/other-council.html",
        "pages/about.html",
        "404.html",
        "sitemap.xml"
      })
  void pageMatchesItsGoldenFile(String path) throws IOException {
    Path actual = site.resolve(path);
    Path expected = EXPECTED.resolve(path);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.copy(actual, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    assertTrue(
        Files.exists(expected), "no golden file " + expected + "; run with -Dgolden.update=true");
    List<String> want = Files.readAllLines(expected);
    List<String> got = Files.readAllLines(actual);
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "<end of file>";
      String g = i < got.size() ? got.get(i) : "<end of file>";
      if (!w.equals(g)) {
        fail(
            path
                + " differs from its golden file at line "
                + (i + 1)
                + "\n  expected: "
                + w
                + "\n  actual:   "
                + g);
      }
    }
  }
}
