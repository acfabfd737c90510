package org.frameworkportal.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the portal may replace: a folder it wrote, holding only files it wrote. Its marker file
 * lists them, so that a file someone put into the site is found before anything is deleted. Also
 * the one reader of a file a previous build published ({@link #readPublished}).
 */
public final class OutputFolder {
  /** Marks a folder as the portal's output and lists what the portal wrote into it. */
  static final String MARKER = ".portal-site";

  private static final String LIST_HEADING = "Files written:";

  /** What a folder holds, as its marker's first line says. */
  static final String PUBLISHED = "build";

  static final String REVIEW = "review copy";

  static final String PREVIEW = "preview";

  static final String NOT_THE_PORTALS = "";

  /**
   * The kind of build in {@code folder}: one of the above; a first-release marker counts as
   * published.
   */
  static String kind(Path folder) {
    Path marker = folder.resolve(MARKER);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      return NOT_THE_PORTALS;
    }
    try (java.io.BufferedReader reader = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
      String first = String.valueOf(reader.readLine());
      for (String kind : List.of(REVIEW, PREVIEW)) {
        if (first.contains("(" + kind + ")")) {
          return kind;
        }
      }
      return PUBLISHED;
    } catch (IOException e) {
      return NOT_THE_PORTALS;
    }
  }

  private static final int NAMED_AT_MOST = 10;

  /**
   * The largest file {@link #readPublished} reads: the manifest of 2,000 roles is 13 MB, and a
   * larger file is not one the portal wrote.
   */
  static final int PUBLISHED_FILE_LIMIT = 256 << 20;

  private OutputFolder() {}

  /**
   * The bytes of {@code name} ("manifest.json") in the site last built into {@code out}; empty when
   * it is absent, not a file, unreadable, larger than {@link #PUBLISHED_FILE_LIMIT}, or a link
   * leading out of the folder. What a build reads of the last one only adds to what it shows (the
   * change log), so a file in doubt counts as none rather than stopping the build.
   */
  public static Optional<byte[]> readPublished(Path out, String name) {
    String why = OutputPaths.whyUnsafe(name);
    if (why != null) {
      throw new IllegalArgumentException("cannot read '" + name + "' of a site: " + why);
    }
    Path folder = out.toAbsolutePath().normalize();
    Path file = folder.resolve(name);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Path real = file.toRealPath();
      if (!real.startsWith(folder.toRealPath()) || Files.size(real) > PUBLISHED_FILE_LIMIT) {
        return Optional.empty();
      }
      // NOFOLLOW_LINKS: a link put in its place since the check is not followed.
      try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
        byte[] bytes = in.readNBytes(PUBLISHED_FILE_LIMIT + 1); // it may have grown since
        return bytes.length > PUBLISHED_FILE_LIMIT ? Optional.empty() : Optional.of(bytes);
      }
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The marker's text: what the folder is, and every file the portal wrote into it, sorted. */
  static byte[] marker(Collection<String> files, String what) {
    StringBuilder text =
        new StringBuilder()
            .append("Written by Framework Portal (")
            .append(what)
            .append(").\n")
            .append(
                "Each build replaces this folder as a whole. A build that finds a file not listed\n")
            .append("below stops and names it, rather than delete it.\n")
            .append(LIST_HEADING)
            .append('\n');
    new TreeSet<>(files).forEach(file -> text.append(file).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Refuses, naming them, when {@code folder} holds anything the portal did not write; a missing or
   * empty folder is fine. {@code what} names the folder's use in the message ("build", "preview").
   */
  static void refuseForeign(Path folder) {
    refuseForeign(folder, Set.of());
  }

  /**
   * As above; {@code alsoWritten} are the files the build about to replace the folder writes. A
   * marker from the first release lists no files: then only files this build also writes are taken
   * as the portal's, and anything else is named rather than deleted.
   */
  static void refuseForeign(Path folder, Set<String> alsoWritten) {
    List<String> foreign = foreignEntries(folder, alsoWritten);
    if (foreign.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder()
            .append(folder)
            .append(" holds ")
            .append(foreign.size() == 1 ? "something" : foreign.size() + " things")
            .append(" the portal did not write:\n");
    foreign.stream()
        .limit(NAMED_AT_MOST)
        .forEach(entry -> message.append("  ").append(entry).append('\n'));
    if (foreign.size() > NAMED_AT_MOST) {
      message.append("  ... and ").append(foreign.size() - NAMED_AT_MOST).append(" more\n");
    }
    message
        .append(
            "The portal replaces this folder as a whole, so it stopped rather than delete them.\n")
        .append("Move them out of ")
        .append(folder.getFileName())
        .append(
            " (for example into a folder beside it), or choose another --out, then try again.\n")
        .append("Nothing was changed.");
    throw new SiteWriter.OutputProblem(message.toString());
  }

  /** Paths inside {@code folder} the portal did not write, folders shown with a trailing '/'. */
  static List<String> foreignEntries(Path folder) {
    return foreignEntries(folder, Set.of());
  }

  static List<String> foreignEntries(Path folder, Set<String> alsoWritten) {
    try {
      if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        return List.of();
      }
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        throw new SiteWriter.OutputProblem(
            folder + " is a file, not a folder; choose another --out. Nothing was changed.");
      }
      Path marker = folder.resolve(MARKER);
      if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
        try (Stream<Path> entries = Files.list(folder)) {
          return entries.map(entry -> display(folder, entry)).sorted().toList();
        }
      }
      Set<String> written = writtenFiles(marker);
      if (written == null && alsoWritten.isEmpty()) {
        return List.of(); // a first-release site: decided when the new build knows what it writes
      }
      Set<String> ours = new HashSet<>(alsoWritten);
      if (written != null) {
        ours.addAll(written);
      }
      return unlisted(folder, ours);
    } catch (IOException e) {
      throw new SiteWriter.OutputProblem(SiteWriter.plainReason(e, folder));
    }
  }

  /**
   * The files a marker lists, or null for a marker written before markers listed them (trusted
   * whole).
   */
  private static @Nullable Set<String> writtenFiles(Path marker) throws IOException {
    List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
    int heading = lines.indexOf(LIST_HEADING);
    if (heading < 0) {
      return null;
    }
    return new HashSet<>(lines.subList(heading + 1, lines.size()));
  }

  private static List<String> unlisted(Path folder, Set<String> written) throws IOException {
    Set<String> folders = new HashSet<>();
    for (String file : written) {
      for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
        folders.add(file.substring(0, slash));
      }
    }
    List<String> foreign = new ArrayList<>();
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (dir.equals(folder) || folders.contains(relative(folder, dir))) {
              return FileVisitResult.CONTINUE;
            }
            foreign.add(display(folder, dir));
            return FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = relative(folder, file);
            if (!name.equals(MARKER) && !written.contains(name)) {
              foreign.add(display(folder, file));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return foreign.stream().sorted().toList();
  }

  private static String relative(Path folder, Path entry) {
    return folder.relativize(entry).toString().replace('\\', '/');
  }

  private static String display(Path folder, Path entry) {
    String name = OutputPaths.printable(folder.getFileName() + "/" + relative(folder, entry));
    return Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name;
  }
}
