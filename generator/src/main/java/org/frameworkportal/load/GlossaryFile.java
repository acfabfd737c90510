package org.frameworkportal.load;

import java.util.List;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.model.GlossaryTerm;
import org.frameworkportal.shape.GlossaryYaml;
import org.jspecify.annotations.Nullable;

/** Reads glossary.yaml: the acronyms and terms the content uses. */
final class GlossaryFile {
  private GlossaryFile() {}

  static List<GlossaryTerm> read(YamlNode node, Problems problems) {
    return Fields.of(node, problems, GlossaryYaml.GLOSSARY)
        .map(f -> f.list("terms", term -> term(term, problems)))
        .orElse(List.of());
  }

  private static @Nullable GlossaryTerm term(YamlNode node, Problems problems) {
    return Fields.of(node, problems, GlossaryYaml.TERM)
        .map(
            t ->
                new GlossaryTerm(
                    t.required("term"),
                    t.required("meaning"),
                    t.texts("also"),
                    t.text("description"),
                    t.reason("provisional"),
                    t.positionOf("term")))
        .orElse(null);
  }
}
