package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.index.LunrIndexBuilder;
import org.frameworkportal.index.LunrText;
import org.frameworkportal.index.SearchEntries;
import org.frameworkportal.index.SearchIndex;
import org.frameworkportal.link.Portal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java index against the real lunr.js 2.3.9 in node (installed by this test from npm into
 * target/): the same documents give the same JSON, lunr.Index.load accepts ours, and the same
 * queries find the same refs with the same scores on both.
 */
class LunrCompatibilityIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> QUERIES =
      List.of(
          "deputyship",
          "court of protection",
          "driving licence",
          "supervision",
          "safeguarding adults",
          "title:manager",
          "statements:budget",
          "manag*",
          "supervisor~1",
          "+court -protection",
          "+budget +team",
          "assessment^10 finance",
          "grade:mpr4",
          "occupational therapist",
          "xylophone",
          "social",
          "framework:client",
          "gdpr",
          "mental capacity act",
          "e-mail",
          "1,000",
          "appointee",
          "deputy",
          "client",
          "title:deputyship");

  @TempDir static Path tmp;
  static Path node;

  @BeforeAll
  static void installLunr() throws Exception {
    node = Path.of("target/lunr-node").toAbsolutePath();
    Files.createDirectories(node);
    for (String file : List.of("package.json", "package-lock.json", ".npmrc", "reference.js")) {
      Files.copy(
          Path.of("src/test/node", file),
          node.resolve(file),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.exists(node.resolve("node_modules/lunr/package.json"))) {
      run(node, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    }
  }

  static String run(Path dir, String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), String.join(" ", command) + " failed:\n" + output);
    return output;
  }

  /** The fields and documents as the node scripts (reference.js, bench.js) read them. */
  static ObjectNode nodeInput(List<LunrIndexBuilder.Document> documents) {
    ObjectNode input = JSON.createObjectNode();
    input.put("separator", LunrText.SEPARATOR_JS);
    ArrayNode fields = input.putArray("fields");
    SearchIndex.FIELDS.forEach(
        f -> fields.addObject().put("name", f.name()).put("boost", f.boost()));
    ArrayNode docs = input.putArray("documents");
    for (LunrIndexBuilder.Document document : documents) {
      ObjectNode doc = docs.addObject().put("ref", document.ref()).put("boost", document.boost());
      ObjectNode values = doc.putObject("fields");
      document.fields().forEach(values::put);
    }
    return input;
  }

  /** Builds both indexes from {@code documents} and returns what node reported. */
  static JsonNode compare(
      String name, List<LunrIndexBuilder.Document> documents, List<String> words) throws Exception {
    LunrIndexBuilder builder = new LunrIndexBuilder(SearchIndex.FIELDS);
    documents.forEach(builder::add);
    Path javaIndex = tmp.resolve(name + "-java.json");
    Files.write(javaIndex, builder.toJson());
    ObjectNode input = nodeInput(documents);
    ArrayNode queries = input.putArray("queries");
    QUERIES.forEach(queries::add);
    ArrayNode wordList = input.putArray("words");
    words.forEach(wordList::add);
    Path inputFile = tmp.resolve(name + "-input.json");
    JSON.writeValue(inputFile.toFile(), input);
    Path output = tmp.resolve(name + "-output.json");
    run(
        node,
        "node",
        "reference.js",
        inputFile.toString(),
        javaIndex.toString(),
        output.toString());
    JsonNode result = JSON.readTree(output.toFile());
    ((ObjectNode) result).put("javaIndex", Files.readString(javaIndex));
    return result;
  }

  static void assertSameIndex(JsonNode result) throws IOException {
    String lunrJson = result.get("lunrIndex").asText();
    String javaJson = result.get("javaIndex").asText();
    JsonNode lunrTree = JSON.readTree(lunrJson);
    JsonNode javaTree = JSON.readTree(javaJson);
    assertStructure(javaTree);
    assertEquals(lunrTree.get("fields"), javaTree.get("fields"));
    assertEquals(terms(lunrTree), terms(javaTree), "the same terms");
    assertEquals(lunrTree.get("invertedIndex"), javaTree.get("invertedIndex"), "the same postings");
    assertEquals(
        lunrTree.get("fieldVectors"),
        javaTree.get("fieldVectors"),
        "the same field vectors and weights");
    assertEquals(lunrJson, javaJson, "byte-identical JSON");
  }

  /**
   * What lunr.Index.load relies on: sorted terms, every field in every posting, ascending vectors.
   */
  static void assertStructure(JsonNode index) {
    List<String> terms = terms(index);
    List<String> sorted = new ArrayList<>(terms);
    sorted.sort(String::compareTo);
    assertEquals(sorted, terms, "terms sorted by UTF-16 code units");
    for (JsonNode entry : index.get("invertedIndex")) {
      for (JsonNode field : index.get("fields")) {
        assertTrue(entry.get(1).has(field.asText()), entry.get(0) + " lacks field " + field);
      }
    }
    for (JsonNode vector : index.get("fieldVectors")) {
      JsonNode elements = vector.get(1);
      for (int i = 2; i < elements.size(); i += 2) {
        assertTrue(
            elements.get(i - 2).asInt() < elements.get(i).asInt(),
            vector.get(0) + " is not ascending");
      }
    }
  }

  static List<String> terms(JsonNode index) {
    List<String> terms = new ArrayList<>();
    index.get("invertedIndex").forEach(entry -> terms.add(entry.get(0).asText()));
    return terms;
  }

  static void assertSameResults(JsonNode result) {
    List<Executable> checks = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> queries = result.get("results").fields();
    while (queries.hasNext()) {
      Map.Entry<String, JsonNode> query = queries.next();
      JsonNode lunr = query.getValue().get("lunr");
      JsonNode java = query.getValue().get("java");
      checks.add(() -> assertEquals(refs(lunr), refs(java), "refs for " + query.getKey()));
      checks.add(
          () -> {
            for (int i = 0; i < Math.min(lunr.size(), java.size()); i++) {
              assertEquals(
                  lunr.get(i).get("score").asDouble(),
                  java.get(i).get("score").asDouble(),
                  0.001,
                  "score of " + lunr.get(i).get("ref") + " for " + query.getKey());
            }
          });
    }
    assertAll(checks);
  }

  static List<String> refs(JsonNode results) {
    List<String> refs = new ArrayList<>();
    if (results.isArray()) {
      results.forEach(r -> refs.add(r.get("ref").asText()));
    } else {
      refs.add(results.toString());
    }
    return refs;
  }

  static LunrIndexBuilder.Document doc(String ref, String title, String statements) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("statements", statements);
    return new LunrIndexBuilder.Document(ref, fields, 1);
  }

  @Test
  void edgeCasesGiveTheSameIndex() throws Exception {
    List<LunrIndexBuilder.Document> docs =
        List.of(
            doc("10", "... — punctuation only", "Dots ... and a dash — between words"),
            doc("2", "Non\u00A0breaking spaces", "café. C++ e-mail 1,000 and 2,000.50"),
            doc("1", "__proto__ constructor toString", "hasOwnProperty valueOf __proto__"),
            doc("a/b", "A ref with a slash", ""),
            doc(
                "joined",
                "Appointee/Deputyship and Deputy/Appointee",
                "client's funds – and care—support"),
            doc("slashes", "/ // a/ /b", "and/or 1/2 ’quoted’ ' - –"),
            doc("empty", "", ""),
            doc(
                "unicode",
                "Ünïcödé ΣΊΣΥΦΟΣ naïve straße",
                "\u2028line\u2029separators\uFEFFbom\u3000ideographic"),
            doc(
                "stems",
                "generalization archaeology agreed hopping filing",
                "controlling electricity abilities sky yes"),
            new LunrIndexBuilder.Document(
                "boosted", Map.of("title", "Boosted document", "grade", "MPR4"), 2.5));
    JsonNode result = compare("edge", docs, List.of());
    assertSameIndex(result);
    assertSameResults(result);
  }

  /**
   * The search page's tokens (site-assets/search-text.js, run in node with lunr.js's stemmer) are
   * the Java index's terms, for every line of the real content and the odd cases.
   */
  @Test
  void theSearchPageCutsTextAsTheIndexDoes() throws Exception {
    Portal portal =
        SiteBuilder.check(
                new SiteBuilder.Options(
                    PortalRun.realContent(), "content", null, null, null, false),
                new Problems())
            .orElseThrow();
    List<String> texts = new ArrayList<>();
    for (org.frameworkportal.index.SearchUnits.Unit unit :
        new org.frameworkportal.index.SearchUnits().units(portal)) {
      texts.add(unit.title());
      unit.lines().forEach(line -> texts.add(line.text()));
      unit.levels().forEach(level -> level.lines().forEach(line -> texts.add(line.text())));
    }
    texts.addAll(
        List.of(
            "Appointee/Deputyship",
            "client's funds – care—support",
            "café. C++ e-mail 1,000",
            "Non\u00A0breaking\u2028line\uFEFFbom",
            "...",
            "and/or MPR4/MPR5 SW3"));
    ObjectNode input = nodeInput(List.of());
    input.put("searchText", PortalRun.home().resolve("site-assets/search-text.js").toString());
    ArrayNode array = input.putArray("texts");
    texts.forEach(array::add);
    Path inputFile = tmp.resolve("text-input.json");
    JSON.writeValue(inputFile.toFile(), input);
    Path output = tmp.resolve("text-output.json");
    run(node, "node", "reference.js", inputFile.toString(), "", output.toString());
    JsonNode result = JSON.readTree(output.toFile());
    List<Executable> checks = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      List<String> page = new ArrayList<>();
      result.get("pageTerms").get(i).forEach(t -> page.add(t.asText()));
      List<String> lunrTokens = new ArrayList<>();
      result.get("lunrTokens").get(i).forEach(t -> lunrTokens.add(t.asText()));
      checks.add(() -> assertEquals(LunrText.terms(text), page, "search page terms of " + text));
      checks.add(
          () -> assertEquals(LunrText.tokenize(text), lunrTokens, "lunr.tokenizer of " + text));
    }
    assertTrue(texts.size() > 500, "every line of the real content: " + texts.size());
    assertAll(checks);
  }

  @Test
  void realContentGivesTheSameIndexAndResults() throws Exception {
    Portal portal =
        SiteBuilder.check(
                new SiteBuilder.Options(
                    PortalRun.realContent(), "content", null, null, null, false),
                new Problems())
            .orElseThrow();
    List<LunrIndexBuilder.Document> docs =
        new SearchEntries().of(portal).stream().map(SearchIndex.Entry::document).toList();
    List<String> words = new ArrayList<>();
    docs.forEach(
        d ->
            d.fields()
                .values()
                .forEach(
                    text ->
                        LunrText.tokenize(text).stream()
                            .map(LunrText::trim)
                            .filter(w -> !words.contains(w))
                            .forEach(words::add)));
    JsonNode result = compare("real", docs, words);
    assertSameIndex(result);
    assertSameResults(result);
    List<Executable> stems = new ArrayList<>();
    result
        .get("stems")
        .fields()
        .forEachRemaining(
            e ->
                stems.add(
                    () ->
                        assertEquals(
                            e.getValue().asText(),
                            org.frameworkportal.index.PorterStemmer.stem(e.getKey()),
                            e.getKey())));
    assertTrue(stems.size() > 1000, "stemmed every word of the real content: " + stems.size());
    assertAll(stems);
    assertTrue(
        refs(result.get("results").get("deputyship").get("java")).size() > 3,
        "deputyship finds roles");
  }
}
