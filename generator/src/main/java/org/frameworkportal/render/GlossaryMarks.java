package org.frameworkportal.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.frameworkportal.output.SitePaths;
import org.jspecify.annotations.Nullable;

/**
 * Explains the first use of each glossary term in a page's main text: the term becomes a link to
 * its glossary entry, with its meaning as the title of an {@code <abbr>} (inside a label, only the
 * {@code <abbr>}). Only text between tags is touched, never a tag, an attribute, a link, a heading
 * or a picture, so nothing a page does changes; the same page always comes out the same.
 */
final class GlossaryMarks {
  /** Elements whose text is left alone: a link inside them would break them or read oddly. */
  private static final Set<String> LEFT_ALONE =
      Set.of(
          "a",
          "abbr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "script",
          "style",
          "button",
          "summary",
          "option",
          "select",
          "textarea",
          "svg",
          "code",
          "pre",
          "title",
          "legend");

  /** Elements whose terms are explained without a link: a link inside a label would tick it. */
  private static final String LABEL = "label";

  private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z0-9]+)");

  /** Each spelling, with the term it stands for. */
  private final Map<String, String> bySpelling;

  private final Pattern spellings;

  private GlossaryMarks(Map<String, String> bySpelling) {
    this.bySpelling = bySpelling;
    // Longest first, so that "NQSW" wins over "SW"; a plural "s" may follow.
    String alternatives =
        bySpelling.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    this.spellings =
        Pattern.compile("(?<![\\p{L}\\p{N}&#;_-])(" + alternatives + ")s?(?![\\p{L}\\p{N}_])");
  }

  /** Marks for the terms of {@code bySpelling}: each spelling with the term it stands for. */
  static GlossaryMarks of(Map<String, String> bySpelling) {
    return new GlossaryMarks(bySpelling);
  }

  /**
   * {@code html} with the first use of each term inside {@code <main>} marked, with the meaning
   * {@code meaningOf} gives.
   */
  byte[] mark(
      byte[] html, String root, SitePaths paths, Function<String, @Nullable String> meaningOf) {
    if (bySpelling.isEmpty()) {
      return html;
    }
    String page = new String(html, StandardCharsets.UTF_8);
    int start = page.indexOf("<main");
    int end = page.lastIndexOf("</main>");
    if (start < 0 || end < start) {
      return html;
    }
    StringBuilder out = new StringBuilder(page.length() + 1024);
    out.append(page, 0, start);
    Set<String> explained = new HashSet<>();
    Deque<String> leftAlone = new ArrayDeque<>();
    int at = start;
    while (at < end) {
      int tag = page.indexOf('<', at);
      if (tag < 0 || tag > end) {
        tag = end;
      }
      String text = page.substring(at, tag);
      boolean inLabel = leftAlone.contains(LABEL);
      boolean untouched = leftAlone.stream().anyMatch(element -> !element.equals(LABEL));
      out.append(
          untouched ? text : marked(text, explained, inLabel ? null : root, paths, meaningOf));
      if (tag == end) {
        break;
      }
      int close =
          page.startsWith("<!--", tag) ? page.indexOf("-->", tag) + 2 : page.indexOf('>', tag);
      if (close < tag) {
        close = end - 1;
      }
      String markup = page.substring(tag, close + 1);
      track(markup, leftAlone);
      out.append(markup);
      at = close + 1;
    }
    out.append(page, end, page.length());
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Notes entering and leaving an element whose text is left alone. */
  private static void track(String markup, Deque<String> leftAlone) {
    if (markup.startsWith("<!") || markup.endsWith("/>")) {
      return;
    }
    boolean closing = markup.startsWith("</");
    Matcher name = TAG_NAME.matcher(markup);
    if (!name.lookingAt()) {
      return;
    }
    String element = name.group(1).toLowerCase(Locale.ROOT);
    if (!LEFT_ALONE.contains(element) && !element.equals(LABEL)) {
      return;
    }
    if (!closing) {
      leftAlone.push(element);
    } else if (element.equals(leftAlone.peek())) {
      leftAlone.pop();
    }
  }

  /** {@code text} with its terms explained, linked to the glossary unless {@code root} is null. */
  private String marked(
      String text,
      Set<String> explained,
      @Nullable String root,
      SitePaths paths,
      Function<String, @Nullable String> meaningOf) {
    Matcher use = spellings.matcher(text);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (use.find()) {
      String term = bySpelling.get(use.group(1));
      String meaning = term == null ? null : meaningOf.apply(term);
      if (term == null || meaning == null || !explained.add(term)) {
        continue;
      }
      String abbr = "<abbr title=\"" + escaped(meaning) + "\">" + use.group() + "</abbr>";
      out.append(text, at, use.start());
      if (root == null) {
        out.append(abbr);
      } else {
        out.append("<a class=\"glossary-term\" href=\"")
            .append(root)
            .append(paths.glossaryTerm(term))
            .append("\">")
            .append(abbr)
            .append("</a>");
      }
      at = use.end();
    }
    return at == 0 ? text : out.append(text, at, text.length()).toString();
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
