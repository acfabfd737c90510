package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** portal serve as an HR editor uses it: edit a file, and the open page follows by itself. */
class ServeIT {
  @TempDir Path tmp;

  @Test
  void editsAppearInTheOpenBrowserAndBrokenEditsShowTheirProblems() throws Exception {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port + "/";
    Thread serve =
        new Thread(
            () ->
                PortalRun.run(
                    "serve",
                    "--content",
                    content.toString(),
                    "--out",
                    tmp.resolve("preview").toString(),
                    "--port",
                    String.valueOf(port),
                    "--compare-with",
                    tmp.resolve("none").toString()));
    serve.setDaemon(true);
    serve.start();
    try (Browser browser = Browser.start()) {
      waitForServer(base);
      browser.open(base + "frameworks/demo/assistant/index.html");
      assertEquals("Demo Assistant", browser.driver.findElement(By.tagName("h1")).getText());
      // Pages reload by themselves: an element read just as its page reloads is looked up again.
      org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> wait =
          new WebDriverWait(browser.driver, Duration.ofSeconds(15))
              .ignoring(org.openqa.selenium.StaleElementReferenceException.class);

      Path role = content.resolve("frameworks/demo/roles/assistant.yaml");
      Files.writeString(
          role,
          Files.readString(role).replace("title: Demo Assistant", "title: Demo Assistant Officer"));
      wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Demo Assistant Officer"));

      Path lead = content.resolve("frameworks/demo/roles/lead.yaml");
      String good = Files.readString(lead);
      Files.writeString(lead, good + "tittle: oops\n");
      String problems =
          wait.until(
              d -> {
                List<org.openqa.selenium.WebElement> alerts =
                    d.findElements(By.cssSelector("[role=alert]"));
                return alerts.isEmpty() ? null : alerts.get(0).getText();
              });
      assertTrue(problems.contains("The content has 1 problem"), problems);
      assertTrue(
          problems.contains(
              "lead.yaml:13:1 unknown key 'tittle' in a role file (did you mean 'title'?)"),
          problems);
      browser.screenshot("serve-problems");
      assertTrue(
          Files.readString(tmp.resolve("preview/frameworks/demo/assistant/index.html"))
              .contains("Demo Assistant Officer"),
          "the last good pages stay in the preview");

      Files.writeString(lead, good);
      wait.until(d -> d.findElements(By.cssSelector("[role=alert]")).isEmpty());
      wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Demo Assistant Officer"));
      assertEquals(List.of(), browser.consoleErrors());
    } finally {
      serve.interrupt();
    }
  }

  /**
   * The first build reads the content before it writes a page; an edit saved after that must still
   * be shown.
   */
  @Test
  void anEditSavedWhileTheFirstBuildRunsIsShownOnceItIsDone() throws Exception {
    Path content = PortalRun.copy(PortalRun.fixture("minimal"), tmp.resolve("content"));
    Path preview = tmp.resolve("preview");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String page = "http://127.0.0.1:" + port + "/frameworks/demo/assistant/index.html";
    Thread serve =
        new Thread(
            () ->
                PortalRun.run(
                    "serve",
                    "--content",
                    content.toString(),
                    "--out",
                    preview.toString(),
                    "--port",
                    String.valueOf(port),
                    "--compare-with",
                    tmp.resolve("none").toString()));
    serve.setDaemon(true);
    serve.start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!hasAPage(preview)) {
        assertTrue(System.nanoTime() < deadline, "the first build wrote no page");
        Thread.sleep(1);
      }
      Path role = content.resolve("frameworks/demo/roles/assistant.yaml");
      Files.writeString(
          role,
          Files.readString(role).replace("title: Demo Assistant", "title: Demo Assistant Officer"));
      waitForServer("http://127.0.0.1:" + port + "/");
      HttpClient client = HttpClient.newHttpClient();
      while (!client
          .send(
              HttpRequest.newBuilder(URI.create(page)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body()
          .contains("<h1>Demo Assistant Officer</h1>")) {
        assertTrue(
            System.nanoTime() < deadline, "the edit saved during the first build was never shown");
        Thread.sleep(100);
      }
    } finally {
      serve.interrupt();
    }
  }

  private static boolean hasAPage(Path preview) {
    try (java.util.stream.Stream<Path> files = Files.walk(preview)) {
      return files.anyMatch(file -> file.toString().endsWith(".html"));
    } catch (java.io.IOException | java.io.UncheckedIOException notYet) {
      return false; // not made yet, or changing while we look
    }
  }

  private static void waitForServer(String base) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (client
                .send(
                    HttpRequest.newBuilder(URI.create(base + "index.html")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // the first build is still running
      }
      Thread.sleep(100);
    }
    throw new AssertionError("serve did not start");
  }
}
