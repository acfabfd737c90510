package org.frameworkportal.index;

import java.util.ArrayList;
import java.util.List;
import org.frameworkportal.output.Output;
import org.frameworkportal.output.OutputFile;
import org.frameworkportal.output.Reads;

/**
 * The search files, made together from the whole portal: the lunr.js index and its documents as
 * JSON for tools, and the parts the search page loads as scripts (so it works from file:// too).
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
    List<OutputFile> files = new ArrayList<>(new SearchIndex().render(reads.everything()));
    files.addAll(
        new SearchParts(
                SearchVocabulary.PROCESS.with(
                    SearchVocabulary.glossary(reads.everything().content().glossary())))
            .render(new SearchUnits().units(reads.everything())));
    return files;
  }

  /** No page shows the index: the preview brings it up to date after the pages. */
  @Override
  public boolean shownOnPages() {
    return false;
  }
}
