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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Serves a built site on the loopback address only. Only regular files inside the site folder are
 * served: ".." and encoded traversal, symbolic links out of the folder and hidden files are
 * refused. Only requests addressed to this computer by name are answered, so a web page cannot
 * reach the preview through a domain of its own (DNS rebinding); and clients that send a request
 * slowly, or not at all, are cut off instead of holding up everyone else.
 */
public final class StaticFileServer implements AutoCloseable {
  /** Seconds a client has to send a whole request, from connecting or from its last response. */
  static final int REQUEST_SECONDS = 5;

  /** Seconds a client has to take a whole response; loopback needs milliseconds. */
  static final int RESPONSE_SECONDS = 30;

  /** Requests answered at once; each worker is held at most the two limits above. */
  static final int MAX_WORKERS = 256;

  static {
    // The JDK server reads these once, when it is first used, and by default never times a client
    // out.
    limitUnlessSet("sun.net.httpserver.maxReqTime", REQUEST_SECONDS); // seconds
    limitUnlessSet("sun.net.httpserver.maxRspTime", RESPONSE_SECONDS); // seconds
    limitUnlessSet(
        "sun.net.httpserver.idleInterval",
        10); // seconds an unused kept-alive connection stays open
    limitUnlessSet(
        "sun.net.httpserver.clockTick", 1000); // milliseconds between checks for silent connections
    limitUnlessSet(
        "sun.net.httpserver.timerMillis", 1000); // milliseconds between checks of the two limits
  }

  private static void limitUnlessSet(String property, int value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, Integer.toString(value));
    }
  }

  /**
   * The names a browser on this computer may use for the server: the only Host headers answered.
   */
  private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

  private static final Map<String, String> TYPES =
      Map.of(
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

  /**
   * What the preview server adds: the build state for open pages to poll, and a script to poll it.
   */
  public interface LiveReload {
    /** JSON: {"version": n, "problems": [...]}; pages reload when the version changes. */
    byte[] stateJson();
  }

  static final String LIVE_PREFIX = "/__portal/";
  private static final String LIVE_SCRIPT_TAG =
      "<script src=\"/__portal/live.js\"></script>\n</body>";

  private final HttpServer server;
  private final int port;
  private final ExecutorService workers;
  private final Path root;
  private final @Nullable LiveReload live;

  /** Starts serving {@code root} on 127.0.0.1; port 0 picks a free port. */
  public StaticFileServer(Path root, int port) throws IOException {
    this(root, port, null);
  }

  /** As above; with {@code live}, HTML pages get a script that reloads them after each rebuild. */
  public StaticFileServer(Path root, int port, @Nullable LiveReload live) throws IOException {
    this.live = live;
    this.root = root.toAbsolutePath().normalize();
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.port = server.getAddress().getPort();
    server.createContext("/", this::handle);
    workers = workers();
    server.setExecutor(workers);
    server.start();
  }

  /**
   * A thread per request being read or answered, up to {@link #MAX_WORKERS}: a slow client holds
   * only its own. Past the limit a new connection is closed at once (the JDK server does so when
   * the pool refuses it) rather than queued behind slow ones.
   */
  private static ExecutorService workers() {
    return new ThreadPoolExecutor(
        2,
        MAX_WORKERS,
        30,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        runnable -> {
          Thread thread = new Thread(runnable, "preview-http");
          thread.setDaemon(true);
          return thread;
        });
  }

  public int port() {
    return port;
  }

  public String url() {
    return "http://127.0.0.1:" + port() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!addressedToUs(exchange.getRequestHeaders().get("Host"))) {
        send(
            exchange,
            403,
            type("txt"),
            ("This preview only answers at " + url() + " - open that address in your browser.\n")
                .getBytes(StandardCharsets.UTF_8));
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(
            exchange,
            405,
            "text/plain; charset=utf-8",
            "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String rawPath = exchange.getRequestURI().getRawPath();
      if (live != null && rawPath != null && rawPath.startsWith(LIVE_PREFIX)) {
        serveLive(exchange, live, rawPath.substring(LIVE_PREFIX.length()));
        return;
      }
      Path file = resolve(exchange.getRequestURI());
      if (file == null) {
        Path notFound = root.resolve("404.html");
        byte[] body =
            Files.isRegularFile(notFound)
                ? Files.readAllBytes(notFound)
                : "Not found.\n".getBytes(StandardCharsets.UTF_8);
        send(exchange, 404, Files.isRegularFile(notFound) ? type("html") : type("txt"), body);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      if (live != null && typeOf(file).startsWith("text/html")) {
        body = injectLiveScript(body);
      }
      send(exchange, 200, typeOf(file), body);
    }
  }

  private static void serveLive(HttpExchange exchange, LiveReload live, String name)
      throws IOException {
    switch (name) {
      case "state" -> send(exchange, 200, type("json"), live.stateJson());
      case "live.js" -> {
        try (var in = StaticFileServer.class.getResourceAsStream("live.js")) {
          send(exchange, 200, type("js"), in.readAllBytes());
        }
      }
      default -> send(exchange, 404, type("txt"), "Not found.\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * True when the request's one Host header names this computer and this server's port, as a
   * browser sends it for http://127.0.0.1:PORT/, http://localhost:PORT/ or http://[::1]:PORT/.
   * Browsers leave the port out only when it is 80, so only then is a bare name accepted.
   */
  boolean addressedToUs(@Nullable List<String> hostHeaders) {
    if (hostHeaders == null || hostHeaders.size() != 1) {
      return false;
    }
    String host = hostHeaders.get(0).trim().toLowerCase(Locale.ROOT);
    String withPort = ":" + port();
    if (host.endsWith(withPort)) {
      return LOOPBACK_NAMES.contains(host.substring(0, host.length() - withPort.length()));
    }
    return port() == 80 && LOOPBACK_NAMES.contains(host);
  }

  /**
   * Adds the live-reload script before the last {@code </body>}; the files on disk stay as built.
   */
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
  @Nullable Path resolve(URI uri) {
    String raw = uri.getRawPath();
    if (raw == null || raw.contains("\\") || raw.contains("%00")) {
      return null;
    }
    String path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (path.endsWith("/")) {
      path += "index.html";
    }
    for (String segment : path.split("/", -1)) {
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
    return type(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
  }

  /** The Content-Type for a file name's extension ("html"). */
  private static String type(String extension) {
    return TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
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
    workers.shutdownNow();
  }
}
