package org.frameworkportal.output;

import java.util.List;
import org.frameworkportal.changes.Manifest;

/** {@code manifest.json}: what this publish holds and changed, for the next build to compare. */
public final class ManifestFile implements Output<String> {

  @Override
  public List<String> subjects(Reads reads) {
    return List.of(Manifest.FILE);
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  public List<OutputFile> make(String subject, Reads reads) {
    return List.of(new OutputFile(Manifest.FILE, reads.manifest().toJson()));
  }

  /** No page shows it: the preview brings it up to date after the pages. */
  @Override
  public boolean shownOnPages() {
    return false;
  }
}
