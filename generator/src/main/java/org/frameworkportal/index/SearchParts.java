package org.frameworkportal.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.frameworkportal.output.OutputFile;
import org.jspecify.annotations.Nullable;

/**
 * The index the search page reads, in parts it loads as scripts (so it works from disk, where
 * {@code fetch} is refused): {@code search/index.js}, a small table of contents; {@code
 * search/t<n>.js}, the postings of a run of terms in sorted order; {@code search/d<n>.js}, what a
 * run of units shows. A query loads the contents, then only the parts holding its terms and its
 * best units. Each part calls {@code PortalSearch.add(name, data)}.
 *
 * <p>A posting is three numbers: the unit (as the difference from the previous posting's, which
 * gzip packs well), its weight (BM25 over units, field boosts included, in hundredths) and flags: 1
 * the term is in the title, 2 in the codes (grade), 4 &lt;&lt; i in level i's statements.
 */
public final class SearchParts {
  /** The folder of the parts, at the site root beside search.html. */
  public static final String FOLDER = "search/";

  /** Raw characters at which a part is closed: about 8 KB gzipped. */
  static final int PART_SIZE = 24_000;

  private static final double K1 = 1.2;
  private static final double B = 0.75;

  /** Fields in the order of {@link #BOOSTS}: title, codes, skills, context, text. */
  static final double[] BOOSTS = {10, 6, 3, 2, 1};

  private static final int TITLE = 0;
  private static final int CODES = 1;

  /** One term's postings while they are collected, units in order. */
  private static final class Postings {
    final List<int[]> entries = new ArrayList<>();
  }

  private final SearchVocabulary vocabulary;

