package org.frameworkportal.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a built site on the loopback address only. Only regular files inside the site folder are
 * served: ".." and encoded traversal, symbolic links out of the folder and hidden files are refused.
 */
public final class StaticFileServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "xml", "application/xml; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "csv", "text/csv; charset=utf-8",
      "txt", "text/plain; charset=utf-8",
      "zip", "application/zip");

  /** What the preview server adds: the build state for open pages to poll, and a script to poll it. */
  public interface LiveReload {
    /** JSON: {"version": n, "problems": [...]}; pages reload when the version changes. */
    byte[] stateJson();
  }

  static final String LIVE_PREFIX = "/__portal/";
  private static final String LIVE_SCRIPT_TAG = "<script src=\"/__portal/live.js\"></script>\n</body>";

  private final HttpServer server;
  private final Path root;
  private final LiveReload live;

  /** Starts serving {@code root} on 127.0.0.1; port 0 picks a free port. */
  public StaticFileServer(Path root, int port) throws IOException {
    this(root, port, null);
  }

  /** As above; with {@code live}, HTML pages get a script that reloads them after each rebuild. */
  public StaticFileServer(Path root, int port, LiveReload live) throws IOException {
    this.live = live;
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "preview-http");
      thread.setDaemon(true);
      return thread;
    }));
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url() {
    return "http://127.0.0.1:" + port() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String rawPath = exchange.getRequestURI().getRawPath();
      if (live != null && rawPath != null && rawPath.startsWith(LIVE_PREFIX)) {
        serveLive(exchange, rawPath.substring(LIVE_PREFIX.length()));
        return;
      }
      Path file = resolve(exchange.getRequestURI());
      if (file == null) {
        Path notFound = root.resolve("404.html");
        byte[] body = Files.isRegularFile(notFound)
            ? Files.readAllBytes(notFound)
            : "Not found.\n".getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, Files.isRegularFile(notFound) ? TYPES.get("html") : TYPES.get("txt"), body);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      if (live != null && typeOf(file).startsWith("text/html")) {
        body = injectLiveScript(body);
      }
      send(exchange, 200, typeOf(file), body);
    }
  }

  private void serveLive(HttpExchange exchange, String name) throws IOException {
    switch (name) {
      case "state" -> send(exchange, 200, TYPES.get("json"), live.stateJson());
      case "live.js" -> {
        try (var in = StaticFileServer.class.getResourceAsStream("live.js")) {
          send(exchange, 200, TYPES.get("js"), in.readAllBytes());
        }
      }
      default -> send(exchange, 404, TYPES.get("txt"), "Not found.\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Adds the live-reload script before the last {@code </body>}; the files on disk stay as built. */
  static byte[] injectLiveScript(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("</body>");
    if (at < 0) {
      return html;
    }
    return (text.substring(0, at) + LIVE_SCRIPT_TAG + text.substring(at + "</body>".length()))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The file a request names, or null when it is missing or not allowed. */
  Path resolve(URI uri) {
    String raw = uri.getRawPath();
    if (raw == null || raw.contains("\\") || raw.contains("%00")) {
      return null;
    }
    String path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (path.endsWith("/")) {
      path += "index.html";
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..") || segment.startsWith(".") || segment.contains("\\")) {
        return null;
      }
    }
    Path file = root.resolve(path.substring(1)).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    try {
      return file.toRealPath().startsWith(root.toRealPath()) ? file : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String typeOf(Path file) {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
