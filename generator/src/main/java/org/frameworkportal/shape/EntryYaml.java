package org.frameworkportal.shape;

import static org.frameworkportal.shape.Presence.OPTIONAL;
import static org.frameworkportal.shape.Presence.REQUIRED;
import static org.frameworkportal.shape.Type.id;
import static org.frameworkportal.shape.Type.idList;
import static org.frameworkportal.shape.Type.listOf;
import static org.frameworkportal.shape.Type.text;

/**
 * What entry to a role needs beyond experience (a registration, a qualifying degree, a named
 * qualification): {@code entry:} in framework.yaml for all its roles, and in a role file for that
 * role alone ({@code entry: []} where it needs none).
 */
public final class EntryYaml {
  private EntryYaml() {}

  /** The kinds of entry need, as editors write them. */
  public static final java.util.List<String> KINDS =
      java.util.List.of("registration", "qualification");

  public static final Shape ENTRY_NEED =
      Shape.named("entryNeed", "an entry requirement")
          .plural("entry requirements")
          .about(
              "Entry requirement",
              "One thing entry to the role needs beyond experience. For example: '- id:"
                  + " swe-registration' with 'text: Registration with Social Work England' and"
                  + " 'kind: registration' below it.")
          .key(
              "id",
              REQUIRED,
              id(),
              "Entry requirement id",
              "Lowercase words joined by hyphens. Two roles that need the same thing use the same"
                  + " id, so a move between them does not list it. For example: hcpc-registration")
          .key(
              "text",
              REQUIRED,
              text(),
              "Entry requirement",
              "What is needed, in a few words, as staff read it on suggested moves. It must be"
                  + " one of the role's level A qualifications in other words. For example:"
                  + " Registration with Social Work England")
          .key(
              "kind",
              REQUIRED,
              text(),
              "Kind",
              "'registration' (a protected title: registration with a regulator) or"
                  + " 'qualification' (a degree or a named qualification). For example:"
                  + " registration")
          .key(
              "met_by",
              OPTIONAL,
              idList(id()),
              "Met by",
              "Ids of other entry requirements that also meet this one, where the role accepts"
                  + " any of several. For example: [social-work-degree,"
                  + " occupational-therapy-qualification]")
          .build();

  /** The key framework.yaml and role files share. */
  public static final String KEY = "entry";

  static final String ABOUT =
      "What entry needs beyond experience, each with 'id', 'text', 'kind' and optional"
          + " 'met_by'. In framework.yaml it is for every role; a role file's 'entry' replaces it"
          + " for that role ('entry: []' where the role needs none). For example: '- id:"
          + " hcpc-registration' with 'text: Registration with the HCPC' and 'kind: registration'"
          + " below it.";

  static Type list() {
    return listOf(ENTRY_NEED);
  }

  static final Presence PRESENCE = OPTIONAL;
}
