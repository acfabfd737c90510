package org.frameworkportal.shape;

import static org.frameworkportal.shape.Presence.OPTIONAL;
import static org.frameworkportal.shape.Presence.REQUIRED;
import static org.frameworkportal.shape.Type.id;
import static org.frameworkportal.shape.Type.idList;
import static org.frameworkportal.shape.Type.reason;
import static org.frameworkportal.shape.Type.statementText;
import static org.frameworkportal.shape.Type.text;
import static org.frameworkportal.shape.Type.texts;

/** What every kind of file shares: statements (requirements, evidence ...) and editorial notes. */
public final class Statements {
  private Statements() {}

  /** One statement of a list: just its text, or its text with the keys below. */
  public static final Shape ITEM =
      Shape.named("item", "a statement")
          .plural("statements")
          .about(
              "Statement",
              "One statement. Usually just its text after '- ', for example: - Degree in Social"
                  + " Work. To give it a sub-heading, skills or a note, write 'text:' after the '- '"
                  + " and the other keys on the lines below, lined up with 'text'.")
          .shorthand(Shape.Shorthand.STATEMENT)
          .key(
              "text",
              REQUIRED,
              statementText(),
              "Statement text",
              "The statement itself, as plain text (not Markdown). For example: Registration with"
                  + " Social Work England")
          .key(
              "group",
              OPTIONAL,
              text(),
              "Sub-heading",
              "A sub-heading inside the category that the statement is shown under. For example:"
                  + " Year 1 (or Year 2, for the ASYE years).")
          .key(
              "skills",
              OPTIONAL,
              idList(id()),
              "Extra skills",
              "Ids of transferable skills from skills.yaml to tag the statement with, in addition"
                  + " to those its wording matches. For example: [safeguarding-adults]")
          .key(
              "not_skills",
              OPTIONAL,
              idList(id()),
              "Skills not to tag",
              "Ids of transferable skills from skills.yaml that the statement's wording matches"
                  + " wrongly, so that it is not tagged with them. For example: [driving]")
          .key(
              "note",
              OPTIONAL,
              text(),
              "Editorial note",
              "A note for reviewers about this statement, never published. Put it in quotes if it"
                  + " contains a colon. For example: \"Reviewer: is this still needed?\"")
          .key(
              "provisional",
              OPTIONAL,
              reason(),
              "Provisional",
              "Why the statement is not settled (cut off in the source, or placed at this level by"
                  + " judgement). Staff see 'Wording to be confirmed'; remove the key when HR"
                  + " confirm it.")
          .build();

  /** A list of statements. */
  public static final Type LIST = Type.listOf(ITEM);

  /** Editorial notes, which every file may have. */
  public static final Key NOTES =
      new Key(
          "notes",
          OPTIONAL,
          texts(),
          "Editorial notes",
          "Notes for editors and reviewers, never published. One per line starting with '- ', in"
              + " quotes if it contains a colon. For example: - \"Reviewer: check the grade with"
              + " HR\"");
}
