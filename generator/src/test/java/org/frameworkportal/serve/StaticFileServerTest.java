package org.frameworkportal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
  @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/frameworks/../../secret.txt",
      "/..%5csecret.txt", "/.portal-site", "/%00index.html", "/missing.html", "/frameworks/..%2F..%2Fsecret.txt"})
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
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.url() + "..%2F..%2Fsecret.txt")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(404, response.statusCode());
    }
  }

  @Test
  void previewPagesGetTheLiveReloadScriptButFilesStayAsBuilt() throws Exception {
    Path site = site();
    try (StaticFileServer server = new StaticFileServer(site, 0, () -> "{\"version\":3,\"problems\":[]}".getBytes(StandardCharsets.UTF_8))) {
      HttpClient client = HttpClient.newHttpClient();
      String page = client.send(HttpRequest.newBuilder(URI.create(server.url() + "index.html")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertEquals("<html><body><p>Home</p><script src=\"/__portal/live.js\"></script>\n</body></html>", page);
      assertEquals("<html><body><p>Home</p></body></html>", Files.readString(site.resolve("index.html")));
      assertEquals("{\"version\":3,\"problems\":[]}", client.send(HttpRequest.newBuilder(URI.create(server.url()
          + "__portal/state")).build(), HttpResponse.BodyHandlers.ofString()).body());
      assertTrue(client.send(HttpRequest.newBuilder(URI.create(server.url() + "__portal/live.js")).build(),
          HttpResponse.BodyHandlers.ofString()).body().contains("/__portal/state"));
    }
  }
}
