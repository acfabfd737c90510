package org.frameworkportal.shape;

import static org.frameworkportal.shape.Presence.EXPECTED;
import static org.frameworkportal.shape.Presence.OPTIONAL;
import static org.frameworkportal.shape.Presence.REQUIRED;
import static org.frameworkportal.shape.Type.id;
import static org.frameworkportal.shape.Type.listOf;
import static org.frameworkportal.shape.Type.phrases;
import static org.frameworkportal.shape.Type.text;

/** {@code content/skills.yaml}: the transferable skills and the phrases that find them. */
public final class SkillsYaml {
  private SkillsYaml() {}

  public static final Shape SKILL =
      Shape.named("skill", "a skill")
          .plural("skills")
          .about("Transferable skill", "One transferable skill and the phrases that find it.")
          .key(
              "id",
              REQUIRED,
              id(),
              "Skill id",
              "The skill's id: lowercase words joined by hyphens. Statements name it under"
                  + " 'skills' or 'not_skills'. For example: safeguarding-adults")
          .key(
              "name",
              REQUIRED,
              text(),
              "Skill name",
              "The skill's name on the site. For example: Safeguarding adults")
          .key(
              "description",
              OPTIONAL,
              text(),
              "Skill description",
              "One or two plain sentences explaining the skill.")
          .key(
              "match",
              EXPECTED,
              phrases(),
              "Match phrases",
              "Phrases that tag a statement with this skill when it contains them as whole words,"
                  + " in lowercase, one per line starting with '- '. Words match their plurals and"
                  + " -ing and -ed forms ('coach' finds 'coaching' and 'coached'), not other words"
                  + " ('budget' does not find 'budgetary'). A phrase does not match across a comma,"
                  + " full stop, colon, semicolon or bracket. For example: - vulnerable adults")
          .key(
              "not_when",
              OPTIONAL,
              phrases(),
              "Not when",
              "Longer phrases in which a match phrase means something else, so it does not count"
                  + " there: a false friend. Each must contain one of the skill's match phrases."
                  + " For example, under budget management: - personal budgets")
          .build();

  public static final Shape SKILLS =
      Shape.named("skills", "skills.yaml")
          .about(
              "skills.yaml",
              "The transferable skills, and the phrases that find them in the statements of every"
                  + " role and profile. One file: content/skills.yaml.")
          .key(
              "skills",
              EXPECTED,
              listOf(SKILL),
              "Transferable skills",
              "The transferable skills, each with 'id', 'name', an optional 'description' and the"
                  + " 'match' phrases that find it. For example: '- id: safeguarding-adults' with"
                  + " 'name: Safeguarding adults' on the next line.")
          .key(Statements.NOTES)
          .build();
}
