package org.frameworkportal.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schemas (draft-07) of the content files, written to {@code content/schema/}. Each YAML file
 * names its schema on its first line ({@code # yaml-language-server: $schema=...}), so that VS Code
 * with Red Hat's YAML extension completes keys, shows each key's description on hover and
 * underlines misspelt keys and wrong values while HR edit.
 *
 * <p>The schemas say what {@link org.frameworkportal.load.ContentLoader} accepts, key for key:
 * every mapping the loader checks for unknown keys has {@code additionalProperties: false}; a
 * single value may be text, a number or true/false (the loader reads all three as text); an empty
 * value is allowed wherever the loader treats it as absent; a list may be written as one value (the
 * loader reads it as a list of one). Ids, dates and blank statements are checked as the validator
 * checks them. What a schema cannot know (other files' ids, categories other than the default four)
 * is left to {@code ./portal check}.
 */
public final class ContentSchemas {
  /** Ids: file, folder, team and skill names. Same as the validator's. */
  static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

  /** A role of the same framework, or framework-id/role-id. */
  static final String ROLE_REF = "^([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*$";

  /** framework-id/role-id. */
  static final String FULL_ROLE_REF = "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$";

  /** Level ids: A, B, C in the default scheme; a scheme may define others such as D or A1. */
  static final String LEVEL_ID = "^[A-Z][A-Z0-9]*$";

  /** Same as the loader's check of {@code published}. */
  static final String DATE = "^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$";

  /** Text that is not only spaces: the validator rejects blank statements and match phrases. */
  static final String NOT_BLANK = "\\S";

  /**
   * The loader's default categories; site.yaml may define others, which these schemas do not know.
   */
  static final List<String> CATEGORIES =
      List.of("qualifications", "knowledge", "experience", "skills");

  private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
  private static final String[] SCALAR = {"string", "number", "boolean"};
  private static final String[] SCALAR_OR_EMPTY = {"string", "number", "boolean", "null"};
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Per category: its title, an example statement and an example of evidence. */
  private static final Map<String, String[]> CATEGORY_TEXT =
      Map.of(
          "qualifications",
              new String[] {
                "Qualifications", "Degree in Social Work", "A copy of your degree certificate"
              },
          "knowledge",
              new String[] {
                "Knowledge",
                "Knowledge of the Care Act 2014",
                "Describe your understanding of safeguarding"
              },
          "experience",
              new String[] {
                "Experience",
                "Experience of managing a caseload",
                "Minimum of 12 months experience at level 3A"
              },
          "skills",
              new String[] {
                "Skills",
                "Proficient in Microsoft Word, Excel and Outlook",
                "Two examples of reports you have written"
              },
          "other", new String[] {"Other requirements", "A full driving licence", ""});

  private ContentSchemas() {}

  /**
   * The schemas by file name ({@code role.schema.json}, ...): pretty-printed UTF-8 JSON with {@code
   * \n} line ends and a final newline, the same bytes on every call.
   */
  public static Map<String, byte[]> schemas() {
    Map<String, byte[]> schemas = new LinkedHashMap<>();
    schemas.put("site.schema.json", bytes(site()));
    schemas.put("framework.schema.json", bytes(framework()));
    schemas.put("role.schema.json", bytes(role()));
    schemas.put("skills.schema.json", bytes(skills()));
    schemas.put("profile.schema.json", bytes(profile()));
    return schemas;
  }

  /**
   * Writes the schemas into {@code contentDir/schema/}, leaving files that are already up to date
   * untouched.
   */
  public static void writeTo(Path contentDir) {
    Path dir = contentDir.resolve("schema");
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> schema : schemas().entrySet()) {
        Path file = dir.resolve(schema.getKey());
        if (!Files.isRegularFile(file)
            || !Arrays.equals(Files.readAllBytes(file), schema.getValue())) {
          Files.write(file, schema.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the five files

  private static ObjectNode site() {
    Definitions definitions =
        new Definitions().add("levelDefinition", levelDefinition()).add("audience", audience());
    return root(
            "site.yaml",
            "The portal's own settings: its title, the level scheme A/B/C, the requirement categories "
                + "and the audiences on the home page. One file: content/site.yaml.")
        .required(
            "title",
            text(
                "Portal title",
                "The portal's name, shown at the top of every page. For example: "
                    + "Career Progression Frameworks"))
        .required(
            "organisation", text("Organisation", "The council's name. For example: Medway Council"))
        .optional(
            "intranet",
            text(
                "Intranet name",
                "Optional. The name of the intranet the site is published on. "
                    + "For example: MedSpace"))
        .optional(
            "summary",
            text(
                "Portal summary",
                "Optional. One plain paragraph saying what the portal is, for "
                    + "the home page and search results. For example: What each role needs at levels A, B and C."))
        .optional(
            "intro",
            markdown(
                "Home page introduction",
                "Optional. The home page's introduction, in Markdown: "
                    + "paragraphs separated by an empty line, lists, **bold** and links. Start it with | on the 'intro:' line "
                    + "and indent the text below."))
        .optional(
            "base_url",
            text(
                "Published address",
                "Optional. The full address the site will be published at. "
                    + "For example: https://intranet.example/frameworks/ . The site does not need it: all its links are "
                    + "relative."))
        .required(
            "levels",
            objectList(
                    "Level scheme",
                    "The default level scheme, used by every framework that does "
                        + "not set its own: a list of levels, in order, each with 'id', 'name' and an optional 'intro'. For "
                        + "example: '- id: A' with 'name: Developing' on the next line, lined up with 'id'.",
                    "levelDefinition")
                .put("type", "array")
                .put("minItems", 1))
        .optional(
            "categories",
            idList(
                "Requirement categories",
                "Optional. The categories of requirements in role "
                    + "levels, in display order, as lowercase ids. Usually: [qualifications, knowledge, experience, skills], "
                    + "which is also what applies when this key is left out. If you change this list, ask the developer to "
                    + "update the editor schemas too.",
                SLUG))
        .optional(
            "audiences",
            objectList(
                "Audiences",
                "Optional. The cards on the home page saying who the "
                    + "frameworks are for, in display order, each with 'id', 'title', 'question' and 'description'. For "
                    + "example: '- id: browsers' with 'title: Browsers' on the next line.",
                "audience"))
        .optional("notes", notes())
        .build(definitions);
  }

  private static ObjectNode framework() {
    Definitions definitions =
        new Definitions()
            .add("team", team())
            .add("sectorFramework", sectorFramework())
            .add("levelDefinition", levelDefinition());
    return root(
            "framework.yaml",
            "One career progression framework: its introduction, teams and the order of its "
                + "roles. One file per framework: content/frameworks/<framework-id>/framework.yaml.")
        .required(
            "title",
            text("Framework title", "The framework's name. For example: Client Financial Services"))
        .optional(
            "published",
            described(
                    "Date published",
                    "Optional. The date of the framework's own document, "
                        + "written YYYY-MM-DD or YYYY-MM. For example: 2025-06-16, or 2024-12 for December 2024.")
                .<ObjectNode>set("type", types("string", "null"))
                .put("pattern", DATE))
        .required(
            "summary",
            text(
                "Framework summary",
                "One plain paragraph saying what the framework covers, for "
                    + "cards and search results. For example: The roles of the Client Financial Services team and what "
                    + "each needs at levels A, B and C."))
        .optional(
            "intro",
            markdown(
                "Introduction",
                "Optional. The welcome text and purpose of the framework, in "
                    + "Markdown. Start it with | on the 'intro:' line and indent the text below."))
        .optional(
            "uses",
            textList(
                "Uses",
                "Optional. The answers to 'What should the framework be used for?', one "
                    + "per line starting with '- '. For example: - Building a personal development plan",
                false))
        .optional(
            "how_to_use",
            markdown(
                "How to use",
                "Optional. How to use the framework, for individuals and "
                    + "for managers, in Markdown."))
        .optional(
            "structure",
            markdown(
                "Structure",
                "Optional. How the framework is organised (job professions, "
                    + "ranges, levels), in Markdown."))
        .optional(
            "development",
            markdown(
                "Development",
                "Optional. Personal and professional development " + "options, in Markdown."))
        .optional(
            "transferable_skills",
            markdown(
                "Transferable skills",
                "Optional. The framework's own text on " + "transferable skills, in Markdown."))
        .optional(
            "evidence_guidance",
            markdown(
                "Evidence guidance",
                "Optional. What counts as evidence, how many "
                    + "examples to give and what kinds, in Markdown. For example: Provide a minimum of 3 pieces of work."))
        .optional(
            "teams",
            objectList(
                "Teams",
                "Optional. The framework's teams, in display order, each with 'id', "
                    + "'title' and optional 'description' and 'part_of'. Role files name their team by its id. For example: "
                    + "'- id: finance-operations' with 'title: Finance Operations' on the next line.",
                "team"))
        .optional(
            "sector_frameworks",
            described(
                    "Sector frameworks",
                    "Optional. The professional standards used "
                        + "with the framework, one per line starting with '- ': just the name, or 'title:' with an optional "
                        + "'url:'. For example: - title: British Association of Social Workers")
                .<ObjectNode>set("type", types("array", "string", "number", "boolean", "null"))
                .set("items", ref("sectorFramework")))
        .optional(
            "levels",
            objectList(
                "Level scheme of this framework",
                "Optional. A level scheme for this "
                    + "framework only, replacing the one in site.yaml, written the same way: a list of levels with 'id', "
                    + "'name' and an optional 'intro'. Leave it out to use the levels of site.yaml.",
                "levelDefinition"))
        .optional(
            "roles",
            idList(
                "Roles in order",
                "The framework's roles in display order, by file name without "
                    + "'.yaml'. Every file in the roles folder must be listed exactly once. For example: [social-worker, "
                    + "senior-social-worker, team-manager]",
                SLUG))
        .optional("notes", notes())
        .build(definitions);
  }

  private static ObjectNode role() {
    Definitions definitions = new Definitions().add("level", level()).add("item", item());
    return root(
            "Role file",
            "One role of a framework: its grade, duties and what it needs at each level. One file "
                + "per role: content/frameworks/<framework-id>/roles/<role-id>.yaml, where the file name is the role's id.")
        .required("title", text("Role title", "The role's name. For example: Senior Social Worker"))
        .required(
            "grade",
            text(
                "Grade",
                "The pay grade or range as the framework writes it. For example: SW3, MPR4 "
                    + "or Range 4"))
        .optional(
            "team",
            provisionalLink(
                id(
                    "Team",
                    "Optional. The id of the role's team, from 'teams' in the "
                        + "framework's framework.yaml. For example: finance-operations. When the source does not say, write "
                        + "'id:' and 'provisional:' (why) on the lines below instead: staff then see a suggested team.",
                    SLUG,
                    false),
                "id",
                SLUG))
        .optional(
            "summary",
            text(
                "Role summary",
                "One sentence saying what the role does, for cards and search "
                    + "results. For example: Manages a caseload of assessments and support plans."))
        .optional(
            "duties",
            textList(
                "Duties",
                "The role's duties, one per line starting with '- '. Each may use "
                    + "Markdown. For example: - Manage a complex caseload.",
                false))
        .optional(
            "sector_framework",
            text(
                "Sector framework",
                "Optional. The professional standards for the role. "
                    + "For example: British Association of Social Workers"))
        .optional(
            "next",
            provisionalLinks(
                idList(
                    "Next roles",
                    "The role or roles this one progresses to, by id: a "
                        + "role of the same framework (senior-social-worker) or of another one, written framework-id/role-id "
                        + "(occupational-therapy/team-manager). For example: [senior-social-worker]. A route the source does not "
                        + "state is written '- role: senior-social-worker' with 'provisional:' (why) below it: staff then see a "
                        + "suggested next role.",
                    ROLE_REF),
                "role",
                ROLE_REF))
        .optional(
            "provisional",
            text(
                "Provisional",
                "Optional. Why this role's requirements are not settled (for "
                    + "example: levels to be confirmed by the service). Staff see that they are to be confirmed; remove the "
                    + "key when HR confirm them."))
        .optional(
            "levels",
            described(
                    "Levels",
                    "What the role needs at each level, under the level's letter (A, B "
                        + "and C in the usual scheme). Levels are cumulative: under B list only what B adds to A. Write {} for a "
                        + "level the source leaves empty. For example: 'A:' with 'qualifications:' indented below it.")
                .put("type", "object")
                .<ObjectNode>set("propertyNames", JSON.objectNode().put("pattern", LEVEL_ID))
                .set("additionalProperties", ref("level")))
        .optional("notes", notes())
        .build(definitions);
  }

  private static ObjectNode skills() {
    Definitions definitions = new Definitions().add("skill", skill());
    return root(
            "skills.yaml",
            "The transferable skills, and the phrases that find them in the statements of every "
                + "role and profile. One file: content/skills.yaml.")
        .optional(
            "skills",
            objectList(
                "Transferable skills",
                "The transferable skills, each with 'id', 'name', an "
                    + "optional 'description' and the 'match' phrases that find it. For example: '- id: safeguarding-adults' "
                    + "with 'name: Safeguarding adults' on the next line.",
                "skill"))
        .optional("notes", notes())
        .build(definitions);
  }

  private static ObjectNode profile() {
    Definitions definitions = new Definitions().add("item", item()).add("section", section());
    Obj requirements =
        new Obj(
            described(
                "Requirements",
                "Optional. The person specification, by category: "
                    + String.join(", ", CATEGORIES)
                    + " and other, each a list of statements. For example: 'qualifications:' "
                    + "with '- Educated to degree level' indented below it."));
    for (String category : categoriesAnd("other")) {
      String[] text = CATEGORY_TEXT.get(category);
      requirements.optional(
          category,
          itemList(
              text[0],
              "Optional. "
                  + text[0]
                  + " the role requires, one statement "
                  + "per line starting with '- '. For example: - "
                  + text[1]));
    }
    return root(
            "Profile file",
            "A role profile from another council, shown for comparison. One file per profile: "
                + "content/profiles/<profile-id>.yaml, where the file name is the profile's id.")
        .required(
            "title",
            text(
                "Job title",
                "The job title at the other council. For example: Principal "
                    + "Occupational Therapist"))
        .required(
            "organisation",
            text(
                "Organisation",
                "The council the profile comes from. For example: Kent " + "County Council"))
        .required("grade", text("Grade", "The grade as that council writes it. For example: KR14"))
        .optional(
            "summary",
            text(
                "Summary",
                "One sentence saying what the role does, for cards and search "
                    + "results. For example: Strategic professional lead for occupational therapy."))
        .optional(
            "reports_to",
            text(
                "Reports to",
                "Optional. Who the role reports to. For example: Assistant "
                    + "Director Adult Social Care"))
        .optional(
            "directorate",
            text(
                "Directorate",
                "Optional. The directorate of the role. For example: Adult "
                    + "Social Care and Health"))
        .optional(
            "service",
            text("Service", "Optional. The service of the role. For example: Occupational Therapy"))
        .optional(
            "location",
            text(
                "Location",
                "Optional. Where the role is based. For example: County Hall, " + "Maidstone"))
        .optional(
            "date",
            text(
                "Date",
                "Optional. The date of the profile, as the source writes it. For example: "
                    + "March 2024"))
        .optional(
            "purpose",
            markdown(
                "Job purpose",
                "Optional. The job purpose or outline, in Markdown. Start it "
                    + "with | on the 'purpose:' line and indent the text below."))
        .optional(
            "accountabilities_heading",
            text(
                "Accountabilities heading",
                "Optional. The heading of the "
                    + "accountabilities list when the source uses another one. For example: Key deliverables. Without it "
                    + "the heading is 'Key accountabilities'."))
        .optional(
            "accountabilities",
            itemList(
                "Accountabilities",
                "The role's accountabilities, one statement per "
                    + "line starting with '- '. For example: - Lead the service."))
        .optional("requirements", requirements.build())
        .optional(
            "values",
            itemList(
                "Values and behaviours",
                "Optional. The council's values and behaviours for "
                    + "this role, one per line starting with '- '. For example: - We are curious to innovate and improve"))
        .optional(
            "sections",
            objectList(
                "Other sections",
                "Optional. Other role-specific text, such as job family "
                    + "descriptors, each with a 'title' and a Markdown 'body'. For example: '- title: Role details' with "
                    + "'body: ...' on the next line.",
                "section"))
        .optional(
            "related",
            idList(
                "Related roles",
                "The closest roles in our frameworks, written "
                    + "framework-id/role-id. For example: [occupational-therapy/team-manager]",
                FULL_ROLE_REF))
        .optional("notes", notes())
        .build(definitions);
  }

  // ---- definitions: the parts used by several files

  private static ObjectNode item() {
    ObjectNode item =
        new Obj(
                described(
                    "Statement",
                    "One statement. Usually just its text after '- ', for "
                        + "example: - Degree in Social Work. To give it a sub-heading, skills or a note, write 'text:' after the "
                        + "'- ' and the other keys on the lines below, lined up with 'text'."))
            .required(
                "text",
                text(
                        "Statement text",
                        "The statement itself, as plain text (not Markdown). For example: "
                            + "Registration with Social Work England")
                    .put("pattern", NOT_BLANK))
            .optional(
                "group",
                text(
                    "Sub-heading",
                    "Optional. A sub-heading inside the category that the statement is "
                        + "shown under. For example: Year 1 (or Year 2, for the ASYE years)."))
            .optional(
                "skills",
                idList(
                    "Extra skills",
                    "Optional. Ids of transferable skills from skills.yaml to tag "
                        + "the statement with, in addition to those its wording matches. For example: [safeguarding-adults]",
                    SLUG))
            .optional(
                "not_skills",
                idList(
                    "Skills not to tag",
                    "Optional. Ids of transferable skills from skills.yaml "
                        + "that the statement's wording matches wrongly, so that it is not tagged with them. For example: "
                        + "[driving]",
                    SLUG))
            .optional(
                "note",
                text(
                    "Editorial note",
                    "Optional. A note for reviewers about this statement, never "
                        + "published. Put it in quotes if it contains a colon. For example: \"Reviewer: is this still "
                        + "needed?\""))
            .optional(
                "provisional",
                text(
                    "Provisional",
                    "Optional. Why the statement is not settled (cut off in the "
                        + "source, or placed at this level by judgement). Staff see 'Wording to be confirmed'; remove the key when "
                        + "HR confirm it."))
            .build();
    // A plain text (not blank), or the keys above.
    item.set("type", types("string", "number", "boolean", "object"));
    item.put("pattern", NOT_BLANK);
    return item;
  }

  private static ObjectNode level() {
    Obj level =
        new Obj(
                described(
                    "Level",
                    "What the role needs at this level, in addition to the levels before "
                        + "it. Every key is optional; {} (or nothing) is an empty level."))
            .optional(
                "intro",
                text(
                    "Level introduction",
                    "Optional. A line at the top of the level replacing the "
                        + "scheme's usual one. For example: In addition to Y2 level A"))
            .optional(
                "sector_framework",
                text(
                    "Sector framework of the level",
                    "Optional. The professional standards "
                        + "named for this level. For example: British Association of Social Workers"));
    Obj evidence =
        new Obj(
            described(
                "Evidence",
                "Optional. The evidence this level needs, by category ("
                    + String.join(", ", CATEGORIES)
                    + "), each a list of statements. For example: 'experience:' with '- Minimum "
                    + "of 12 months experience at level 3A' indented below it."));
    for (String category : CATEGORIES) {
      String[] text = CATEGORY_TEXT.get(category);
      level.optional(
          category,
          itemList(
              text[0],
              "Optional. "
                  + text[0]
                  + " this level adds, one statement per "
                  + "line starting with '- '. For example: - "
                  + text[1]));
      evidence.optional(
          category,
          itemList(
              text[0] + " evidence",
              "Optional. The evidence of "
                  + category
                  + " this level needs, one statement per line starting with '- '. For example: - "
                  + text[2]));
    }
    ObjectNode schema =
        level
            .optional("evidence", evidence.build())
            .optional(
                "development",
                itemList(
                    "Development suggestions",
                    "Optional. Suggestions for development at "
                        + "this level, one statement per line starting with '- '. For example: - Shadow a senior colleague at a "
                        + "case review."))
            .build();
    schema.set("type", types("object", "null"));
    return schema;
  }

  private static ObjectNode levelDefinition() {
    return new Obj(
            described(
                "Level of the scheme",
                "One level of the level scheme. For example: '- id: A' with "
                    + "'name: Developing' on the next line, lined up with 'id'."))
        .required(
            "id",
            id(
                "Level letter",
                "The level's id: a capital letter, optionally followed by capitals or "
                    + "digits. Role files use it as the key under 'levels', and it appears in page addresses. For example: "
                    + "A",
                LEVEL_ID,
                true))
        .required(
            "name",
            text(
                "Level name", "The level's name, shown beside its letter. For example: Developing"))
        .optional(
            "intro",
            text(
                "Level introduction",
                "Optional. The line at the top of this level on every role "
                    + "page. For example: In addition to level A"))
        .build();
  }

  private static ObjectNode audience() {
    return new Obj(
            described(
                "Audience",
                "One card on the home page: a kind of reader and how the frameworks help "
                    + "them."))
        .required(
            "id",
            text("Audience id", "A short lowercase name for the audience. For example: browsers"))
        .required("title", text("Audience title", "The card's heading. For example: Browsers"))
        .optional(
            "question",
            text(
                "Question",
                "Optional. The question on the card. For example: Are you "
                    + "reflecting broadly on a career with Medway Council?"))
        .optional(
            "description",
            text(
                "Description",
                "Optional. Plain text under the question: how this audience "
                    + "can use the frameworks."))
        .build();
  }

  private static ObjectNode team() {
    return new Obj(
            described(
                "Team",
                "One team of the framework. For example: '- id: finance-operations' with "
                    + "'title: Finance Operations' on the next line, lined up with 'id'."))
        .required(
            "id",
            id(
                "Team id",
                "The team's id: lowercase words joined by hyphens. Role files name their team "
                    + "by it. For example: finance-operations",
                SLUG,
                true))
        .required(
            "title",
            text("Team name", "The team's name on the site. For example: Finance Operations"))
        .optional(
            "description",
            markdown(
                "Team description",
                "Optional. What the team does, in Markdown. For "
                    + "example: Pays providers and monitors direct payments."))
        .optional(
            "part_of",
            id(
                "Part of",
                "Optional. The id of the larger team this one belongs to, from the same "
                    + "'teams' list. For example: operations",
                SLUG,
                false))
        .build();
  }

  private static ObjectNode sectorFramework() {
    ObjectNode schema =
        new Obj(
                described(
                    "Sector framework",
                    "One set of professional standards: just its name, "
                        + "or 'title:' with an optional 'url:' on the next line."))
            .required(
                "title",
                text(
                    "Standards name",
                    "The standards' name. For example: Social Work England (SWE) "
                        + "Professional Standards"))
            .optional(
                "url",
                text(
                    "Web address",
                    "Optional. The web address of the standards, starting with https://."))
            .build();
    schema.set("type", types("string", "number", "boolean", "object"));
    return schema;
  }

  private static ObjectNode skill() {
    return new Obj(
            described("Transferable skill", "One transferable skill and the phrases that find it."))
        .required(
            "id",
            id(
                "Skill id",
                "The skill's id: lowercase words joined by hyphens. Statements name it under "
                    + "'skills' or 'not_skills'. For example: safeguarding-adults",
                SLUG,
                true))
        .required(
            "name",
            text("Skill name", "The skill's name on the site. For example: Safeguarding adults"))
        .optional(
            "description",
            text(
                "Skill description",
                "Optional. One or two plain sentences explaining the " + "skill."))
        .optional(
            "match",
            textList(
                "Match phrases",
                "Phrases that tag a statement with this skill when it contains "
                    + "them as whole words, in lowercase, one per line starting with '- '. There is no stemming: list "
                    + "plurals and other forms too. For example: - vulnerable adults",
                true))
        .build();
  }

  private static ObjectNode section() {
    return new Obj(described("Section", "One section of other role-specific text."))
        .required(
            "title", text("Section heading", "The section's heading. For example: Role details"))
        .required(
            "body",
            markdown(
                "Section text",
                "The section's text, in Markdown. Start it with | on the 'body:' "
                    + "line and indent the text below."))
        .build();
  }

  // ---- property kinds, as the loader reads them

  private static ObjectNode notes() {
    return textList(
        "Editorial notes",
        "Optional. Notes for editors and reviewers, never published. One per line "
            + "starting with '- ', in quotes if it contains a colon. For example: - \"Reviewer: check the grade with "
            + "HR\"",
        false);
  }

  /**
   * A single value: text, a number or true/false; empty is allowed (and is an error for required
   * keys).
   */
  private static ObjectNode text(String title, String description) {
    return described(title, description).set("type", types(SCALAR_OR_EMPTY));
  }

  /** Markdown is a single value to the loader; only its description (and the renderer) differ. */
  private static ObjectNode markdown(String title, String description) {
    return text(title, description);
  }

  private static ObjectNode id(String title, String description, String pattern, boolean required) {
    return described(title, description)
        .<ObjectNode>set("type", required ? types("string") : types("string", "null"))
        .put("pattern", pattern);
  }

  /** A list of single values; one value alone is a list of one, and empty is an empty list. */
  private static ObjectNode textList(String title, String description, boolean notBlank) {
    ObjectNode items = JSON.objectNode().set("type", types(SCALAR));
    ObjectNode list =
        described(title, description)
            .set("type", types("array", "string", "number", "boolean", "null"));
    if (notBlank) {
      items.put("pattern", NOT_BLANK);
      list.put("pattern", NOT_BLANK);
    }
    return list.set("items", items);
  }

  private static ObjectNode idList(String title, String description, String pattern) {
    return described(title, description)
        .<ObjectNode>set("type", types("array", "string", "null"))
        .put("pattern", pattern)
        .set(
            "items",
            JSON.objectNode().<ObjectNode>set("type", types("string")).put("pattern", pattern));
  }

  /**
   * A link (an id), or the same id under {@code idKey} with 'provisional:' saying why it is only a
   * suggestion.
   */
  private static ObjectNode provisionalLink(ObjectNode link, String idKey, String pattern) {
    ObjectNode marked = JSON.objectNode().put("type", "object").put("additionalProperties", false);
    marked.putArray("required").add(idKey).add("provisional");
    marked
        .putObject("properties")
        .<ObjectNode>set(
            idKey,
            described("Id", "The id, as it would be written alone.")
                .put("type", "string")
                .put("pattern", pattern))
        .set(
            "provisional",
            described(
                    "Provisional",
                    "Why the source does not settle this: staff see it as a "
                        + "suggestion. Remove it, and write the id alone, when HR confirm it.")
                .put("type", "string")
                .put("pattern", NOT_BLANK));
    ArrayNode types = JSON.arrayNode();
    if (link.get("type").isArray()) {
      link.get("type").forEach(types::add);
    } else {
      types.add(link.get("type"));
    }
    types.add("object");
    link.set("type", types);
    link.set("properties", marked.get("properties"));
    return link.put("additionalProperties", false);
  }

  /** A list of links, each of which may be marked provisional as above. */
  private static ObjectNode provisionalLinks(ObjectNode list, String idKey, String pattern) {
    provisionalLink((ObjectNode) list.get("items"), idKey, pattern);
    return list;
  }

  /** A list of statements; one plain statement alone is a list of one. */
  private static ObjectNode itemList(String title, String description) {
    return described(title, description)
        .<ObjectNode>set("type", types("array", "string", "number", "boolean", "null"))
        .put("pattern", NOT_BLANK)
        .set("items", ref("item"));
  }

  /** A list of mappings; empty is an empty list. */
  private static ObjectNode objectList(String title, String description, String definition) {
    return described(title, description)
        .<ObjectNode>set("type", types("array", "null"))
        .set("items", ref(definition));
  }

  // ---- building blocks

  private static List<String> categoriesAnd(String extra) {
    List<String> categories = new java.util.ArrayList<>(CATEGORIES);
    categories.add(extra);
    return categories;
  }

  private static ObjectNode described(String title, String description) {
    return JSON.objectNode().put("title", title).put("description", description);
  }

  /** A "type": one name, or a list of them. */
  private static JsonNode types(String... types) {
    if (types.length == 1) {
      return JSON.textNode(types[0]);
    }
    ArrayNode array = JSON.arrayNode();
    Arrays.stream(types).forEach(array::add);
    return array;
  }

  private static ObjectNode ref(String definition) {
    return JSON.objectNode().put("$ref", "#/definitions/" + definition);
  }

  private static Obj root(String title, String description) {
    ObjectNode schema = JSON.objectNode().put("$schema", DRAFT_07);
    schema.setAll(described(title, description));
    return new Obj(schema);
  }

  /** A mapping whose keys are exactly those added: unknown keys are mistakes, as in the loader. */
  private static final class Obj {
    private final ObjectNode schema;
    private final ObjectNode properties = JSON.objectNode();
    private final ArrayNode required = JSON.arrayNode();

    Obj(ObjectNode schema) {
      this.schema = schema;
      schema.put("type", "object");
    }

    /** A key the loader requires: an empty value is a mistake too. */
    Obj required(String key, ObjectNode property) {
      required.add(key);
      if (property.get("type") instanceof ArrayNode types) {
        List<String> names = new java.util.ArrayList<>();
        types.forEach(type -> names.add(type.asText()));
        names.remove("null");
        property.set("type", types(names.toArray(String[]::new)));
      }
      return optional(key, property);
    }

    Obj optional(String key, ObjectNode property) {
      properties.set(key, property);
      return this;
    }

    ObjectNode build() {
      schema.set("properties", properties);
      if (!required.isEmpty()) {
        schema.set("required", required);
      }
      schema.put("additionalProperties", false);
      return schema;
    }

    ObjectNode build(Definitions definitions) {
      return build().set("definitions", definitions.node);
    }
  }

  private static final class Definitions {
    final ObjectNode node = JSON.objectNode();

    Definitions add(String name, ObjectNode schema) {
      node.set(name, schema);
      return this;
    }
  }

  private static byte[] bytes(ObjectNode schema) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(
                new DefaultIndenter("  ", "\n")); // arrays (only ever of names) stay on one line
    try {
      return (MAPPER.writer(printer).writeValueAsString(schema) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
