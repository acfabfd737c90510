package org.frameworkportal.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * The content folder as the loader reaches it. Every file and folder is looked at before it is
 * read, so that whatever cannot be read (a folder where a file belongs, a broken link, a link
 * leading out of the content folder, a file without permission, one that vanished) is a problem
 * naming it, never an exception; and no file outside the content folder is ever read.
 */
final class ContentFolder {

  /** How the loader reaches the disk: a test replaces it to fail as an editor's disk can. */
  interface Disk {
    /** The entries of a folder. */
    List<Path> list(Path folder) throws IOException;

    /** A file's bytes, at most {@code limit} of them. */
    byte[] read(Path file, int limit) throws IOException;
  }

  static final Disk REAL_DISK =
      new Disk() {
        @Override
        public List<Path> list(Path folder) throws IOException {
          try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
          }
        }

        @Override
        public byte[] read(Path file, int limit) throws IOException {
          try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(
                limit); // bounded: a file that grows while read cannot fill the memory
          }
        }
      };

  /** What a path turned out to be. */
  enum Kind {
    MISSING,
    FILE,
    FOLDER,
    OTHER,
    BROKEN_LINK,
    OUTSIDE,
    UNREADABLE
  }

  private final Path root;
  private final String displayRoot;
  private final Disk disk;
  private @Nullable Path realRoot;

  ContentFolder(Path root, String displayRoot, Disk disk) {
    this.root = root;
    this.displayRoot = displayRoot;
    this.disk = disk;
  }

  /** A path as the editor sees it: {@code content/frameworks/x/roles/y.yaml}. */
  String display(Path path) {
    String relative = root.relativize(path).toString().replace('\\', '/');
    return displayRoot.isEmpty()
        ? relative
        : relative.isEmpty() ? displayRoot : displayRoot + "/" + relative;
  }

  byte[] read(Path file, int limit) throws IOException {
    return disk.read(file, limit);
  }

  /**
   * Whether {@code path} is a file that can be read. Anything else is a problem, except a missing
   * file that is not {@code required}.
   */
  boolean isFile(Path path, boolean required, Problems problems) {
    Kind kind = look(path, problems);
    if (kind == Kind.MISSING && required) {
      problems.add(
          at(path),
          "the file " + path.getFileName() + " is missing",
          path.getFileName().toString().equals("framework.yaml")
              ? "every folder in frameworks/ needs a framework.yaml"
              : "create it");
    } else if (kind == Kind.FOLDER) {
      problems.add(
          at(path),
          "this is a folder, but a file is expected here",
          "rename the folder, or move it out of " + display(parentOf(path)) + "/");
    } else if (kind == Kind.OTHER) {
      problems.add(at(path), "this is not an ordinary file", "replace it with the file itself");
    }
    return kind == Kind.FILE;
  }

  /** Whether {@code path} is a folder that can be read; a missing one is simply not there. */
  boolean isFolder(Path path, Problems problems) {
    Kind kind = look(path, problems);
    if (kind == Kind.FILE || kind == Kind.OTHER) {
      problems.add(
          at(path),
          "this is a file, but a folder is expected here",
          "move the file elsewhere, and make a folder named " + path.getFileName());
    }
    return kind == Kind.FOLDER;
  }

  /**
   * What {@code path} is. A link counts as what it leads to; one that leads nowhere or out of the
   * content folder, and a path that cannot be looked at, are problems here.
   */
  Kind look(Path path, Problems problems) {
    Kind kind = kindOf(path, problems);
    switch (kind) {
      case BROKEN_LINK ->
          problems.add(
              at(path),
              "this is a link to a file or folder that does not exist",
              "put the file itself here, or delete the link");
      case OUTSIDE -> {
        String noun = Files.isDirectory(path) ? "folder" : "file";
        problems.add(
            at(path),
            "this is a link to a " + noun + " outside the content folder",
            "copy the "
                + noun
                + " into "
                + (displayRoot.isEmpty() ? "the content folder" : displayRoot + "/")
                + " instead");
      }
      default -> {}
    }
    return kind;
  }

  /**
   * The entries of a folder that {@link #isFolder} accepted, hidden ones left out, sorted by name
   * so that every build reads, and reports, in the same order; empty when it cannot be read.
   */
  Optional<List<Path>> entries(Path folder, Problems problems) {
    try {
      return Optional.of(
          disk.list(folder).stream()
              .filter(path -> !path.getFileName().toString().startsWith("."))
              .sorted(Comparator.comparing(path -> path.getFileName().toString()))
              .toList());
    } catch (IOException e) {
      problems.add(at(folder), unreadable(e, "folder"));
      return Optional.empty();
    }
  }

  /** Plain words for why a file or folder could not be read. */
  static Problem.Text unreadable(IOException e, String noun) {
    if (e instanceof AccessDeniedException) {
      return new Problem.Text(
          "the " + noun + " could not be opened: permission denied",
          "check that your account may open it, and that no other program has it locked");
    }
    if (e instanceof NoSuchFileException) {
      return new Problem.Text(
          "the " + noun + " disappeared while it was being read",
          "if it was moved or deleted on purpose, run the command again");
    }
    if (e instanceof NotDirectoryException) {
      return new Problem.Text(
          "this is a file, but a folder is expected here", "move the file elsewhere");
    }
    if (e instanceof FileSystemException fs
        && fs.getReason() != null
        && fs.getReason().contains("directory")) {
      return new Problem.Text(
          "this is a folder, but a file is expected here", "rename the folder, or move it");
    }
    return new Problem.Text(
        "the " + noun + " could not be read",
        "check that it is not open in another program, then run the command again");
  }

  private Kind kindOf(Path path, Problems problems) {
    try {
      BasicFileAttributes own;
      try {
        own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return Kind.MISSING;
      }
      if (own.isSymbolicLink()) {
        Path target;
        try {
          target = path.toRealPath();
        } catch (IOException e) {
          return Kind.BROKEN_LINK; // leads nowhere, or round in a circle
        }
        if (!target.startsWith(realRoot())) {
          return Kind.OUTSIDE;
        }
        own = Files.readAttributes(target, BasicFileAttributes.class);
      }
      return own.isDirectory() ? Kind.FOLDER : own.isRegularFile() ? Kind.FILE : Kind.OTHER;
    } catch (IOException e) {
      problems.add(at(path), unreadable(e, "file"));
      return Kind.UNREADABLE;
    }
  }

  private Path realRoot() throws IOException {
    if (realRoot == null) {
      realRoot = root.toRealPath();
    }
    return realRoot;
  }

  /** The folder a content file or folder is in: the content folder or one inside it. */
  static Path parentOf(Path path) {
    return Objects.requireNonNull(path.getParent(), path::toString);
  }

  private SourcePosition at(Path path) {
    return SourcePosition.wholeFile(display(path));
  }
}
