package org.frameworkportal.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.shape.Ids;
import org.jspecify.annotations.Nullable;

/**
 * Finds the content files in a content folder: framework folders, role files, profiles and pages,
 * each name checked as an id.
 */
final class ContentFiles {
  private final Path contentDir;
  private final ContentFolder folder;

  ContentFiles(Path contentDir, ContentFolder folder) {
    this.contentDir = contentDir;
    this.folder = folder;
  }

  /**
   * The framework folders: every folder in frameworks/ (a file there is not a framework, and is
   * left alone).
   */
  List<Path> frameworkFolders(Problems problems) {
    Path frameworks = contentDir.resolve("frameworks");
    List<Path> dirs = new ArrayList<>();
    if (!folder.isFolder(frameworks, problems)) {
      return dirs;
    }
    for (Path dir : folder.entries(frameworks, problems).orElse(List.of())) {
      if (folder.look(dir, problems) == ContentFolder.Kind.FOLDER) {
        Fields.checkId(
            folderId(dir), Ids.Kind.FRAMEWORK, wholeFile(dir.resolve("framework.yaml")), problems);
        dirs.add(dir);
      }
    }
    return dirs;
  }

  /**
   * A framework's role files that can be read; the ids of all, readable or not, go to {@code
   * found}.
   */
  Optional<List<Path>> roleFiles(Path frameworkDir, Problems problems, Set<String> found) {
    return files(frameworkDir.resolve("roles"), ".yaml", Ids.Kind.ROLE, problems, found);
  }

  /** The profile files that can be read. */
  List<Path> profiles(Problems problems) {
    return files(contentDir.resolve("profiles"), ".yaml", Ids.Kind.PROFILE, problems, null)
        .orElse(List.of());
  }

  /** The page files that can be read. */
  List<Path> pages(Problems problems) {
    return files(contentDir.resolve("pages"), ".md", Ids.Kind.PAGE, problems, null)
        .orElse(List.of());
  }

  /**
   * The content files in a folder (names ending in {@code extension}) that can be read, each name
   * checked as an id. Anything there named like a content file that cannot be read as one is a
   * problem; so is another file in a folder of .yaml files. Other folders are left alone. Empty
   * when the folder cannot be read (a problem); a missing folder has no files.
   *
   * @param found if not null, receives the full id of every file named like a content file
   */
  private Optional<List<Path>> files(
      Path dir, String extension, Ids.Kind kind, Problems problems, @Nullable Set<String> found) {
    List<Path> files = new ArrayList<>();
    if (!folder.isFolder(dir, problems)) {
      return Optional.of(files);
    }
    Optional<List<Path>> entries = folder.entries(dir, problems);
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    for (Path entry : entries.get()) {
      String name = entry.getFileName().toString();
      if (name.endsWith(extension)) {
        if (found != null) {
          found.add(folderId(ContentFolder.parentOf(dir)) + "/" + idOf(entry));
        }
        Fields.checkId(idOf(entry), kind, wholeFile(entry), problems);
        if (folder.isFile(entry, true, problems)) {
          files.add(entry);
        }
      } else if (folder.look(entry, problems) == ContentFolder.Kind.FILE
          && extension.equals(".yaml")) {
        problems.add(wholeFile(entry), "only .yaml files belong in this folder", renameHint(name));
      }
    }
    return Optional.of(files);
  }

  /**
   * "team-manager.YAML", "team-manager.yaml.txt", "x.yml": the name to give it; otherwise, move it.
   */
  private static String renameHint(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    int at = Math.max(lower.lastIndexOf(".yaml"), lower.lastIndexOf(".yml"));
    return at > 0 ? "rename it to " + name.substring(0, at) + ".yaml" : "move the file elsewhere";
  }

  private SourcePosition wholeFile(Path file) {
    return SourcePosition.wholeFile(folder.display(file));
  }

  /** A file's id is its name without the extension. */
  static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** A folder's id is its whole name. */
  static String folderId(Path dir) {
    return dir.getFileName().toString();
  }
}
