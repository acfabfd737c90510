package org.frameworkportal.workbook;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Where each value of a YAML text is written, as character offsets into the text, so that an edit
 * replaces exactly the lines of the values it changes. The loader has already checked the file;
 * this reads only its layout.
 */
final class YamlSpans {
  private YamlSpans() {}

  /** A value and the characters it covers: from its first to just after its last character. */
  sealed interface Span {
    int start();

    int end();
  }

  record ScalarSpan(String value, int start, int end) implements Span {}

  record ListSpan(List<Span> items, boolean flow, int start, int end) implements Span {}

  record MapSpan(List<EntrySpan> entries, boolean flow, int start, int end) implements Span {
    Optional<EntrySpan> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }
  }

  record EntrySpan(String key, int keyStart, int keyEnd, Span value) {}

  /** The layout of {@code text}'s first document, or empty when it cannot be read as YAML. */
  static Optional<Span> of(String text) {
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      Iterator<Event> events = new Yaml(options).parse(new StringReader(text)).iterator();
      Offsets offsets = new Offsets(text);
      while (events.hasNext()) {
        Event event = events.next();
        if (event instanceof CollectionStartEvent || event instanceof ScalarEvent) {
          return Optional.of(read(event, events, offsets));
        }
      }
      return Optional.empty();
    } catch (RuntimeException e) { // the loader reports what is wrong with the file
      return Optional.empty();
    }
  }

  private static Span read(Event first, Iterator<Event> events, Offsets offsets) {
    int start = offsets.of(first.getStartMark());
    if (first instanceof ScalarEvent scalar) {
      return new ScalarSpan(scalar.getValue(), start, offsets.of(first.getEndMark()));
    }
    boolean flow = ((CollectionStartEvent) first).isFlow();
    int end = start;
    if (first instanceof SequenceStartEvent) {
      List<Span> items = new ArrayList<>();
      while (true) {
        Event next = events.next();
        if (next.is(Event.ID.SequenceEnd)) {
          end = flow ? offsets.of(next.getEndMark()) : end;
          return new ListSpan(items, flow, start, end);
        }
        Span item = read(next, events, offsets);
        items.add(item);
        end = Math.max(end, item.end());
      }
    }
    if (!(first instanceof MappingStartEvent)) {
      throw new IllegalStateException("an alias: the loader refuses these");
    }
    List<EntrySpan> entries = new ArrayList<>();
    while (true) {
      Event next = events.next();
      if (next.is(Event.ID.MappingEnd)) {
        end = flow ? offsets.of(next.getEndMark()) : end;
        return new MapSpan(entries, flow, start, end);
      }
      Span key = read(next, events, offsets);
      Span value = read(events.next(), events, offsets);
      entries.add(
          new EntrySpan(
              key instanceof ScalarSpan s ? s.value() : "", key.start(), key.end(), value));
      end = Math.max(end, Math.max(key.end(), value.end()));
    }
  }

  /** Turns SnakeYAML's marks (line and column in code points) into offsets into the text. */
  private static final class Offsets {
    private final String text;
    private final int[] lineStarts;

    Offsets(String text) {
      this.text = text;
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int of(@Nullable Mark mark) {
      if (mark == null) {
        return 0;
      }
      if (mark.getLine() >= lineStarts.length) {
        return text.length();
      }
      int lineStart = lineStarts[mark.getLine()];
      try {
        return text.offsetByCodePoints(lineStart, mark.getColumn());
      } catch (IndexOutOfBoundsException e) {
        return text.length();
      }
    }
  }
}
