package org.frameworkportal.shape;

import static org.frameworkportal.shape.Presence.EXPECTED;
import static org.frameworkportal.shape.Presence.OPTIONAL;
import static org.frameworkportal.shape.Presence.REQUIRED;
import static org.frameworkportal.shape.Type.date;
import static org.frameworkportal.shape.Type.id;
import static org.frameworkportal.shape.Type.idList;
import static org.frameworkportal.shape.Type.listOf;
import static org.frameworkportal.shape.Type.markdown;
import static org.frameworkportal.shape.Type.text;
import static org.frameworkportal.shape.Type.texts;

/** {@code content/frameworks/<framework-id>/framework.yaml}: one framework's own text. */
public final class FrameworkYaml {
  private FrameworkYaml() {}

  public static final Shape TEAM =
      Shape.named("team", "a team")
          .plural("teams")
          .about(
              "Team",
              "One team of the framework. For example: '- id: finance-operations' with 'title:"
                  + " Finance Operations' on the next line, lined up with 'id'.")
          .key(
              "id",
              REQUIRED,
              id(),
              "Team id",
              "The team's id: lowercase words joined by hyphens. Role files name their team by it."
                  + " For example: finance-operations")
          .key(
              "title",
              REQUIRED,
              text(),
              "Team name",
              "The team's name on the site. For example: Finance Operations")
          .key(
              "description",
              OPTIONAL,
              markdown(),
              "Team description",
              "What the team does, in Markdown. For example: Pays providers and monitors direct"
                  + " payments.")
          .key(
              "part_of",
              OPTIONAL,
              id(),
              "Part of",
              "The id of the larger team this one belongs to, from the same 'teams' list. For"
                  + " example: operations")
          .build();

  public static final Shape SECTOR_FRAMEWORK =
      Shape.named("sectorFramework", "a sector framework")
          .plural("sector frameworks")
          .about(
              "Sector framework",
              "One set of professional standards: just its name, or 'title:' with an optional"
                  + " 'url:' on the next line.")
          .shorthand(Shape.Shorthand.TEXT)
          .key(
              "title",
              REQUIRED,
              text(),
              "Standards name",
              "The standards' name. For example: Social Work England (SWE) Professional"
                  + " Standards")
          .key(
              "url",
              OPTIONAL,
              text(),
              "Web address",
              "The web address of the standards, starting with https://.")
          .build();

  public static final Shape FRAMEWORK =
      Shape.named("framework", "framework.yaml")
          .about(
              "framework.yaml",
              "One career progression framework: its introduction, teams and the order of its"
                  + " roles. One file per framework:"
                  + " content/frameworks/<framework-id>/framework.yaml.")
          .key(
              "title",
              REQUIRED,
              text(),
              "Framework title",
              "The framework's name. For example: Client Financial Services")
          .key(
              "published",
              OPTIONAL,
              date(),
              "Date published",
              "The date of the framework's own document, written YYYY-MM-DD or YYYY-MM. For"
                  + " example: 2025-06-16, or 2024-12 for December 2024.")
          .key(
              "summary",
              REQUIRED,
              text(),
              "Framework summary",
              "One plain paragraph saying what the framework covers, for cards and search results."
                  + " For example: The roles of the Client Financial Services team and what each"
                  + " needs at levels A, B and C.")
          .key(
              "intro",
              OPTIONAL,
              markdown(),
              "Introduction",
              "The welcome text and purpose of the framework, in Markdown. Start it with | on the"
                  + " 'intro:' line and indent the text below.")
          .key(
              "uses",
              OPTIONAL,
              texts(),
              "Uses",
              "The answers to 'What should the framework be used for?', one per line starting"
                  + " with '- '. For example: - Building a personal development plan")
          .key(
              "how_to_use",
              OPTIONAL,
              markdown(),
              "How to use",
              "How to use the framework, for individuals and for managers, in Markdown.")
          .key(
              "structure",
              OPTIONAL,
              markdown(),
              "Structure",
              "How the framework is organised (job professions, ranges, levels), in Markdown.")
          .key(
              "development",
              OPTIONAL,
              markdown(),
              "Development",
              "Personal and professional development options, in Markdown.")
          .key(
              "transferable_skills",
              OPTIONAL,
              markdown(),
              "Transferable skills",
              "The framework's own text on transferable skills, in Markdown.")
          .key(
              "evidence_guidance",
              OPTIONAL,
              markdown(),
              "Evidence guidance",
              "What counts as evidence, how many examples to give and what kinds, in Markdown. For"
                  + " example: Provide a minimum of 3 pieces of work.")
          .key(
              "teams",
              OPTIONAL,
              listOf(TEAM),
              "Teams",
              "The framework's teams, in display order, each with 'id', 'title' and optional"
                  + " 'description' and 'part_of'. Role files name their team by its id. For"
                  + " example: '- id: finance-operations' with 'title: Finance Operations' on the"
                  + " next line.")
          .key(
              "sector_frameworks",
              OPTIONAL,
              listOf(SECTOR_FRAMEWORK),
              "Sector frameworks",
              "The professional standards used with the framework, one per line starting with '-"
                  + " ': just the name, or 'title:' with an optional 'url:'. For example: - title:"
                  + " British Association of Social Workers")
          .key(
              "levels",
              OPTIONAL,
              listOf(SiteYaml.LEVEL_DEFINITION),
              "Level scheme of this framework",
              "A level scheme for this framework only, replacing the one in site.yaml, written the"
                  + " same way: a list of levels with 'id', 'name' and an optional 'intro'. Leave"
                  + " it out to use the levels of site.yaml.")
          .key(
              "roles",
              EXPECTED,
              idList(id()),
              "Roles in order",
              "The framework's roles in display order, by file name without '.yaml'. Every file in"
                  + " the roles folder must be listed exactly once. For example: [social-worker,"
                  + " senior-social-worker, team-manager]")
          .key(
              EntryYaml.KEY,
              EntryYaml.PRESENCE,
              EntryYaml.list(),
              "Entry requirements",
              EntryYaml.ABOUT)
          .key(Statements.NOTES)
          .build();
}
