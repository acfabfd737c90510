package org.frameworkportal.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pairs from the real frameworks, judged by reading them: rewording, or something new. */
class RestatementsTest {
  static Item item(String text) {
    return Item.of(text, SourcePosition.wholeFile("test.yaml"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Knowledge of General Data Protection Regulations.                       | An understanding of General Data Protection Regulations.                 | true
      Knowledge of the Equality Act 2020 and principles of anti-discriminatory practice. | An understanding of the Equality Act 2020 and principles of anti-discriminatory practice. | true
      Knowledge of HR procedures to manage a service effectively.              | Knowledge of HR procedures to manage a team effectively.                  | true
      Shows sound judgement in decision making, resolving problems and providing direction. | Experienced in using sound judgement in decision making.       | false
      A minimum of 4 years relevant post qualifying experience.                | Minimum of 3 years relevant post qualifying experience.                   | false
      Knowledge of the Equality Act                                            | An understanding of the Equality Act 2020 and principles of antidiscriminatory practice. | false
      Awareness of ASC debt policy and processes.                              | Detailed knowledge of ASC Charging and Debt Policy.                       | true
      """)
  void rewordingsAreFoundAndAdditionsAreNot(String next, String have, boolean restates) {
    Item found = Restatements.closest(item(next), List.of(item(have)));
    if (restates) {
      assertEquals(have, found == null ? null : found.text());
    } else {
      assertNull(found, () -> "similarity " + Restatements.similarity(next, have));
    }
  }

  @Test
  void theClosestOfSeveralIsChosen() {
    Item next = item("Knowledge of the role of the Court of Protection");
    List<Item> have =
        List.of(
            item(
                "A broad knowledge of the role of the Court of Protection (appropriate to the post)."),
            item("Knowledge of the role of the Court of Protection"),
            item("Experience of working with the Court of Protection and benefits Agency."));
    assertEquals(have.get(1), Restatements.closest(next, have));
  }
}
