package org.frameworkportal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaticFileServerTest {
  @TempDir Path tmp;

  Path site() throws IOException {
    Path site = Files.createDirectories(tmp.resolve("site"));
    Files.writeString(site.resolve("index.html"), "<html><body><p>Home</p></body></html>");
    Files.createDirectories(site.resolve("frameworks"));
    Files.writeString(site.resolve("frameworks/index.html"), "<html><body>fw</body></html>");
    Files.writeString(site.resolve(".portal-site"), "marker");
    Files.writeString(tmp.resolve("secret.txt"), "outside");
    return site;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/frameworks/../../secret.txt",
        "/..%5csecret.txt",
        "/.portal-site",
        "/%00index.html",
        "/missing.html",
        "/frameworks/..%2F..%2Fsecret.txt"
      })
  void refusesAnythingOutsideTheSiteOrHidden(String path) throws IOException {
    try (StaticFileServer server = new StaticFileServer(site(), 0)) {
      assertNull(server.resolve(URI.create(path)), path);
    }
  }

  @Test
  void servesFilesAndFolderIndexes() throws IOException {
    try (StaticFileServer server = new StaticFileServer(site(), 0)) {
      assertNotNull(server.resolve(URI.create("/index.html")));
      assertNotNull(server.resolve(URI.create("/frameworks/")));
    }
  }

  @Test
  void listensOnLoopbackOnly() throws Exception {
    try (StaticFileServer server = new StaticFileServer(site(), 0)) {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        assertTrue(socket.isConnected());
      }
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.url() + "..%2F..%2Fsecret.txt")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(404, response.statusCode());
    }
  }

  @Test
  void previewPagesGetTheLiveReloadScriptButFilesStayAsBuilt() throws Exception {
    Path site = site();
    try (StaticFileServer server =
        new StaticFileServer(
            site, 0, () -> "{\"version\":3,\"problems\":[]}".getBytes(StandardCharsets.UTF_8))) {
      HttpClient client = HttpClient.newHttpClient();
      String page =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(server.url() + "index.html")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertEquals(
          "<html><body><p>Home</p><script src=\"/__portal/live.js\"></script>\n</body></html>",
          page);
      assertEquals(
          "<html><body><p>Home</p></body></html>", Files.readString(site.resolve("index.html")));
      assertEquals(
          "{\"version\":3,\"problems\":[]}",
          client
              .send(
                  HttpRequest.newBuilder(URI.create(server.url() + "__portal/state")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body());
      assertTrue(
          client
              .send(
                  HttpRequest.newBuilder(URI.create(server.url() + "__portal/live.js")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body()
              .contains("/__portal/state"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:PORT", "localhost:PORT", "LocalHost:PORT", "[::1]:PORT"})
  void answersTheNamesOfThisComputer(String host) throws Exception {
    try (StaticFileServer server =
        new StaticFileServer(site(), 0, () -> "{}".getBytes(StandardCharsets.UTF_8))) {
      String hostHeader = "Host: " + host.replace("PORT", String.valueOf(server.port())) + "\r\n";
      assertTrue(rawRequest(server, "GET / HTTP/1.1\r\n" + hostHeader).startsWith("HTTP/1.1 200 "));
      assertTrue(
          rawRequest(server, "GET /__portal/state HTTP/1.1\r\n" + hostHeader)
              .startsWith("HTTP/1.1 200 "));
    }
  }

  /**
   * A page on another site whose name was pointed at 127.0.0.1 (DNS rebinding) must not read the
   * preview.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Host: attacker.example:PORT\r\n",
        "Host: attacker.example\r\n",
        "Host: 127.0.0.1\r\n",
        "Host: localhost\r\n",
        "Host: 127.0.0.1:OTHER\r\n",
        "Host: localhost.:PORT\r\n",
        "Host: 127.1:PORT\r\n",
        "Host: 127.0.0.1.nip.io:PORT\r\n",
        "Host: 127.0.0.1:PORT\r\nHost: attacker.example:PORT\r\n",
        "",
        "Host: \r\n"
      })
  void refusesRequestsAddressedToAnyOtherName(String hostHeaders) throws Exception {
    try (StaticFileServer server =
        new StaticFileServer(site(), 0, () -> "{}".getBytes(StandardCharsets.UTF_8))) {
      String headers =
          hostHeaders
              .replace("PORT", String.valueOf(server.port()))
              .replace("OTHER", String.valueOf(server.port() + 1));
      for (String path : List.of("/", "/index.html", "/__portal/state", "/__portal/live.js")) {
        String response = rawRequest(server, "GET " + path + " HTTP/1.1\r\n" + headers);
        assertTrue(
            response.startsWith("HTTP/1.1 403 "), path + " with " + headers + ":\n" + response);
        assertTrue(
            response.endsWith(
                "This preview only answers at http://127.0.0.1:"
                    + server.port()
                    + "/ - open that address in your browser.\n"),
            response);
        assertTrue(response.contains("Content-type: text/plain"), response);
      }
      assertTrue(
          rawRequest(server, "GET / HTTP/1.0\r\n").startsWith("HTTP/1.1 403 "),
          "HTTP/1.0 without a Host");
    }
  }

  /**
   * Clients that send half a request, or connect and send nothing, must neither hold up a browser's
   * request nor stay connected past the time limit.
   */
  @Test
  @Timeout(30)
  void slowAndSilentClientsNeitherHoldUpOthersNorStayConnected() throws Exception {
    try (StaticFileServer server = new StaticFileServer(site(), 0)) {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(server.url())).timeout(Duration.ofSeconds(2)).build();
      assertEquals(
          200,
          client
              .send(request, HttpResponse.BodyHandlers.ofString())
              .statusCode()); // warms the client up
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 20; i++) {
          Socket halfSent = new Socket(InetAddress.getLoopbackAddress(), server.port());
          halfSent
              .getOutputStream()
              .write(
                  ("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n")
                      .getBytes(StandardCharsets.US_ASCII));
          halfSent.getOutputStream().flush();
          slow.add(halfSent);
          slow.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
        }
        Thread.sleep(200); // let the server start reading the half-sent requests
        long started = System.nanoTime();
        HttpResponse<String> answer =
            HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("A request with 40 slow clients attached took %d ms%n", millis);
        assertEquals(200, answer.statusCode());
        assertTrue(millis < 2000, millis + " ms");

        long deadline =
            started + Duration.ofSeconds(StaticFileServer.REQUEST_SECONDS + 4).toNanos();
        for (Socket socket : slow) {
          assertClosedBy(socket, deadline);
        }
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  private static void assertClosedBy(Socket socket, long deadlineNanos) throws IOException {
    int millisLeft = (int) Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
    socket.setSoTimeout(millisLeft);
    try {
      InputStream in = socket.getInputStream();
      while (in.read() >= 0) {
        // a refusal or error page is fine, as long as the connection then ends
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server left a slow client connected past the time limit");
    } catch (SocketException reset) {
      // closed by the server
    }
  }

  /** Sends {@code head} plus "Connection: close" and a blank line; returns the whole response. */
  private static String rawRequest(StaticFileServer server, String head) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(5000);
      socket
          .getOutputStream()
          .write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
