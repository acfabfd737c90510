package org.frameworkportal.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.frameworkportal.link.Portal;
import org.frameworkportal.output.OutputFile;
import org.jspecify.annotations.Nullable;

/**
 * The search stage's files for tools: the documents of {@link SearchEntries}, a lunr.js 2.3.9 index
 * of them ({@code search-index.json}, loadable by {@code lunr.Index.load} once {@code
 * lunr.tokenizer.separator} is {@link LunrText#SEPARATOR_JS}) and what each result shows ({@code
 * search-docs.json}).
 */
public final class SearchIndex {
  /**
   * Field boosts: a word in a title weighs most, then skill names, grade and framework; duties and
   * statements are long, so they weigh least.
   */
  public static final List<LunrIndexBuilder.Field> FIELDS =
      List.of(
          new LunrIndexBuilder.Field("title", 10),
          new LunrIndexBuilder.Field("skills", 3),
          new LunrIndexBuilder.Field("grade", 2),
          new LunrIndexBuilder.Field("framework", 2),
          new LunrIndexBuilder.Field("duties", 1),
          new LunrIndexBuilder.Field("statements", 1));

  /** What a result shows; {@code statements} lets the page highlight the one that matched. */
  public record Result(
      String title,
      String url,
      String kind,
      @Nullable String framework,
      @Nullable String grade,
      @Nullable String level,
      @Nullable String summary,
      List<String> statements,
      List<Integer> provisional) {

    Result(
        String title,
        String url,
        String kind,
        @Nullable String framework,
        @Nullable String grade,
        @Nullable String level,
        @Nullable String summary,
        List<String> statements) {
      this(title, url, kind, framework, grade, level, summary, statements, List.of());
    }
  }

  /** A document to index and the result it stands for. */
  public record Entry(LunrIndexBuilder.Document document, Result result) {}

  /**
   * The two files tools read: the index and the documents, as JSON (the search page reads the parts
   * of {@link SearchParts}).
   */
  public List<OutputFile> render(Portal portal) {
    return render(new SearchEntries().of(portal));
  }

  public List<OutputFile> render(List<Entry> searchable) {
    List<Entry> entries = shortRefs(searchable);
    LunrIndexBuilder builder = new LunrIndexBuilder(FIELDS);
    entries.forEach(entry -> builder.add(entry.document()));
    byte[] index = builder.toJson();
    byte[] docs = documentsJson(entries);
    return List.of(
        new OutputFile("search-index.json", index), new OutputFile("search-docs.json", docs));
  }

  /**
   * Refs as short as can be ("r1b": kind letter and a base-36 number): every posting repeats its
   * refs, so long ones ("level:client-financial-services/...") would double the index.
   */
  public static List<Entry> shortRefs(List<Entry> entries) {
    List<Entry> shortened = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      String ref = entry.result().kind().charAt(0) + Integer.toString(i, 36);
      shortened.add(
          new Entry(
              new LunrIndexBuilder.Document(
                  ref, entry.document().fields(), entry.document().boost()),
              entry.result()));
    }
    return shortened;
  }

  private static byte[] documentsJson(List<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      for (Entry entry : entries) {
        Result r = entry.result();
        json.writeObjectFieldStart(entry.document().ref());
        json.writeStringField("title", r.title());
        json.writeStringField("url", r.url());
        json.writeStringField("kind", r.kind());
        optional(json, "framework", r.framework());
        optional(json, "grade", r.grade());
        optional(json, "level", r.level());
        optional(json, "summary", r.summary());
        if (!r.statements().isEmpty()) {
          json.writeArrayFieldStart("statements");
          for (String statement : r.statements()) {
            json.writeString(statement);
          }
          json.writeEndArray();
        }
        if (!r.provisional().isEmpty()) {
          json.writeArrayFieldStart("provisional");
          for (int index : r.provisional()) {
            json.writeNumber(index);
          }
          json.writeEndArray();
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void optional(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    if (value != null && !value.isEmpty()) {
      json.writeStringField(name, value);
    }
  }
}
