package org.frameworkportal.shape;

import static org.frameworkportal.shape.Presence.EXPECTED;
import static org.frameworkportal.shape.Presence.OPTIONAL;
import static org.frameworkportal.shape.Presence.REQUIRED;
import static org.frameworkportal.shape.Type.fullRoleRef;
import static org.frameworkportal.shape.Type.idList;
import static org.frameworkportal.shape.Type.keys;
import static org.frameworkportal.shape.Type.listOf;
import static org.frameworkportal.shape.Type.markdown;
import static org.frameworkportal.shape.Type.text;

/** {@code content/profiles/<profile-id>.yaml}: a role profile from another council. */
public final class ProfileYaml {
  private ProfileYaml() {}

  public static final Shape REQUIREMENTS =
      Shape.named("requirements", "'requirements'")
          .about("Requirements", "The person specification, by category.")
          .perCategory(
              new CategoryKeys(
                  Statements.LIST,
                  true,
                  "What the role requires in that category, one statement per line starting with"
                      + " '- '.",
                  Category::title,
                  category ->
                      category.title()
                          + " the role requires, one statement per line starting with '- '. For"
                          + " example: - "
                          + category.example()))
          .build();

  public static final Shape SECTION =
      Shape.named("section", "a section")
          .plural("sections")
          .about("Section", "One section of other role-specific text.")
          .key(
              "title",
              REQUIRED,
              text(),
              "Section heading",
              "The section's heading. For example: Role details")
          .key(
              "body",
              REQUIRED,
              markdown(),
              "Section text",
              "The section's text, in Markdown. Start it with | on the 'body:' line and indent the"
                  + " text below.")
          .build();

  public static final Shape PROFILE =
      Shape.named("profile", "a profile file")
          .about(
              "Profile file",
              "A role profile from another council, shown for comparison. One file per profile:"
                  + " content/profiles/<profile-id>.yaml, where the file name is the profile's"
                  + " id.")
          .key(
              "title",
              REQUIRED,
              text(),
              "Job title",
              "The job title at the other council. For example: Principal Occupational Therapist")
          .key(
              "organisation",
              REQUIRED,
              text(),
              "Organisation",
              "The council the profile comes from. For example: Kent County Council")
          .key(
              "grade",
              REQUIRED,
              text(),
              "Grade",
              "The grade as that council writes it. For example: KR14")
          .key(
              "summary",
              EXPECTED,
              text(),
              "Summary",
              "One sentence saying what the role does, for cards and search results. For example:"
                  + " Strategic professional lead for occupational therapy.")
          .key(
              "reports_to",
              OPTIONAL,
              text(),
              "Reports to",
              "Who the role reports to. For example: Assistant Director Adult Social Care")
          .key(
              "directorate",
              OPTIONAL,
              text(),
              "Directorate",
              "The directorate of the role. For example: Adult Social Care and Health")
          .key(
              "service",
              OPTIONAL,
              text(),
              "Service",
              "The service of the role. For example: Occupational Therapy")
          .key(
              "location",
              OPTIONAL,
              text(),
              "Location",
              "Where the role is based. For example: County Hall, Maidstone")
          .key(
              "date",
              OPTIONAL,
              text(),
              "Date",
              "The date of the profile, as the source writes it. For example: March 2024")
          .key(
              "purpose",
              OPTIONAL,
              markdown(),
              "Job purpose",
              "The job purpose or outline, in Markdown. Start it with | on the 'purpose:' line and"
                  + " indent the text below.")
          .key(
              "accountabilities_heading",
              OPTIONAL,
              text(),
              "Accountabilities heading",
              "The heading of the accountabilities list when the source uses another one. For"
                  + " example: Key deliverables. Without it the heading is 'Key"
                  + " accountabilities'.")
          .key(
              "accountabilities",
              EXPECTED,
              Statements.LIST,
              "Accountabilities",
              "The role's accountabilities, one statement per line starting with '- '. For"
                  + " example: - Lead the service.")
          .key(
              "requirements",
              OPTIONAL,
              keys(REQUIREMENTS),
              "Requirements",
              "The person specification, by category: "
                  + String.join(", ", Category.DEFAULT_IDS)
                  + " and "
                  + Category.OTHER.id()
                  + ", each a list of statements. For example: 'qualifications:' with '- Educated"
                  + " to degree level' indented below it.")
          .key(
              "values",
              OPTIONAL,
              Statements.LIST,
              "Values and behaviours",
              "The council's values and behaviours for this role, one per line starting with '- '."
                  + " For example: - We are curious to innovate and improve")
          .key(
              "sections",
              OPTIONAL,
              listOf(SECTION),
              "Other sections",
              "Other role-specific text, such as job family descriptors, each with a 'title' and a"
                  + " Markdown 'body'. For example: '- title: Role details' with 'body: ...' on the"
                  + " next line.")
          .key(
              "related",
              EXPECTED,
              idList(fullRoleRef()),
              "Related roles",
              "The closest roles in our frameworks, written framework-id/role-id. For example:"
                  + " [occupational-therapy/team-manager]")
          .key(Statements.NOTES)
          .build();
}
