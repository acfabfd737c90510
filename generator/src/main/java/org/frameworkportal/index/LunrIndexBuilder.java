package org.frameworkportal.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

  /**
   * A term: its index (order of first appearance) and, per field, the documents that have it, by
   * number, in the order added. Numbers and arrays, not maps of strings: 2,000 roles make millions
   * of postings.
   */
  private static final class Term {
    final int index;
    final int[][] documents;
    final int[] counts;
    double idf = Double.NaN;

    /** While a field of a document is being added: how often this term occurs in it. */
    int occurrences;

    Term(int index, int fieldCount) {
      this.index = index;
      this.documents = new int[fieldCount][];
      this.counts = new int[fieldCount];
    }

    /** Records that {@code document} has this term in {@code field}; documents arrive in order. */
    void add(int field, int document) {
      int n = counts[field];
      int[] list = documents[field];
      if (n > 0 && list[n - 1] == document) {
        return;
      }
      if (list == null) {
        list = documents[field] = new int[2];
      } else if (n == list.length) {
        list = documents[field] = java.util.Arrays.copyOf(list, n * 2);
      }
      list[n] = document;
      counts[field] = n + 1;
    }

    int documentsWithTerm() {
      int sum = 0;
      for (int count : counts) {
        sum += count;
      }
      return sum;
    }
  }

  /** One field of one document: its terms with how often each occurs, and its length in terms. */
  @SuppressWarnings("ArrayRecordComponent") // never compared or hashed, only read back in order
  private record FieldEntry(int document, int field, Term[] terms, int[] frequencies, int length) {}

  private final List<Field> fields;
  private final Map<String, Term> invertedIndex = new HashMap<>();
  private final List<FieldEntry> entries = new ArrayList<>();
  private final List<String> refs = new ArrayList<>();
  private final Set<String> seenRefs = new HashSet<>();
  private double[] documentBoosts = new double[64];
  private int termIndex;

  public LunrIndexBuilder(List<Field> fields) {
    for (Field field : fields) {
      if (field.name().contains("/")) {
        throw new IllegalArgumentException(
            "Field '" + field.name() + "' contains illegal character '/'");
      }
    }
    this.fields = List.copyOf(fields);
  }

  /**
   * lunr.Builder#add: tokenise each field, run the pipeline, count terms, fill the inverted index.
   */
  public void add(Document document) {
    if (!seenRefs.add(document.ref())) {
      throw new IllegalArgumentException("two documents share the ref " + document.ref());
    }
    int number = refs.size();
    refs.add(document.ref());
    if (number == documentBoosts.length) {
      documentBoosts = java.util.Arrays.copyOf(documentBoosts, number * 2);
    }
    documentBoosts[number] = document.boost();
    for (int field = 0; field < fields.size(); field++) {
      List<String> terms = terms(document.fields().get(fields.get(field).name()));
      // Terms count their own occurrences in this field (documents are added one at a time).
      List<Term> distinct = new ArrayList<>();
      for (String text : terms) {
        Term term = invertedIndex.computeIfAbsent(text, t -> new Term(termIndex++, fields.size()));
        term.add(field, number);
        if (term.occurrences++ == 0) {
          distinct.add(term);
        }
      }
      int[] counts = new int[distinct.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = distinct.get(i).occurrences;
        distinct.get(i).occurrences = 0;
      }
      entries.add(
          new FieldEntry(number, field, distinct.toArray(new Term[0]), counts, terms.size()));
    }
  }

  /**
   * {@link LunrText#terms}, a line at a time: a line break separates tokens, so a text's terms are
   * its lines' terms one after another, and lines recur (a statement is in its role's document and
   * its level's, a title in many), so each distinct line goes through the pipeline once.
   */
  private List<String> terms(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<String> terms = new ArrayList<>();
    for (int start = 0; start <= text.length(); ) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      terms.addAll(termsByLine.computeIfAbsent(text.substring(start, end), LunrText::terms));
      start = end + 1;
    }
    return terms;
  }

  private final Map<String, List<String>> termsByLine = new HashMap<>();

  public int documentCount() {
    return refs.size();
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
    double[] averageLength = new double[fields.size()];
    for (FieldEntry entry : entries) {
      averageLength[entry.field()] += entry.length();
    }
    for (int field = 0; field < averageLength.length; field++) {
      averageLength[field] /= documentCount;
    }

    json.writeStartObject();
    json.writeStringField("version", "2.3.9");
    json.writeArrayFieldStart("fields");
    for (Field field : fields) {
      json.writeString(field.name());
    }
    json.writeEndArray();

    json.writeArrayFieldStart("fieldVectors");
    for (FieldEntry entry : entries) {
      double fieldBoost = fields.get(entry.field()).boost();
      double documentBoost = documentBoosts[entry.document()];
      // lunr.Vector keeps its elements sorted by term index: pack (index, weight) into longs and
      // sort.
      long[] vector = new long[entry.terms().length];
      double average = averageLength[entry.field()];
      for (int i = 0; i < vector.length; i++) {
        Term term = entry.terms()[i];
        if (Double.isNaN(term.idf)) {
          term.idf = idf(term.documentsWithTerm(), documentCount);
        }
        int tf = entry.frequencies()[i];
        double score =
            term.idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (entry.length() / average)) + tf);
        score *= fieldBoost;
        score *= documentBoost;
        vector[i] = ((long) term.index << 32) | Math.round(score * 1000);
      }
      java.util.Arrays.sort(vector);
      json.writeStartArray();
      json.writeString(fields.get(entry.field()).name() + "/" + refs.get(entry.document()));
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
    List<Map.Entry<String, Term>> sorted = new ArrayList<>(invertedIndex.entrySet());
    sorted.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, Term> entry : sorted) {
      String text = entry.getKey();
      Term term = entry.getValue();
      json.writeStartArray();
      json.writeString(text);
      json.writeStartObject();
      json.writeNumberField("_index", term.index);
      for (int field = 0; field < fields.size(); field++) {
        json.writeObjectFieldStart(fields.get(field).name());
        List<String> documents = new ArrayList<>(term.counts[field]);
        for (int i = 0; i < term.counts[field]; i++) {
          documents.add(refs.get(term.documents[field][i]));
        }
        for (String ref : JsObjects.keyOrder(documents)) {
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
  private static double idf(int documentsWithTerm, int documentCount) {
    double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
    return StrictMath.log(1 + Math.abs(x));
  }

  /**
   * A whole number of thousandths written as JavaScript writes that number: 1500 is "1.5", 2000 is
   * "2".
   */
  static String thousandths(long value) {
    long whole = Math.abs(value) / 1000;
    long fraction = Math.abs(value) % 1000;
    String sign = value < 0 ? "-" : "";
    if (fraction == 0) {
      return sign + whole;
    }
    StringBuilder digits = new StringBuilder(3);
    digits
        .append((char) ('0' + fraction / 100))
        .append((char) ('0' + fraction / 10 % 10))
        .append((char) ('0' + fraction % 10));
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
