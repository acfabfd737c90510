package org.frameworkportal.shape;

import static org.frameworkportal.shape.Presence.EXPECTED;
import static org.frameworkportal.shape.Presence.OPTIONAL;
import static org.frameworkportal.shape.Presence.REQUIRED;
import static org.frameworkportal.shape.Type.byLevel;
import static org.frameworkportal.shape.Type.id;
import static org.frameworkportal.shape.Type.keys;
import static org.frameworkportal.shape.Type.link;
import static org.frameworkportal.shape.Type.links;
import static org.frameworkportal.shape.Type.markdownTexts;
import static org.frameworkportal.shape.Type.reason;
import static org.frameworkportal.shape.Type.roleRef;
import static org.frameworkportal.shape.Type.text;

/** {@code content/frameworks/<framework-id>/roles/<role-id>.yaml}: one role of a framework. */
public final class RoleYaml {
  private RoleYaml() {}

  /** A role's team, written with why it is only suggested. */
  public static final Shape SUGGESTED_TEAM =
      suggested("suggestedTeam", "team", "id", id(), "Suggested team");

  /** A next role, written with why it is only suggested. */
  public static final Shape SUGGESTED_NEXT_ROLE =
      suggested("suggestedNextRole", "next", "role", roleRef(), "Suggested next role");

  public static final Shape EVIDENCE =
      Shape.named("evidence", "the evidence of a level")
          .about("Evidence", "The evidence a level needs, by category.")
          .perCategory(
              new CategoryKeys(
                  Statements.LIST,
                  false,
                  "The evidence of that category the level needs, one statement per line starting"
                      + " with '- '.",
                  category -> category.title() + " evidence",
                  category ->
                      "The evidence of "
                          + category.id()
                          + " this level needs, one statement per line starting with '- '. For"
                          + " example: - "
                          + category.evidenceExample()))
          .build();

  public static final Shape LEVEL =
      Shape.named("level", "a level")
          .about(
              "Level",
              "What the role needs at this level, in addition to the levels before it. Every key"
                  + " is optional; {} (or nothing) is an empty level.")
          .mayBeEmpty()
          .key(
              "intro",
              OPTIONAL,
              text(),
              "Level introduction",
              "A line at the top of the level replacing the scheme's usual one. For example: In"
                  + " addition to Y2 level A")
          .key(
              "sector_framework",
              OPTIONAL,
              text(),
              "Sector framework of the level",
              "The professional standards named for this level. For example: British Association"
                  + " of Social Workers")
          .perCategory(
              new CategoryKeys(
                  Statements.LIST,
                  false,
                  "What this level adds in that category, one statement per line starting with '-"
                      + " '.",
                  Category::title,
                  category ->
                      category.title()
                          + " this level adds, one statement per line starting with '- '. For"
                          + " example: - "
                          + category.example()))
          .key(
              "evidence",
              OPTIONAL,
              keys(EVIDENCE),
              "Evidence",
              "The evidence this level needs, by category ("
                  + String.join(", ", Category.DEFAULT_IDS)
                  + "), each a list of statements. For example: 'experience:' with '- Minimum of"
                  + " 12 months experience at level 3A' indented below it.")
          .key(
              "development",
              OPTIONAL,
              Statements.LIST,
              "Development suggestions",
              "Suggestions for development at this level, one statement per line starting with '-"
                  + " '. For example: - Shadow a senior colleague at a case review.")
          .build();

  public static final Shape ROLE =
      Shape.named("role", "a role file")
          .about(
              "Role file",
              "One role of a framework: its grade, duties and what it needs at each level. One"
                  + " file per role: content/frameworks/<framework-id>/roles/<role-id>.yaml, where"
                  + " the file name is the role's id.")
          .key(
              "title",
              REQUIRED,
              text(),
              "Role title",
              "The role's name. For example: Senior Social Worker")
          .key(
              "grade",
              REQUIRED,
              text(),
              "Grade",
              "The pay grade or range as the framework writes it. For example: SW3, MPR4 or Range"
                  + " 4")
          .key(
              "team",
              OPTIONAL,
              link(SUGGESTED_TEAM),
              "Team",
              "The id of the role's team, from 'teams' in the framework's framework.yaml. For"
                  + " example: finance-operations. When the source does not say, write 'id:' and"
                  + " 'provisional:' (why) on the lines below instead: staff then see a suggested"
                  + " team.")
          .key(
              "summary",
              EXPECTED,
              text(),
              "Role summary",
              "One sentence saying what the role does, for cards and search results. For example:"
                  + " Manages a caseload of assessments and support plans.")
          .key(
              "duties",
              EXPECTED,
              markdownTexts(),
              "Duties",
              "The role's duties, one per line starting with '- '. Each may use Markdown. For"
                  + " example: - Manage a complex caseload.")
          .key(
              "sector_framework",
              OPTIONAL,
              text(),
              "Sector framework",
              "The professional standards for the role. For example: British Association of"
                  + " Social Workers")
          .key(
              "next",
              EXPECTED,
              links(SUGGESTED_NEXT_ROLE),
              "Next roles",
              "The role or roles this one progresses to, by id: a role of the same framework"
                  + " (senior-social-worker) or of another one, written framework-id/role-id"
                  + " (occupational-therapy/team-manager). For example: [senior-social-worker]. A"
                  + " route the source does not state is written '- role: senior-social-worker'"
                  + " with 'provisional:' (why) below it: staff then see a suggested next role.")
          .key(
              "provisional",
              OPTIONAL,
              reason(),
              "Provisional",
              "Why this role's requirements are not settled (for example: levels to be confirmed"
                  + " by the service). Staff see that they are to be confirmed; remove the key when"
                  + " HR confirm them.")
          .key(
              "levels",
              EXPECTED,
              byLevel(LEVEL),
              "Levels",
              "What the role needs at each level, under the level's letter (A, B and C in the"
                  + " usual scheme). Levels are cumulative: under B list only what B adds to A."
                  + " Write {} for a level the source leaves empty. For example: 'A:' with"
                  + " 'qualifications:' indented below it.")
          .key(
              EntryYaml.KEY,
              EntryYaml.PRESENCE,
              EntryYaml.list(),
              "Entry requirements",
              EntryYaml.ABOUT)
          .key(Statements.NOTES)
          .build();

  /** The long form of a link under {@code key}: the id under {@code idKey}, and why. */
  private static Shape suggested(String name, String key, String idKey, Type.Id id, String title) {
    return Shape.named(name, "an entry of '" + key + "'")
        .about(
            title,
            "Written instead of the id alone while HR have not confirmed it: the id, and why the"
                + " source does not settle it.")
        .key(idKey, REQUIRED, id, "Id", "The id, as it would be written alone.")
        .key(
            "provisional",
            EXPECTED,
            reason(),
            "Provisional",
            "Why the source does not settle this: staff see it as a suggestion. Remove it, and"
                + " write the id alone, when HR confirm it.")
        .build();
  }
}
