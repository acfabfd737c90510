package org.frameworkportal.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a search index that lunr.js 2.3.9 loads with {@code lunr.Index.load}: the same terms, term
 * indexes, BM25 field vectors (rounded to three decimals) and JSON shape as {@code lunr.Builder}
 * and {@code Index#toJSON} (lunr.js L2468-L2626, L2252). Fields and documents are added in order;
 * {@link #toJson()} serialises.
 */
public final class LunrIndexBuilder {
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  /** A field and its boost; field names may not contain "/". */
  public record Field(String name, double boost) {}

  /** A document: its ref, the text of each field (missing fields are empty) and its boost. */
  public record Document(String ref, Map<String, String> fields, double boost) {}

  private record FieldEntry(String ref, String field, Map<String, Integer> termFrequencies, int length) {}

  private static final class Posting {
    final int index;
    final Map<String, Set<String>> refsByField = new LinkedHashMap<>();

    Posting(int index, List<Field> fields) {
      this.index = index;
      fields.forEach(field -> refsByField.put(field.name(), new LinkedHashSet<>()));
    }

    int documentsWithTerm() {
      return refsByField.values().stream().mapToInt(Set::size).sum();
    }
  }

  private final List<Field> fields;
  private final Map<String, Posting> invertedIndex = new HashMap<>();
  private final List<FieldEntry> entries = new ArrayList<>();
  private final Map<String, Double> documentBoosts = new HashMap<>();
  private int termIndex;

  public LunrIndexBuilder(List<Field> fields) {
    for (Field field : fields) {
      if (field.name().contains("/")) {
        throw new IllegalArgumentException("Field '" + field.name() + "' contains illegal character '/'");
      }
    }
    this.fields = List.copyOf(fields);
  }

  /** lunr.Builder#add: tokenise each field, run the pipeline, count terms, fill the inverted index. */
  public void add(Document document) {
    if (documentBoosts.put(document.ref(), document.boost()) != null) {
      throw new IllegalArgumentException("two documents share the ref " + document.ref());
    }
    for (Field field : fields) {
      List<String> terms = LunrText.terms(document.fields().get(field.name()));
      Map<String, Integer> frequencies = new LinkedHashMap<>();
      for (String term : terms) {
        frequencies.merge(term, 1, Integer::sum);
        Posting posting = invertedIndex.computeIfAbsent(term, t -> new Posting(termIndex++, fields));
        posting.refsByField.get(field.name()).add(document.ref());
      }
      entries.add(new FieldEntry(document.ref(), field.name(), frequencies, terms.size()));
    }
  }

  public int documentCount() {
    return documentBoosts.size();
  }

  /** Index#toJSON of the built index, as UTF-8 bytes. */
  public byte[] toJson() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      writeJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void writeJson(JsonGenerator json) throws IOException {
    int documentCount = documentCount();
    Map<String, Double> averageLength = new HashMap<>();
    for (FieldEntry entry : entries) {
      averageLength.merge(entry.field(), (double) entry.length(), Double::sum);
    }
    averageLength.replaceAll((field, total) -> total / documentCount);
    Map<String, Double> idfCache = new HashMap<>();

    json.writeStartObject();
    json.writeStringField("version", "2.3.9");
    json.writeArrayFieldStart("fields");
    for (Field field : fields) {
      json.writeString(field.name());
    }
    json.writeEndArray();

    json.writeArrayFieldStart("fieldVectors");
    Map<String, Double> boosts = new HashMap<>();
    fields.forEach(field -> boosts.put(field.name(), field.boost()));
    for (FieldEntry entry : entries) {
      double fieldBoost = boosts.get(entry.field());
      double documentBoost = documentBoosts.get(entry.ref());
      // lunr.Vector keeps its elements sorted by term index: pack (index, weight) into longs and sort.
      long[] vector = new long[entry.termFrequencies().size()];
      int n = 0;
      double average = averageLength.get(entry.field());
      for (Map.Entry<String, Integer> term : entry.termFrequencies().entrySet()) {
        Posting posting = invertedIndex.get(term.getKey());
        double idf = idfCache.computeIfAbsent(term.getKey(), t -> idf(posting, documentCount));
        int tf = term.getValue();
        double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (entry.length() / average)) + tf);
        score *= fieldBoost;
        score *= documentBoost;
        vector[n++] = ((long) posting.index << 32) | Math.round(score * 1000);
      }
      java.util.Arrays.sort(vector);
      json.writeStartArray();
      json.writeString(entry.field() + "/" + entry.ref());
      json.writeStartArray();
      for (long element : vector) {
        json.writeNumber((int) (element >>> 32));
        json.writeNumber(thousandths(element & 0xFFFFFFFFL));
      }
      json.writeEndArray();
      json.writeEndArray();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("invertedIndex");
    for (Map.Entry<String, Posting> term : new TreeMap<>(invertedIndex).entrySet()) {
      json.writeStartArray();
      json.writeString(term.getKey());
      json.writeStartObject();
      json.writeNumberField("_index", term.getValue().index);
      for (Map.Entry<String, Set<String>> field : term.getValue().refsByField.entrySet()) {
        json.writeObjectFieldStart(field.getKey());
        for (String ref : JsObjects.keyOrder(field.getValue())) {
          json.writeObjectFieldStart(ref);
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndArray();

    json.writeArrayFieldStart("pipeline");
    json.writeString("stemmer");
    json.writeEndArray();
    json.writeEndObject();
  }

  /** lunr.idf (L319): a document counts once per field the term appears in. */
  private static double idf(Posting posting, int documentCount) {
    int documentsWithTerm = posting.documentsWithTerm();
    double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
    return StrictMath.log(1 + Math.abs(x));
  }

  /** A whole number of thousandths written as JavaScript writes that number: 1500 is "1.5", 2000 is "2". */
  static String thousandths(long value) {
    long whole = Math.abs(value) / 1000;
    long fraction = Math.abs(value) % 1000;
    String sign = value < 0 ? "-" : "";
    if (fraction == 0) {
      return sign + whole;
    }
    StringBuilder digits = new StringBuilder(3);
    digits.append((char) ('0' + fraction / 100)).append((char) ('0' + fraction / 10 % 10)).append((char) ('0' + fraction % 10));
    while (digits.charAt(digits.length() - 1) == '0') {
      digits.setLength(digits.length() - 1);
    }
    return sign + whole + "." + digits;
  }

  /** Distinct terms, for tests and the benchmark. */
  public Set<String> terms() {
    return new HashSet<>(invertedIndex.keySet());
  }
}
