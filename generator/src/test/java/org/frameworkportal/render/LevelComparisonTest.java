package org.frameworkportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frameworkportal.link.StatementIds;
import org.junit.jupiter.api.Test;

class LevelComparisonTest {

  /** The rule as first written, with regular expressions: the loop must agree with it exactly. */
  static String byRegex(String text) {
    return Pattern.compile("[\\s.;,:]+$")
        .matcher(Pattern.compile("\\s+").matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" "))
        .replaceAll("")
        .strip();
  }

  @Test
  void normaliseIgnoresCaseSpacingAndFinalPunctuation() {
    List<String> samples =
        List.of(
            "",
            " ",
            "Knowledge of the Care Act.",
            "  Knowledge  of\tthe\nCare Act ;. ",
            "Ends with colon:",
            "a.b.c",
            "…so that",
            "Trailing\u00a0",
            "\u2003Em spaces\u2003",
            "Mixed \u2003 . ",
            "İSTANBUL",
            ".;,:",
            "x\u000b\fy\r",
            "Already the same");
    for (String sample : samples) {
      assertEquals(byRegex(sample), StatementIds.normalise(sample), () -> "for '" + sample + "'");
    }
    assertEquals(
        StatementIds.normalise("Knowledge of the Care Act."),
        StatementIds.normalise("knowledge of  the care act"));
  }

  @Test
  void normaliseAgreesWithTheRegexOnRandomText() {
    java.util.Random random = new java.util.Random(11);
    String alphabet = "aB .;,:\t\n\r\u000b\f\u00a0\u2003\u2028\u2029\u0085é";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(
          byRegex(text.toString()),
          StatementIds.normalise(text.toString()),
          text.codePoints().mapToObj(Integer::toHexString).toList().toString());
    }
  }
}
