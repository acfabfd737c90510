package org.frameworkportal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.frameworkportal.cli.PortalCommand;

/** Runs the portal's command line in-process and reads what it wrote, for tests. */
public final class PortalRun {
  private PortalRun() {}

  /** What a command did: its exit status and what it printed. */
  public record Outcome(int exit, String out, String err) {}

  /** The project folder (templates/, site-assets/, content/), as the build passes it. */
  public static Path home() {
    return Path.of(System.getProperty("portal.home", "..")).toAbsolutePath().normalize();
  }

  public static Path realContent() {
    return home().resolve("content");
  }

  public static Path fixture(String name) {
    return Path.of("src/test/resources/sites", name, "content").toAbsolutePath();
  }

  public static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = PortalCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  /**
   * The portal's command line as a process of its own, printing into {@code log}, as people run it.
   */
  public static ProcessBuilder process(Path log, String... args) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dportal.home=" + home(),
                "org.frameworkportal.cli.PortalCommand"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
  }

  public static Outcome build(Path content, Path out, String... more) {
    String[] args =
        Stream.concat(
                Stream.of("build", "--content", content.toString(), "--out", out.toString()),
                Stream.of(more))
            .toArray(String[]::new);
    return run(args);
  }

  /** Builds and fails the test with the printed problems if the build did not succeed. */
  public static Path buildOk(Path content, Path out, String... more) {
    Outcome outcome = build(content, out, more);
    if (outcome.exit() != 0) {
      throw new AssertionError("build failed (" + outcome.exit() + "):\n" + outcome.err());
    }
    return out;
  }

  /** Copies a content folder, so a test can break it without touching the original. */
  public static Path copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code dir} with the SHA-256 of its bytes, sorted by path. */
  public static Map<String, String> fingerprint(Path dir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(file).toString().replace('\\', '/'),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every HTML page under {@code site}, as paths relative to it. */
  public static List<String> htmlPages(Path site) {
    return fingerprint(site).keySet().stream().filter(path -> path.endsWith(".html")).toList();
  }
}
