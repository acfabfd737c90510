package org.frameworkportal.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What went wrong with the disk, in words for the person running the build: a full disk, a
 * read-only folder, a file in the way, a folder that cannot be replaced whole.
 */
final class DiskProblems {
  private DiskProblems() {}

  /**
   * What went wrong with the disk, in words for the person running the build: a full disk, a
   * read-only folder, a file in the way; the published site is unchanged in every case.
   */
  static String plainReason(IOException e, Path where) {
    String reason =
        e instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : String.valueOf(e.getMessage());
    String lower = reason.toLowerCase(Locale.ROOT);
    String file =
        e instanceof FileSystemException fs && fs.getFile() != null
            ? fs.getFile()
            : where.toString();
    String unchanged = " The published site was not changed.";
    if (lower.contains("no space left")
        || lower.contains("disk quota")
        || lower.contains("not enough space")) {
      return "the disk that holds "
          + where
          + " is full; free some space and try again."
          + unchanged;
    }
    if (lower.contains("read-only")) {
      return where + " is on a read-only disk; choose another --out." + unchanged;
    }
    if (e instanceof AccessDeniedException
        || lower.contains("permission denied")
        || lower.contains("access is denied")) {
      return "you do not have permission to write "
          + file
          + "; choose another --out, or ask for write access."
          + unchanged;
    }
    if (e instanceof NotDirectoryException
        || e instanceof FileAlreadyExistsException
        || lower.contains("not a directory")) {
      return file + " is a file where a folder is needed; choose another --out." + unchanged;
    }
    if (e instanceof NoSuchFileException) {
      return file + " disappeared while the portal was using it; try again." + unchanged;
    }
    if (lower.contains("file name too long") || lower.contains("name too long")) {
      return "a path under "
          + where
          + " is too long for this disk; choose an --out with a shorter path."
          + unchanged;
    }
    return "could not write " + file + " (" + reason + ")." + unchanged;
  }

  /**
   * Why a folder could not be replaced: most often a folder that is a disk of its own (a mount
   * point).
   */
  static String cannotReplace(Path target, IOException e) {
    String reason =
        e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
    if (reason.toLowerCase(Locale.ROOT).contains("busy")
        || reason.toLowerCase(Locale.ROOT).contains("cross-device")) {
      return target
          + " cannot be replaced as a whole (it is a disk or share of its own, or in use); choose a"
          + " folder inside it, for example --out "
          + target.resolve("site")
          + ". The published site was not changed.";
    }
    return plainReason(e, target);
  }
}
