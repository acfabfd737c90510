package org.frameworkportal.shape;

import static org.frameworkportal.shape.Presence.EXPECTED;
import static org.frameworkportal.shape.Presence.OPTIONAL;
import static org.frameworkportal.shape.Presence.REQUIRED;
import static org.frameworkportal.shape.Type.listOf;
import static org.frameworkportal.shape.Type.phrases;
import static org.frameworkportal.shape.Type.reason;
import static org.frameworkportal.shape.Type.text;

/** {@code content/glossary.yaml}: the acronyms and terms the content uses, and what they mean. */
public final class GlossaryYaml {
  private GlossaryYaml() {}

  public static final Shape TERM =
      Shape.named("glossaryTerm", "a glossary term")
          .plural("terms")
          .about("Glossary term", "One acronym or term and what it means.")
          .key(
              "term",
              REQUIRED,
              text(),
              "Term",
              "The acronym or term exactly as the content writes it, capital letters included."
                  + " For example: ASYE")
          .key(
              "meaning",
              REQUIRED,
              text(),
              "Meaning",
              "What it stands for or means, in a few words. Shown when the reader points at the"
                  + " term. For example: Assessed and Supported Year in Employment")
          .key(
              "also",
              OPTIONAL,
              phrases(),
              "Other spellings",
              "Other ways the content writes the same term, one per line starting with '- '."
                  + " For example: - CoP")
          .key(
              "description",
              OPTIONAL,
              text(),
              "Description",
              "One or two plain sentences for the glossary page, saying more than the meaning.")
          .key(
              "provisional",
              OPTIONAL,
              reason(),
              "Provisional",
              "Why the meaning is not settled (the frameworks use the term without spelling it"
                  + " out). Staff see 'Meaning to be confirmed'; remove the key when HR confirm"
                  + " it.")
          .build();

  public static final Shape GLOSSARY =
      Shape.named("glossary", "glossary.yaml")
          .about(
              "glossary.yaml",
              "The acronyms and terms used in the frameworks, and what they mean. The site lists"
                  + " them on its glossary page and explains the first use of each on every page."
                  + " One file: content/glossary.yaml.")
          .key(
              "terms",
              EXPECTED,
              listOf(TERM),
              "Terms",
              "The acronyms and terms, each with 'term', 'meaning', and optionally 'also' and"
                  + " 'description'. For example: '- term: ASYE' with 'meaning: Assessed and"
                  + " Supported Year in Employment' on the next line.")
          .key(Statements.NOTES)
          .build();
}
