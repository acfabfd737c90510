package org.frameworkportal.index;

import java.util.List;
import org.frameworkportal.output.Output;
import org.frameworkportal.output.OutputFile;
import org.frameworkportal.output.Reads;

/**
 * The search index and its documents, as JSON and as scripts (so search works from file:// too),
 * made together from the whole portal.
 */
public final class SearchFiles implements Output<String> {

  @Override
  public List<String> subjects(Reads reads) {
    return List.of("search-index.json");
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  public List<OutputFile> make(String subject, Reads reads) {
    return new SearchIndex().render(reads.everything());
  }

  /** No page shows the index: the preview brings it up to date after the pages. */
  @Override
  public boolean shownOnPages() {
    return false;
  }
}
