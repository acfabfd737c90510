package org.frameworkportal.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.frameworkportal.model.GlossaryTerm;
import org.frameworkportal.output.Reads;
import org.frameworkportal.output.SitePaths;
import org.frameworkportal.render.Views.GlossaryEntry;
import org.frameworkportal.render.Views.GlossaryLetter;
import org.frameworkportal.render.Views.PageMeta;

/** The glossary: every term of glossary.yaml from A to Z, each with its own anchor. */
final class GlossaryPage extends PageKind<String> {

  GlossaryPage(Pages pages) {
    super(pages);
  }

  @Override
  public List<String> subjects(Reads reads) {
    return List.of(pages.paths.glossary());
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  Shown show(String path, Reads reads) {
    Map<String, List<GlossaryEntry>> byLetter = new TreeMap<>();
    reads.glossary().stream()
        .sorted(
            Comparator.comparing((GlossaryTerm t) -> t.term().toLowerCase(Locale.ROOT))
                .thenComparing(GlossaryTerm::term))
        .forEach(
            term ->
                byLetter
                    .computeIfAbsent(
                        term.term().substring(0, 1).toUpperCase(Locale.ROOT),
                        l -> new ArrayList<>())
                    .add(
                        new GlossaryEntry(
                            term.term(),
                            SitePaths.glossaryAnchor(term.term()),
                            term.meaning(),
                            term.also(),
                            term.description(),
                            term.provisional())));
    List<GlossaryLetter> letters =
        byLetter.entrySet().stream()
            .map(e -> new GlossaryLetter(e.getKey(), e.getValue()))
            .toList();
    PageMeta meta =
        new PageMeta(
            "glossary.ftlh",
            path,
            "Glossary",
            "What the acronyms and terms in the career progression frameworks mean.",
            "glossary",
            Pages.markers(),
            List.of(pages.homeCrumb()));
    return new Shown(meta, letters);
  }
}
