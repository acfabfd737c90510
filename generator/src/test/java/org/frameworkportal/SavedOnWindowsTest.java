package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content saved by Windows editors (CRLF line ends, a UTF-8 byte-order mark, as Notepad writes)
 * builds exactly the site the same content saved with LF and no mark builds.
 */
class SavedOnWindowsTest {
  @TempDir Path tmp;

  @Test
  void crlfAndByteOrderMarkBuildTheSameSite() throws IOException {
    Path windows = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("windows/content"));
    for (Path file : files(windows)) {
      String text = Files.readString(file);
      Files.write(file, ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
    }
    Path plainSite = PortalRun.buildOk(PortalRun.fixture("minimal"), tmp.resolve("plain-site"));
    Path windowsSite = PortalRun.buildOk(windows, tmp.resolve("windows-site"));
    assertEquals(PortalRun.fingerprint(plainSite), PortalRun.fingerprint(windowsSite));
  }

  @Test
  void checkFindsNoProblemInThem() throws IOException {
    Path windows = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("windows/content"));
    for (Path file : files(windows)) {
      Files.writeString(file, "\uFEFF" + Files.readString(file).replace("\n", "\r\n"));
    }
    PortalRun.Outcome check = PortalRun.run("check", "--content", windows.toString());
    assertEquals(0, check.exit(), check.err());
  }

  private static List<Path> files(Path content) throws IOException {
    try (Stream<Path> walk = Files.walk(content)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }
}
