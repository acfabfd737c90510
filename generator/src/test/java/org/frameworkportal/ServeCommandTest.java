package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frameworkportal.cli.PortalCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** portal serve's own messages: a wrong port, a port in use, and rebuilds that fail part-way. */
@Timeout(120)
class ServeCommandTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"99999", "65536", "-1", "eighty", "8080x", ""})
  void aWrongPortGetsOnePlainLineAndExitTwo(String port) {
    PortalRun.Outcome outcome =
        PortalRun.run(
            "serve",
            "--content",
            PortalRun.fixture("minimal").toString(),
            "--out",
            tmp.resolve("preview").toString(),
            "--port=" + port);
    assertEquals(2, outcome.exit(), outcome.err());
    assertEquals(
        "portal: --port must be a whole number from 1 to 65535, or 0 for any free port; '"
            + port
            + "' is not one"
            + System.lineSeparator(),
        outcome.err());
    assertEquals("", outcome.out());
  }

  @Test
  void aNegativePortGivenAsTheNextArgumentIsRefusedAsWell() {
    PortalRun.Outcome outcome =
        PortalRun.run(
            "serve",
            "--content",
            PortalRun.fixture("minimal").toString(),
            "--out",
            tmp.resolve("preview").toString(),
            "--port",
            "-1");
    assertEquals(2, outcome.exit(), outcome.err());
    assertEquals(1, outcome.err().lines().count(), outcome.err());
    assertFalse(outcome.err().contains("Exception"), outcome.err());
  }

  @Test
  void aPortInUseIsSaidBeforeAnythingIsBuilt() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      PortalRun.Outcome outcome =
          PortalRun.run(
              "serve",
              "--content",
              PortalRun.fixture("minimal").toString(),
              "--out",
              tmp.resolve("preview").toString(),
              "--port",
              String.valueOf(port));
      assertEquals(2, outcome.exit(), outcome.err());
      assertEquals(
          "portal: port " + port + " is in use; try --port " + (port + 1) + System.lineSeparator(),
          outcome.err());
      assertFalse(Files.exists(tmp.resolve("preview/index.html")));
    }
  }

  @Test
  void portZeroServesOnAFreePortAndSaysWhich() throws Exception {
    try (Session serve = Session.start(tmp, PortalRun.fixture("minimal"), null, "0")) {
      String url = serve.url();
      assertTrue(url.matches("http://127\\.0\\.0\\.1:[1-9][0-9]*/"), url);
      assertEquals(200, get(url + "index.html").statusCode());
    }
  }

  @Test
  void templateMistakesAreShownAtTheirPlaceAndServingGoesOn() throws Exception {
    Path templates =
        PortalRun.copy(PortalRun.home().resolve("templates"), tmp.resolve("templates"));
    Path role = templates.resolve("role.ftlh");
    String good = Files.readString(role);
    try (Session serve = Session.start(tmp, PortalRun.fixture("minimal"), templates, "0")) {
      String url = serve.url();
      int line = lineOf(good, "<h1>${r.title}</h1>");

      Files.writeString(role, good.replace("<h1>${r.title}</h1>", "<h1>${r.title</h1>"));
      serve.await("role.ftlh:" + line + ":");
      assertTrue(serve.out().contains(TemplatePath.of(role) + ":" + line + ":"), serve.out());
      assertTrue(
          serve.out().contains("a tag or ${...} is unfinished, misspelt or not closed"),
          serve.out());
      assertTrue(
          get(url + "__portal/state").body().contains("\"line\":" + line),
          "the open page shows it too");

      Files.writeString(role, good.replace("<h1>${r.title}</h1>", "<h1>${r.titel}</h1>"));
      serve.await("the template uses ${r.titel}, which has no value for this page");
      assertTrue(serve.out().contains(TemplatePath.of(role) + ":" + line + ":"), serve.out());

      int rebuilt = serve.count("Rebuilt ");
      Files.writeString(role, good);
      serve.awaitCount("Rebuilt ", rebuilt + 1);
      assertEquals(200, get(url + "frameworks/demo/assistant/index.html").statusCode());
      assertPlainWords(serve.out());
      Matcher log =
          Pattern.compile("FreeMarker's full description is in (\\S+)\\)").matcher(serve.out());
      assertTrue(log.find(), serve.out());
      assertTrue(
          Files.readString(Path.of(log.group(1))).contains("r.titel"),
          "the log has FreeMarker's own words");
      Files.deleteIfExists(Path.of(log.group(1)));
    }
  }

  /**
   * The disk, not the portal: a file in the way of the preview is said plainly, and serving goes
   * on.
   */
  @Test
  void aDiskProblemIsSaidPlainlyAndServingGoesOn() throws Exception {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    try (Session serve = Session.start(tmp, content, null, "0")) {
      String url = serve.url();
      Path frameworks = tmp.resolve("preview/frameworks");
      Path aside = tmp.resolve("frameworks-aside");
      Files.move(frameworks, aside);
      Files.writeString(frameworks, "a file where the preview needs a folder");
      Path role = content.resolve("frameworks/demo/roles/assistant.yaml");
      Files.writeString(
          role,
          Files.readString(role).replace("title: Demo Assistant", "title: Demo Assistant Officer"));

      serve.await("The last good pages stay in the preview.");
      assertTrue(serve.out().contains("is a file where a folder is needed"), serve.out());
      assertPlainWords(serve.out());
      assertTrue(get(url + "__portal/state").body().contains("is a file where a folder is needed"));

      Files.delete(frameworks);
      Files.move(aside, frameworks);
      int rebuilt = serve.count("Rebuilt ");
      Files.writeString(
          role, Files.readString(role).replace("Demo Assistant Officer", "Demo Assistant Lead"));
      serve.awaitCount("Rebuilt ", rebuilt + 1);
      assertTrue(
          get(url + "frameworks/demo/assistant/index.html").body().contains("Demo Assistant Lead"));
    }
  }

  private static void assertPlainWords(String said) {
    for (String word :
        new String[] {"Exception", "\tat ", "freemarker.", "java.", "org.frameworkportal"}) {
      assertFalse(said.contains(word), "'" + word + "' in:\n" + said);
    }
  }

  private static int lineOf(String text, String wanted) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(wanted)) {
        return i + 1;
      }
    }
    throw new AssertionError(wanted + " not found");
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** How serve names a template file: from the current folder when under it, else in full. */
  private static final class TemplatePath {
    static String of(Path file) {
      Path here = Path.of("").toAbsolutePath();
      Path absolute = file.toAbsolutePath().normalize();
      return (absolute.startsWith(here) ? here.relativize(absolute) : absolute)
          .toString()
          .replace('\\', '/');
    }
  }

  /** portal serve running in this JVM, with what it has said so far. */
  private static final class Session implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger exit = new AtomicInteger(-1);
    Thread thread;

    static Session start(Path tmp, Path content, Path templates, String port) {
      Session session = new Session();
      java.util.List<String> args =
          new java.util.ArrayList<>(
              java.util.List.of(
                  "serve",
                  "--content",
                  content.toString(),
                  "--out",
                  tmp.resolve("preview").toString(),
                  "--port",
                  port,
                  "--compare-with",
                  tmp.resolve("none").toString()));
      if (templates != null) {
        args.addAll(java.util.List.of("--templates", templates.toString()));
      }
      session.thread =
          new Thread(
              () ->
                  session.exit.set(
                      PortalCommand.run(
                          new PrintWriter(session.out, true),
                          new PrintWriter(session.err, true),
                          args.toArray(String[]::new))),
              "serve-under-test");
      session.thread.setDaemon(true);
      session.thread.start();
      return session;
    }

    String out() {
      return out.toString();
    }

    String url() throws InterruptedException {
      await("Serving the preview at ");
      Matcher url = Pattern.compile("at (http://\\S+/) \\(this computer only\\)").matcher(out());
      assertTrue(url.find(), out());
      return url.group(1);
    }

    int count(String text) {
      return out().split(Pattern.quote(text), -1).length - 1;
    }

    void await(String text) throws InterruptedException {
      awaitCount(text, 1);
    }

    void awaitCount(String text, int times) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (count(text) < times) {
        if (System.nanoTime() > deadline || !thread.isAlive()) {
          throw new AssertionError(
              "serve did not say '" + text + "' " + times + " times:\n" + out() + err);
        }
        Thread.sleep(50);
      }
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
      assertEquals(0, exit.get(), "serve stops cleanly when interrupted:\n" + err);
      assertEquals("", err.toString());
    }
  }
}
