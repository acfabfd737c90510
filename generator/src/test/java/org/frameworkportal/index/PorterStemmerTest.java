package org.frameworkportal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PorterStemmerTest {

  /** lunr.js's own golden pairs, test/fixtures/stemming_vocab.json, read from the lunr WebJar. */
  @Test
  void stemsLunrsOwnVocabulary() throws IOException {
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream(
                "META-INF/resources/webjars/lunr/2.3.9/test/fixtures/stemming_vocab.json")) {
      @SuppressWarnings("unchecked")
      Map<String, String> vocabulary = new ObjectMapper().readValue(in, Map.class);
      assertEquals(true, vocabulary.size() > 50);
      vocabulary.forEach((word, stem) -> assertEquals(stem, PorterStemmer.stem(word), word));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "generalization, gener",
    "archaeology, archaeolog",
    "agreed, agre",
    "hopping, hop",
    "filing, file",
    "controlling, control",
    "electricity, electr",
    "abilities, abil",
    "sky, ski",
    "yes, ye",
    "by, by",
    "deputyship, deputyship",
    "safeguarding, safeguard",
    "supervision, supervis",
    "licence, licenc"
  })
  void stemsLikeLunr(String word, String stem) {
    assertEquals(stem, PorterStemmer.stem(word));
  }

  @Test
  void tokenizerSplitsOnJavaScriptWhitespaceAndHyphens() {
    assertEquals(
        List.of("e", "mail", "a\u0085b", "c", "d"),
        LunrText.tokenize("E-mail A\u0085B\u00A0c\u2028D"));
    assertEquals(
        List.of("caf", "", "1,000", "c"),
        List.of(
            LunrText.trim("café."),
            LunrText.trim("..."),
            LunrText.trim("1,000"),
            LunrText.trim("c++")));
  }

  @Test
  void stopWordsAreDroppedAndEmptyTokensKept() {
    assertEquals(List.of("court", "protect", ""), LunrText.terms("The Court of Protection ..."));
    assertEquals(List.of("__proto__", "constructor"), LunrText.terms("__proto__ constructor"));
  }

  /** The joiners the content writes between words split them, as they do on the search page. */
  @Test
  void slashesDashesAndApostrophesSplitWords() {
    assertEquals(
        List.of("appointe", "deputyship", "deputi", "appointe"),
        LunrText.terms("Appointee/Deputyship and Deputy/Appointee"));
    assertEquals(
        List.of("client", "s", "fund", "care", "support"),
        LunrText.terms("client's funds – care—support"));
  }

  @Test
  void weightsAreWrittenAsJavaScriptWritesThem() {
    assertEquals("1.5", LunrIndexBuilder.thousandths(1500));
    assertEquals("2", LunrIndexBuilder.thousandths(2000));
    assertEquals("0.005", LunrIndexBuilder.thousandths(5));
    assertEquals("0", LunrIndexBuilder.thousandths(0));
    assertEquals("12.34", LunrIndexBuilder.thousandths(12340));
  }

  @Test
  void refsThatLookLikeNumbersComeFirstInNumericOrder() {
    assertEquals(
        List.of("2", "10", "b", "a", "01"), JsObjects.keyOrder(List.of("b", "10", "a", "2", "01")));
  }
}
