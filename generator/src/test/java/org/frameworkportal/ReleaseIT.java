package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release HR install (docs/release.md), as {@code ./mvnw package} left it in target/: what the
 * archives hold, and that, unpacked into an empty folder with an empty home folder and no network,
 * the packaged launcher builds, checks and serves the packaged content with Java alone, also from a
 * folder whose name has spaces and non-ASCII letters; without Java, or with one too old, it says in
 * one sentence what to install.
 */
class ReleaseIT {
  @TempDir Path tmp;

  private static final String TOP = "portal-" + System.getProperty("portal.version");

  private static Path archive(String extension) {
    Path archive = Path.of("target", TOP + extension).toAbsolutePath();
    assertTrue(Files.isRegularFile(archive), archive + " is made by ./mvnw package");
    return archive;
  }

  @Test
  void theZipHoldsTheGeneratorItsLibrariesLaunchersTemplatesAssetsContentAndGuide()
      throws IOException {
    Path home = PortalRun.home();
    try (FileSystem zip =
        FileSystems.newFileSystem(archive(".zip"), Map.of("enablePosixFileAttributes", true))) {
      Path top = zip.getPath(TOP);
      for (String folder : List.of("content", "templates", "site-assets")) {
        assertEquals(
            PortalRun.fingerprint(home.resolve(folder)),
            PortalRun.fingerprint(top.resolve(folder)),
            folder + "/ is the project's, file for file");
      }
      for (String file : List.of("portal", "portal.cmd", "docs/content-guide.md")) {
        assertEquals(
            Arrays.toString(Files.readAllBytes(home.resolve(file))),
            Arrays.toString(Files.readAllBytes(top.resolve(file))),
            file);
      }
      String cmd = Files.readString(top.resolve("portal.cmd"), StandardCharsets.UTF_8);
      assertEquals(
          cmd.split("\n", -1).length,
          cmd.split("\r\n", -1).length,
          "portal.cmd has Windows line endings throughout (cmd misreads labels otherwise)");
      assertFalse(Files.exists(top.resolve("mvnw")), "no Maven in a release");
      assertFalse(Files.exists(top.resolve("generator")), "no sources in a release");

      String readme = Files.readString(top.resolve("README.txt"));
      for (String said :
          List.of("Java 17", "adoptium.net", "portal build", "portal check", "portal serve")) {
        assertTrue(readme.contains(said), "README.txt says " + said);
      }

      // The generator's manifest names its libraries, and app/lib holds exactly those.
      Manifest manifest;
      try (InputStream jar = Files.newInputStream(top.resolve("app/portal.jar"));
          JarInputStream entries = new JarInputStream(jar)) {
        manifest = entries.getManifest();
      }
      assertEquals(
          "org.frameworkportal.cli.PortalCommand",
          manifest.getMainAttributes().getValue("Main-Class"));
      Set<String> named =
          new TreeSet<>(
              Arrays.asList(manifest.getMainAttributes().getValue("Class-Path").split(" ")));
      Set<String> shipped;
      try (Stream<Path> libs = Files.list(top.resolve("app/lib"))) {
        shipped =
            libs.map(lib -> "lib/" + lib.getFileName())
                .collect(Collectors.toCollection(TreeSet::new));
      }
      assertEquals(named, shipped);

      // Fixed modes and one time for every entry: the same sources give the same bytes.
      Set<FileTime> times = new TreeSet<>();
      Map<String, String> modes = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(top)) {
        for (Path entry : walk.toList()) {
          PosixFileAttributes attributes = Files.readAttributes(entry, PosixFileAttributes.class);
          times.add(attributes.lastModifiedTime());
          String mode = PosixFilePermissions.toString(attributes.permissions());
          String expected =
              attributes.isDirectory() || entry.equals(top.resolve("portal"))
                  ? "rwxr-xr-x"
                  : "rw-r--r--";
          if (!mode.equals(expected)) {
            modes.put(entry.toString(), mode);
          }
        }
      }
      assertEquals(Map.of(), modes, "entries with another mode");
      assertEquals(1, times.size(), "one time for every entry: " + times);
    }
  }

  @Test
  void theTarHoldsTheSameFilesAsTheZipWithTheLauncherExecutable() throws Exception {
    List<String> listing = run(List.of("tar", "-tvzf", archive(".tar.gz").toString()));
    Set<String> files = new TreeSet<>();
    for (String line : listing) {
      String name = line.substring(line.indexOf(TOP + "/"));
      if (!name.endsWith("/")) {
        files.add(name);
        String mode = line.substring(0, 10);
        assertEquals(name.equals(TOP + "/portal") ? "-rwxr-xr-x" : "-rw-r--r--", mode, name);
      }
    }
    Set<String> zipFiles = new TreeSet<>();
    try (FileSystem zip = FileSystems.newFileSystem(archive(".zip"))) {
      try (Stream<Path> walk = Files.walk(zip.getPath(TOP))) {
        walk.filter(Files::isRegularFile).forEach(file -> zipFiles.add(file.toString()));
      }
    }
    assertEquals(zipFiles, files);
  }

  @Test
  void unpackedWithAnEmptyHomeAndNoNetworkItBuildsChecksAndServesWithJavaAlone() throws Exception {
    Path script = Path.of("src/test/resources/release/try-release.sh").toAbsolutePath();
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path work = Files.createDirectories(tmp.resolve("work"));
    List<String> isolation = isolation();
    List<String> command = new ArrayList<>(isolation);
    command.addAll(
        List.of(
            "bash",
            script.toString(),
            archive(".tar.gz").toString(),
            work.toString(),
            isolation.isEmpty() ? "no" : "yes"));
    ProcessBuilder process = new ProcessBuilder(command);
    Map<String, String> environment = process.environment();
    environment.clear(); // no locale, no JAVA_HOME, no Maven settings: a new computer
    environment.put("HOME", home.toString());
    environment.put("PATH", javaBin() + ":/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
    environment.put("TMPDIR", Files.createDirectories(tmp.resolve("tmp")).toString());
    Path log = tmp.resolve("try-release.log");
    int exit = finish(process.redirectErrorStream(true).redirectOutput(log.toFile()), 300);
    String said = Files.readString(log, StandardCharsets.UTF_8);

    assertEquals(0, exit, said);
    List<String> steps =
        said.lines()
            .filter(line -> line.startsWith("step: "))
            .map(line -> line.substring(6))
            .toList();
    if (!isolation.isEmpty()) {
      assertEquals("network interfaces: lo ", steps.get(0), "only loopback: no network");
    }
    for (String place : List.of("plain", "Career Frameworks – Médway")) {
      int at = steps.indexOf("unpacked into " + work.resolve(place));
      assertTrue(at >= 0, said);
      assertTrue(steps.get(at + 1).matches("build: Built \\d+ files into site in \\d+ ms"), said);
      assertTrue(
          steps.get(at + 2).startsWith("check: No problems found in content: 3 frameworks"), said);
      assertTrue(
          steps.get(at + 3).matches("serve: HTTP/1.1 200 OK, <title>[^<]+</title>"),
          steps.get(at + 3));
    }
    assertTrue(steps.contains("the two sites are identical"), said);
    if (!isolation.isEmpty()) {
      assertTrue(
          steps.stream().anyMatch(step -> step.matches("read-only build: Built \\d+ files.*")),
          said);
    }
    assertEquals("done", steps.get(steps.size() - 1), said);

    // Nothing but the class-data archives (one per release folder) in the home folder: no Maven
    // repository, no wrapper download.
    List<String> kept;
    try (Stream<Path> walk = Files.walk(home)) {
      kept =
          walk.filter(Files::isRegularFile)
              .map(file -> home.relativize(file).toString())
              .sorted()
              .toList();
    }
    assertEquals(2, kept.size(), kept.toString());
    kept.forEach(
        file -> assertTrue(file.matches("\\.cache/framework-portal/portal-\\d+\\.jsa"), file));
  }

  @Test
  void withoutJavaItSaysWhatToInstallInOneSentence() throws Exception {
    Path release = unpack();
    Outcome outcome = launch(release, Map.of(), tools(), "build");
    assertEquals(3, outcome.exit());
    assertEquals(
        List.of(
            "Framework Portal needs Java 17 or newer, and none was found on this computer; install"
                + " it from https://adoptium.net (or ask IT), then try again."),
        outcome.lines());
    assertFalse(Files.exists(release.resolve("site")));
  }

  @Test
  void withJavaTooOldItSaysWhichAndWhatToInstall() throws Exception {
    Path release = unpack();
    Path old = oldJava();
    Outcome outcome = launch(release, Map.of("JAVA_HOME", old.toString()), tools(), "build");
    assertEquals(3, outcome.exit());
    assertEquals(
        List.of(
            "Framework Portal needs Java 17 or newer, but this computer has only Java 8 at "
                + old.resolve("bin/java")
                + "; install Java 17 or newer from https://adoptium.net (or ask IT), then try"
                + " again."),
        outcome.lines());
  }

  @Test
  void aJavaHomeTooOldGivesWayToANewerJavaOnPath() throws Exception {
    Path release = unpack();
    Outcome outcome =
        launch(
            release,
            Map.of("JAVA_HOME", oldJava().toString()),
            tools() + ":" + javaBin(),
            "--version");
    assertEquals(0, outcome.exit(), outcome.lines().toString());
  }

  /** What a launch printed (standard error and output together) and its exit status. */
  private record Outcome(int exit, List<String> lines) {}

  private Outcome launch(Path release, Map<String, String> extra, String path, String... args)
      throws Exception {
    List<String> command =
        new ArrayList<>(List.of("/bin/bash", release.resolve("portal").toString()));
    command.addAll(List.of(args));
    ProcessBuilder process = new ProcessBuilder(command).directory(release.toFile());
    process.environment().clear();
    process.environment().put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
    process.environment().put("PATH", path);
    process.environment().putAll(extra);
    Path log = Files.createTempFile(tmp, "launch", ".log");
    int exit = finish(process.redirectErrorStream(true).redirectOutput(log.toFile()), 60);
    return new Outcome(exit, Files.readAllLines(log));
  }

  private Path unpack() throws Exception {
    Path into = Files.createDirectories(tmp.resolve("release"));
    run(List.of("tar", "-xzf", archive(".tar.gz").toString(), "-C", into.toString()));
    return into.resolve(TOP);
  }

  /** A folder with the tools the launcher uses, and no java. */
  private Path toolsFolder;

  private String tools() throws IOException {
    if (toolsFolder == null) {
      toolsFolder = Files.createDirectories(tmp.resolve("tools"));
      for (String tool :
          List.of(
              "bash",
              "dirname",
              "readlink",
              "locale",
              "sed",
              "head",
              "cat",
              "cut",
              "cksum",
              "mkdir",
              "mktemp",
              "rm",
              "mv",
              "find")) {
        for (String dir : List.of("/usr/bin", "/bin")) {
          if (Files.isExecutable(Path.of(dir, tool))) {
            Files.createSymbolicLink(toolsFolder.resolve(tool), Path.of(dir, tool));
            break;
          }
        }
      }
    }
    return toolsFolder.toString();
  }

  /** A Java 8 as it answers -version, after the line JAVA_TOOL_OPTIONS adds. */
  private Path oldJava() throws IOException {
    Path home = tmp.resolve("jre8");
    Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "echo 'Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8' >&2\n"
            + "echo 'java version \"1.8.0_381\"' >&2\n"
            + "echo 'Java(TM) SE Runtime Environment (build 1.8.0_381-b09)' >&2\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin").toString();
  }

  /**
   * A new network and mount namespace where this machine allows one: as root ({@code unshare -n}),
   * else as a user mapped to root ({@code unshare -rn}); where neither works the script runs
   * without, still with an empty home folder and no Maven (docs/release.md).
   */
  private static List<String> isolation() throws Exception {
    for (List<String> unshare :
        List.of(List.of("unshare", "-n", "-m"), List.of("unshare", "-r", "-n", "-m"))) {
      List<String> probe = new ArrayList<>(unshare);
      probe.addAll(List.of("ip", "link", "set", "lo", "up"));
      try {
        if (finish(new ProcessBuilder(probe).redirectErrorStream(true), 20) == 0) {
          return unshare;
        }
      } catch (IOException notThere) {
        // no unshare or no ip: try the next way, or none
      }
    }
    return List.of();
  }

  private static List<String> run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), command + ": " + out);
    return out.lines().toList();
  }

  private static int finish(ProcessBuilder builder, int seconds) throws Exception {
    if (builder.redirectOutput().type() == ProcessBuilder.Redirect.Type.PIPE) {
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
    Process process = builder.start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(builder.command() + " did not finish in " + seconds + " s");
    }
    return process.exitValue();
  }
}