  public SearchParts(SearchVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public List<OutputFile> render(List<SearchUnits.Unit> units) {
    int fieldCount = BOOSTS.length;
    // Per unit and field: term frequencies and the field's length.
    List<List<Map<String, Integer>>> frequencies = new ArrayList<>();
    List<Map<String, Integer>> levelFlags = new ArrayList<>();
    List<Map<String, Integer>> pairFlags = new ArrayList<>();
    double[] averages = new double[fieldCount];
    int[][] lengths = new int[units.size()][fieldCount];
    Map<String, List<String>> memo = new HashMap<>();
    for (int u = 0; u < units.size(); u++) {
      SearchUnits.Unit unit = units.get(u);
      List<String> texts = new ArrayList<>();
      texts.add(unit.title());
      texts.add(unit.codes());
      texts.add(unit.skills());
      texts.add(unit.context());
      StringBuilder text = new StringBuilder();
      unit.lines().forEach(line -> text.append(line.text()).append('\n'));
      Map<String, Integer> flags = new HashMap<>();
      Map<String, Integer> pairs = new HashMap<>();
      addPairs(pairs, terms(unit.title(), memo), 1);
      for (SearchUnits.Line line : unit.lines()) {
        addPairs(pairs, terms(line.text(), memo), 2);
      }
      for (int level = 0; level < unit.levels().size(); level++) {
        for (SearchUnits.Line line : unit.levels().get(level).lines()) {
          text.append(line.text()).append('\n');
          List<String> lineTerms = terms(line.text(), memo);
          for (String term : lineTerms) {
            flags.merge(term, 4 << level, (a, b) -> a | b);
          }
          addPairs(pairs, lineTerms, 2 | 4 << level);
        }
      }
      pairFlags.add(pairs);
      texts.add(text.toString());
      List<Map<String, Integer>> fields = new ArrayList<>();
      for (int f = 0; f < fieldCount; f++) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> terms = terms(texts.get(f), memo);
        terms.forEach(term -> counts.merge(term, 1, Integer::sum));
        lengths[u][f] = terms.size();
        averages[f] += terms.size();
        fields.add(counts);
      }
      frequencies.add(fields);
      levelFlags.add(flags);
    }
    for (int f = 0; f < fieldCount; f++) {
      averages[f] = units.isEmpty() ? 0 : averages[f] / units.size();
    }

    Map<String, Postings> index = new TreeMap<>();
    for (int u = 0; u < units.size(); u++) {
      for (int f = 0; f < fieldCount; f++) {
        for (String term : frequencies.get(u).get(f).keySet()) {
          Postings postings = index.computeIfAbsent(term, t -> new Postings());
          List<int[]> entries = postings.entries;
          if (entries.isEmpty() || entries.get(entries.size() - 1)[0] != u) {
            entries.add(new int[] {u});
          }
        }
      }
    }
    for (int u = 0; u < units.size(); u++) {
      for (String pair : pairFlags.get(u).keySet()) {
        index.computeIfAbsent(pair, t -> new Postings()).entries.add(new int[] {u});
      }
    }
    List<OutputFile> files = new ArrayList<>();
    List<String> firstTerms = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (Map.Entry<String, Postings> entry : index.entrySet()) {
      String term = entry.getKey();
      List<int[]> entries = entry.getValue().entries;
      double idf =
          StrictMath.log(
              1 + Math.abs((units.size() - entries.size() + 0.5) / (entries.size() + 0.5)));
      StringBuilder postings = new StringBuilder();
      int previous = 0;
      boolean pair = term.indexOf(' ') >= 0;
      for (int[] posting : entries) {
        int u = posting[0];
        if (pair) {
          postings.append(postings.length() == 0 ? "" : ",").append(u - previous);
          postings.append(",0,").append(pairFlags.get(u).get(term));
          previous = u;
          continue;
        }
        double score = 0;
        int flags = levelFlags.get(u).getOrDefault(term, 0);
        for (int f = 0; f < fieldCount; f++) {
          Integer tf = frequencies.get(u).get(f).get(term);
          if (tf == null) {
            continue;
          }
          score +=
              BOOSTS[f]
                  * idf
                  * ((K1 + 1) * tf)
                  / (K1 * (1 - B + B * (lengths[u][f] / averages[f])) + tf);
          if (f == TITLE) {
            flags |= 1;
          } else if (f == CODES) {
            flags |= 2;
          }
        }
        postings.append(postings.length() == 0 ? "" : ",").append(u - previous);
        postings.append(',').append(Math.max(1, Math.round(score * 100)));
        postings.append(',').append(flags);
        previous = u;
      }
      if (part.length() > 0 && part.length() + postings.length() > PART_SIZE) {
        files.add(termPart(firstTerms.size() - 1, part));
        part.setLength(0);
      }
      if (part.length() == 0) {
        firstTerms.add(term);
      } else {
        part.append(',');
      }
      part.append(quote(term)).append(":[").append(postings).append(']');
    }
    if (part.length() > 0) {
      files.add(termPart(firstTerms.size() - 1, part));
    }

    List<Integer> firstUnits = new ArrayList<>();
    ByteArrayOutputStream docs = new ByteArrayOutputStream();
    JsonFactory factory = new JsonFactory();
    int start = 0;
    for (int u = 0; u < units.size(); u++) {
      byte[] unit = unitJson(factory, units.get(u));
      if (docs.size() > 0 && docs.size() + unit.length > PART_SIZE) {
        files.add(docPart(firstUnits.size(), start, docs));
        firstUnits.add(start);
        docs.reset();
        start = u;
      }
      if (docs.size() > 0) {
        docs.write(',');
      }
      docs.writeBytes(unit);
    }
    if (docs.size() > 0) {
      files.add(docPart(firstUnits.size(), start, docs));
      firstUnits.add(start);
    }
    List<Integer> guidance = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (units.get(u).kind().equals("guidance")) {
        guidance.add(u);
      }
    }
    files.add(0, contents(units.size(), firstTerms, firstUnits, guidance));
    return files;
  }

  /**
   * Two terms next to each other in a line ("court protect" from "Court of Protection", stop words
   * being left out), so the page knows a phrase without loading the text: flags 1 in the title, 2
   * elsewhere, 4 &lt;&lt; i in level i.
   */
  private static void addPairs(Map<String, Integer> pairs, List<String> terms, int flags) {
    for (int i = 1; i < terms.size(); i++) {
      if (!terms.get(i - 1).isEmpty() && !terms.get(i).isEmpty()) {
        pairs.merge(terms.get(i - 1) + " " + terms.get(i), flags, (a, b) -> a | b);
      }
    }
  }

  private static List<String> terms(String text, Map<String, List<String>> memo) {
    List<String> terms = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      terms.addAll(memo.computeIfAbsent(line, LunrText::terms));
    }
    return terms;
  }

  private OutputFile contents(
      int unitCount, List<String> firstTerms, List<Integer> firstUnits, List<Integer> guidance) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("units", unitCount);
      json.writeStringField("separator", LunrText.SEPARATOR_JS);
      json.writeArrayFieldStart("terms");
      for (String term : firstTerms) {
        json.writeString(term);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("docs");
      for (int first : firstUnits) {
        json.writeNumber(first);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("guidance");
      for (int unit : guidance) {
        json.writeNumber(unit);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("synonyms");
      for (Map.Entry<String, List<List<String>>> entry : vocabulary.expansions().entrySet()) {
        json.writeArrayFieldStart(entry.getKey());
        for (List<String> alternative : entry.getValue()) {
          json.writeStartArray();
          for (String term : alternative) {
            json.writeString(term);
          }
          json.writeEndArray();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return part("index", out.toString(StandardCharsets.UTF_8));
  }

  private static OutputFile termPart(int number, StringBuilder terms) {
    return part("t" + number, "{" + terms + "}");
  }

  private static OutputFile docPart(int number, int first, ByteArrayOutputStream units) {
    return part(
        "d" + number,
        "{\"first\":" + first + ",\"units\":[" + units.toString(StandardCharsets.UTF_8) + "]}");
  }

  private static OutputFile part(String name, String json) {
    String script = "PortalSearch.add(\"" + name + "\"," + json + ");\n";
    return new OutputFile(FOLDER + name + ".js", script.getBytes(StandardCharsets.UTF_8));
  }

  private static String quote(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * What a result shows: k kind, t title, u url, f framework, g grade, s summary, x lines, l
   * levels.
   */
  private static byte[] unitJson(JsonFactory factory, SearchUnits.Unit unit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("k", unit.kind());
      json.writeStringField("t", unit.title());
      json.writeStringField("u", unit.url());
      optional(json, "f", unit.framework());
      optional(json, "g", unit.grade());
      optional(json, "s", unit.summary());
      json.writeArrayFieldStart("x");
      for (SearchUnits.Line line : unit.lines()) {
        line(json, line);
      }
      json.writeEndArray();
      if (!unit.levels().isEmpty()) {
        json.writeArrayFieldStart("l");
        for (SearchUnits.LevelLines level : unit.levels()) {
          json.writeStartObject();
          json.writeStringField("id", level.id());
          json.writeStringField("n", level.name());
          json.writeStringField("u", level.url());
          json.writeArrayFieldStart("x");
          for (SearchUnits.Line line : level.lines()) {
            line(json, line);
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A line: its text, or [text, anchor] or [text, anchor, 1] when it is to be confirmed. */
  private static void line(JsonGenerator json, SearchUnits.Line line) throws IOException {
    if (line.anchor() == null && !line.provisional()) {
      json.writeString(line.text());
      return;
    }
    json.writeStartArray();
    json.writeString(line.text());
    json.writeString(line.anchor() == null ? "" : line.anchor());
    if (line.provisional()) {
      json.writeNumber(1);
    }
    json.writeEndArray();
  }

  private static void optional(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    if (value != null && !value.isEmpty()) {
      json.writeStringField(name, value);
    }
  }
}
