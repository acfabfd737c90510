package org.frameworkportal.workbook;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** A workbook file on disk: whether another program has it open, and why it cannot be used. */
public final class WorkbookFile {
  private WorkbookFile() {}

  /**
   * Why the workbook seems open in another program (Excel and LibreOffice leave a lock file beside
   * a workbook they have open), or null. Unsaved edits there are not in the file yet.
   */
  public static @Nullable String openElsewhere(Path workbook) {
    Path file = workbook.toAbsolutePath();
    Path folder = file.getParent();
    String name = String.valueOf(file.getFileName());
    if (folder == null) {
      return null;
    }
    if (Files.exists(folder.resolve(".~lock." + name + "#"))) {
      return "is open in LibreOffice (its lock file .~lock." + name + "# is beside it)";
    }
    for (String owner :
        name.length() > 2
            ? new String[] {"~$" + name, "~$" + name.substring(2)}
            : new String[] {}) {
      if (Files.exists(folder.resolve(owner))) {
        return "is open in Excel (its lock file " + owner + " is beside it)";
      }
    }
    return null;
  }

  /** Why a file could not be read or written, in plain words. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "the file or its folder does not exist";
    }
    boolean inUse =
        e instanceof FileSystemException fs
            && String.valueOf(fs.getReason())
                .toLowerCase(java.util.Locale.ROOT)
                .contains("used by another process");
    if (inUse || e instanceof AccessDeniedException) {
      return "it is open in another program (Excel?) or you may not change it; close it there and try"
          + " again";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
