package org.frameworkportal.shape;

import static org.frameworkportal.shape.Presence.EXPECTED;
import static org.frameworkportal.shape.Presence.OPTIONAL;
import static org.frameworkportal.shape.Presence.REQUIRED;
import static org.frameworkportal.shape.Type.date;
import static org.frameworkportal.shape.Type.id;
import static org.frameworkportal.shape.Type.idList;
import static org.frameworkportal.shape.Type.keys;
import static org.frameworkportal.shape.Type.levelId;
import static org.frameworkportal.shape.Type.listOf;
import static org.frameworkportal.shape.Type.markdown;
import static org.frameworkportal.shape.Type.text;

/** {@code content/site.yaml}: the portal's settings, its level scheme and its categories. */
public final class SiteYaml {
  private SiteYaml() {}

  /** One level of a level scheme (site.yaml's, or a framework's own). */
  public static final Shape LEVEL_DEFINITION =
      Shape.named("levelDefinition", "a level of the scheme")
          .plural("levels")
          .about(
              "Level of the scheme",
              "One level of the level scheme. For example: '- id: A' with 'name: Developing' on"
                  + " the next line, lined up with 'id'.")
          .key(
              "id",
              REQUIRED,
              levelId(),
              "Level letter",
              "The level's id: a capital letter, optionally followed by capitals or digits. Role"
                  + " files use it as the key under 'levels', and it appears in page addresses."
                  + " For example: A")
          .key(
              "name",
              REQUIRED,
              text(),
              "Level name",
              "The level's name, shown beside its letter. For example: Developing")
          .key(
              "intro",
              OPTIONAL,
              text(),
              "Level introduction",
              "The line at the top of this level on every role page. For example: In addition to"
                  + " level A")
          .build();

  public static final Shape AUDIENCE =
      Shape.named("audience", "an audience")
          .plural("audiences")
          .about(
              "Audience",
              "One card on the home page: a kind of reader and how the frameworks help them.")
          .key(
              "id",
              REQUIRED,
              id(),
              "Audience id",
              "The audience's id: lowercase words joined by hyphens. For example: browsers")
          .key(
              "title",
              REQUIRED,
              text(),
              "Audience title",
              "The card's heading. For example: Browsers")
          .key(
              "question",
              OPTIONAL,
              text(),
              "Question",
              "The question on the card. For example: Are you reflecting broadly on a career with"
                  + " Medway Council?")
          .key(
              "description",
              OPTIONAL,
              text(),
              "Description",
              "Plain text under the question: how this audience can use the frameworks.")
          .build();

  /** The accessibility statement the regulations require, in the GOV.UK sample's structure. */
  public static final Shape ACCESSIBILITY =
      Shape.named("accessibility", "the accessibility statement")
          .about(
              "Accessibility statement",
              "What the accessibility statement page (accessibility.html) says that only HR"
                  + " know. The page puts it in the structure the Public Sector Bodies Accessibility"
                  + " Regulations 2018 and the GOV.UK sample statement prescribe, and adds the"
                  + " enforcement procedure itself.")
          .key(
              "contact",
              REQUIRED,
              markdown(),
              "Feedback and contact",
              "In Markdown: how to ask for the content in another format (accessible PDF, large"
                  + " print, easy read, audio, braille), who to contact and how soon they reply."
                  + " The feedback_email address is added below it.")
          .key(
              "non_accessible",
              OPTIONAL,
              markdown(),
              "What is not accessible",
              "In Markdown: the content that is not fully accessible and why, as a list. Leave it"
                  + " out only when everything is accessible: the statement then says the site is"
                  + " fully compliant.")
          .key(
              "improving",
              REQUIRED,
              markdown(),
              "What we are doing to improve",
              "In Markdown: how the portal is tested and what will be fixed, by when.")
          .key(
              "tested",
              REQUIRED,
              date(),
              "Date last tested",
              "When the site was last tested for accessibility, written YYYY-MM-DD or YYYY-MM."
                  + " For example: 2026-11-30")
          .key(
              "prepared",
              REQUIRED,
              date(),
              "Date prepared",
              "When this statement was first prepared, written YYYY-MM-DD. For example:"
                  + " 2026-11-30")
          .key(
              "reviewed",
              OPTIONAL,
              date(),
              "Date last reviewed",
              "When this statement was last reviewed, written YYYY-MM-DD. For example: 2027-05-31")
          .build();

  public static final Shape SITE =
      Shape.named("site", "site.yaml")
          .about(
              "site.yaml",
              "The portal's own settings: its title, the level scheme A/B/C, the requirement"
                  + " categories and the audiences on the home page. One file: content/site.yaml.")
          .key(
              "title",
              REQUIRED,
              text(),
              "Portal title",
              "The portal's name, shown at the top of every page. For example: Career Progression"
                  + " Frameworks")
          .key(
              "organisation",
              REQUIRED,
              text(),
              "Organisation",
              "The council's name. For example: Medway Council")
          .key(
              "intranet",
              OPTIONAL,
              text(),
              "Intranet name",
              "The name of the intranet the site is published on. For example: MedSpace")
          .key(
              "summary",
              OPTIONAL,
              text(),
              "Portal summary",
              "One plain paragraph saying what the portal is, for the home page and search"
                  + " results. For example: What each role needs at levels A, B and C.")
          .key(
              "intro",
              OPTIONAL,
              markdown(),
              "Home page introduction",
              "The home page's introduction, in Markdown: paragraphs separated by an empty line,"
                  + " lists, **bold** and links. Start it with | on the 'intro:' line and indent"
                  + " the text below.")
          .key(
              "base_url",
              OPTIONAL,
              text(),
              "Published address",
              "The full address the site will be published at. For example:"
                  + " https://intranet.example/frameworks/ . The site does not need it: all its"
                  + " links are relative. Only the 'page not found' page uses it, to find the"
                  + " site's folder when the server cannot tell it.")
          .key(
              "feedback_email",
              EXPECTED,
              text(),
              "Feedback email address",
              "The HR address for problems with a page: every page links to it ('Tell HR about a"
                  + " problem with this page'), and the accessibility statement names it. For"
                  + " example: career.frameworks@medway.gov.uk")
          .key(
              "accessibility",
              EXPECTED,
              keys(ACCESSIBILITY),
              "Accessibility statement",
              "What the accessibility statement says: 'contact', 'non_accessible', 'improving',"
                  + " and the dates 'tested', 'prepared' and 'reviewed'.")
          .key(
              "levels",
              REQUIRED,
              listOf(LEVEL_DEFINITION),
              "Level scheme",
              "The default level scheme, used by every framework that does not set its own: a"
                  + " list of levels, in order, each with 'id', 'name' and an optional 'intro'."
                  + " For example: '- id: A' with 'name: Developing' on the next line, lined up"
                  + " with 'id'.")
          .key(
              "categories",
              OPTIONAL,
              idList(id()),
              "Requirement categories",
              "The categories of requirements in role levels, in display order, as lowercase ids."
                  + " Usually: ["
                  + String.join(", ", Category.DEFAULT_IDS)
                  + "], which is also what applies when this key is left out. If you change this"
                  + " list, ask the developer to update the editor schemas too.")
          .key(
              "audiences",
              OPTIONAL,
              listOf(AUDIENCE),
              "Audiences",
              "The cards on the home page saying who the frameworks are for, in display order,"
                  + " each with 'id', 'title', 'question' and 'description'. For example: '- id:"
                  + " browsers' with 'title: Browsers' on the next line.")
          .key(Statements.NOTES)
          .build();
}
