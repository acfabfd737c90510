package org.frameworkportal.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.model.Item;
import org.frameworkportal.model.Ref;
import org.frameworkportal.model.Skill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillTaggerTest {
  static final SourcePosition AT = SourcePosition.wholeFile("test.yaml");
  static final List<Skill> SKILLS =
      List.of(
          new Skill(
              "safeguarding",
              "Safeguarding adults",
              "",
              List.of("safeguarding", "vulnerable adults"),
              AT),
          new Skill(
              "budget",
              "Budget management",
              "",
              List.of("budget"),
              List.of("personal budgets"),
              AT),
          new Skill("court", "Court work", "", List.of("court of protection", "cop"), AT),
          new Skill("driving", "Driving", "", List.of("driving licence"), AT),
          new Skill("coaching", "Coaching", "", List.of("coach"), AT),
          new Skill("law", "Legislation", "", List.of("legislation"), AT),
          new Skill("gdpr", "Data protection", "", List.of("gdpr", "gdpr legislation"), AT));
  final SkillTagger tagger = new SkillTagger(SKILLS);

  static Item item(String text) {
    return Item.of(text, AT);
  }

  static List<String> ids(List<Skill> skills) {
    return skills.stream().map(Skill::id).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Awareness of SAFEGUARDING policies.                     | safeguarding
      Supporting vulnerable   adults and carers.              | safeguarding
      Manage the team budget.                                 | budget
      Manage the team's budget-setting process.               | budget
      Manage budgets across the service.                      | budget
      Manage budgetary controls.                              | ''
      Coached, coaching and coaches staff.                    | coaching
      Knowledge of Personal Budgets and direct payments.      | ''
      Personal budgets, and the team's budget.                | budget
      An understanding of GDPR legislation.                   | gdpr
      GDPR, and other legislation.                            | law gdpr
      Practice with the COP and the CoPs.                     | court
      Coping well under pressure.                             | ''
      A coach and/or a Court of Protection deputy.            | ''
      Knowledge of the Court of Protection.                   | court
      Knowledge of the Court, of Protection.                  | ''
      A full UK driving licence.                              | driving
      Safeguarding within budget, at the Court of Protection. | safeguarding budget court
      Nothing relevant here.                                  | ''
      """)
  void matchesWholeWordsAndPhrasesIgnoringCase(String text, String expected) {
    List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(" "));
    assertEquals(want, ids(tagger.tag(item(text))));
  }

  @Test
  void explicitSkillsAreAddedAndNotSkillsRemoved() {
    Item item =
        new Item(
            "Lead the safeguarding budget review.",
            null,
            List.of(new Ref("driving", AT)),
            List.of(new Ref("budget", AT)),
            null,
            AT);
    assertEquals(List.of("safeguarding", "driving"), ids(tagger.tag(item)));
  }

  @Test
  void tagsFollowTheOrderOfSkillsYaml() {
    Item item =
        new Item(
            "Driving licence and safeguarding.",
            null,
            List.of(new Ref("budget", AT)),
            List.of(),
            null,
            AT);
    assertEquals(List.of("safeguarding", "budget", "driving"), ids(tagger.tag(item)));
  }
}
