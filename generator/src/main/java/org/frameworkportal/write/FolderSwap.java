package org.frameworkportal.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How a finished build replaces the site: two renames between folders beside it, each undone when
 * the next fails, so that the published site is either the old one or the new one.
 *
 * @param target the output folder ("site")
 * @param building where the new build is written (".site.building")
 * @param previous where the old site waits while the new one moves in (".site.previous")
 */
record FolderSwap(Path target, Path building, Path previous) {

  /** The folders beside {@code target}: on the same disk, so the swap is a rename. */
  static FolderSwap beside(Path target) {
    return new FolderSwap(target, siblingOf(target, ".building"), siblingOf(target, ".previous"));
  }

  /** {@code .site.building} beside {@code site}. */
  private static Path siblingOf(Path target, String suffix) {
    return target.resolveSibling("." + target.getFileName() + suffix);
  }

  /**
   * Target first moves aside, then the new build takes its place, then the old one is deleted. A
   * move that fails is undone, so the message "the published site was not changed" stays true; the
   * old site is deleted on a best-effort basis, since by then the new one is published.
   */
  void swap() throws IOException {
    boolean hadTarget = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    try {
      if (hadTarget) {
        move(target, previous);
      }
    } catch (IOException e) {
      FolderRemoval.deleteQuietly(building);
      throw new SiteWriter.OutputProblem(DiskProblems.cannotReplace(target, e));
    }
    try {
      move(building, target);
    } catch (IOException e) {
      if (hadTarget) {
        move(previous, target); // the old site back where it was
      }
      FolderRemoval.deleteQuietly(building);
      throw new SiteWriter.OutputProblem(DiskProblems.cannotReplace(target, e));
    }
    FolderRemoval.deleteQuietly(previous);
  }

  /**
   * A build killed between the two moves of a swap leaves only the previous site, set aside: put it
   * back.
   */
  void recoverInterrupted() throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(previous.resolve(OutputFolder.MARKER))) {
      move(previous, target);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
