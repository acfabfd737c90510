package org.frameworkportal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.load.YamlNode.Entry;
import org.frameworkportal.load.YamlNode.ListNode;
import org.frameworkportal.load.YamlNode.MapNode;
import org.frameworkportal.load.YamlNode.ScalarNode;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads one YAML file into a {@link YamlNode} tree that remembers every value's line and column.
 *
 * <p>Everything that can go wrong with the file itself (size, encoding, syntax, tabs, duplicate
 * keys, anchors, tags, control characters) becomes a {@link org.frameworkportal.diag.Problem},
 * never an exception. Every value is kept as the text the editor typed: YAML's numbers, dates and
 * true/false words ({@code 010}, {@code 1e3}, {@code yes}) are not converted; a tag ({@code !foo},
 * {@code !!str}), which would drop or change text, is refused.
 */
public final class YamlReader {

  /** The largest content file accepted; the biggest real role file is about 30 KB. */
  public static final int MAX_FILE_BYTES = 512 * 1024;

  static final int MAX_NESTING = 40;

  static final Problem.Text ANCHORS =
      new Problem.Text(
          "'&name' and '*name' (YAML's way of repeating a value) are not allowed in content files",
          "write the text out in full where it is needed");

  private final YAMLFactory factory;

  /** The text being read, for quoting what the editor wrote; one file at a time per reader. */
  private String source = "";

  /** The text's lines, split once per file: the slips of every plain value are looked for there. */
  private String @Nullable [] sourceLines;

  /** How many of the problems found are slips in plain text, which leave the file readable. */
  private int slips;

  /**
   * The line where a value starting with '&' or '*' was reported: the parser's complaint there
   * follows from it.
   */
  private int specialLine;

  private boolean aliasReported;

  public YamlReader() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false); // Jackson then reports the second key's position
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setAllowRecursiveKeys(false);
    this.factory = new YamlParser.Factory(YAMLFactory.builder().loaderOptions(options));
  }

  /**
   * Whether a file of {@code size} bytes is refused, before reading it: a problem is added if so.
   */
  public static boolean tooLarge(long size, String file, Problems problems) {
    if (size <= MAX_FILE_BYTES) {
      return false;
    }
    problems.add(
        SourcePosition.wholeFile(file),
        "the file is "
            + (size / 1024)
            + " KB; the largest allowed is "
            + (MAX_FILE_BYTES / 1024)
            + " KB",
        "split it, or check that nothing was pasted into it by mistake");
    return true;
  }

  /** The parsed file, or empty when the file has problems (already added to {@code problems}). */
  public Optional<YamlNode> read(byte[] bytes, String file, Problems problems) {
    if (tooLarge(bytes.length, file, problems)) {
      return Optional.empty();
    }
    return TextFile.decode(bytes, file, problems).flatMap(text -> parse(text, file, problems));
  }

  /**
   * As {@link #read}, for text already decoded (with "\n" line ends), such as a page's front
   * matter.
   */
  public Optional<YamlNode> parse(String text, String file, Problems problems) {
    SourcePosition start = SourcePosition.wholeFile(file);
    if (text.isBlank() || onlyComments(text)) {
      problems.add(start, "the file is empty", "write its content, or delete the file");
      return Optional.empty();
    }
    if (hasControlCharacter(text, file, problems)) {
      return Optional.empty();
    }
    int before = problems.size();
    source = text;
    sourceLines = null;
    slips = 0;
    specialLine = -1;
    aliasReported = false;
    try (YamlParser parser = (YamlParser) factory.createParser(new StringReader(text))) {
      if (parser.nextToken() == null) {
        problems.add(start, "the file is empty", "write its content, or delete the file");
        return Optional.empty();
      }
      YamlNode root = readValue(parser, file, problems, 0);
      if (parser.nextToken() != null) {
        problems.add(
            position(parser, file),
            "the file holds more than one YAML document",
            "remove the '---' line: one file is one document");
      }
      // Slips in plain text leave the file readable: reading on finds the file's other mistakes
      // too.
      return problems.size() - slips == before ? Optional.of(root) : Optional.empty();
    } catch (JsonProcessingException e) {
      SourcePosition at = YamlSyntax.position(e, file);
      if (at.line() != specialLine) { // the line's '&' or '*' was said already, and explains this
        Problem.Text said = YamlSyntax.explain(e);
        problems.add(
            YamlSyntax.atLine(sourceLines(), at)
                .orElse(new Problem(at, said.message(), said.hint())));
      }
      return Optional.empty();
    } catch (IOException | YAMLException e) {
      problems.add(
          start,
          "YAML cannot make sense of this file",
          "check the indentation and quotation marks");
      return Optional.empty();
    } finally {
      source = "";
    }
  }

  private YamlNode readValue(YamlParser parser, String file, Problems problems, int depth)
      throws IOException {
    SourcePosition at = position(parser, file);
    if (depth > MAX_NESTING) {
      problems.add(at, "the values are nested more than " + MAX_NESTING + " levels deep");
      parser.skipChildren();
      return new ScalarNode(null, at);
    }
    if ((parser.getObjectId() != null || parser.isCurrentAlias() || parser.valueAnchored())
        && !aliasReported) {
      // Jackson hands aliases over unexpanded; rejecting both ends also defeats alias bombs.
      aliasReported = true;
      specialLine = at.line();
      String word = wordAt(at);
      if ((word.startsWith("&") || word.startsWith("*")) && parser.currentToken().isScalarValue()) {
        // Most often a statement that starts with '&' or '*': its first word would be lost.
        problems.add(
            at,
            "a value starting with '"
                + word.charAt(0)
                + "' is read by YAML as "
                + (word.startsWith("&")
                    ? "a name for the value"
                    : "a reference to a value named elsewhere")
                + ", so '"
                + Problem.shortened(word)
                + "' would be left out",
            "put the whole text in quotes, for example - \"" + Problem.shortened(word) + " ...\"");
      } else {
        problems.add(at, ANCHORS);
      }
    }
    JsonToken token = parser.currentToken();
    if (parser.getTypeId() != null) {
      tagProblem(at, token.isScalarValue() ? parser.getText() : null, false, problems);
    }
    switch (token) {
      case START_OBJECT -> {
        return readMap(parser, file, problems, depth, at);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser, file, problems, depth + 1));
        }
        return new ListNode(items, at);
      }
      case VALUE_NULL -> {
        return new ScalarNode(null, at, parser.getText());
      }
      default -> {
        ScalarEvent plain = parser.plainScalar();
        if (plain != null
            && plain.getStartMark() != null
            && plain.getEndMark() != null
            && PlainTextSlips.found(plain, parser.getText(), sourceLines(), file, problems)) {
          slips++;
        }
        // getText() is the text as typed, also for what YAML calls numbers and true/false.
        return new ScalarNode(parser.getText(), at);
      }
    }
  }

  private MapNode readMap(
      YamlParser parser, String file, Problems problems, int depth, SourcePosition at)
      throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourcePosition keyAt = position(parser, file);
      if (parser.keyTagged()) {
        tagProblem(keyAt, key, true, problems);
      } else if (parser.keyAnchored() && !aliasReported) {
        aliasReported = true;
        problems.add(keyAt, ANCHORS);
      }
      parser.nextToken();
      YamlNode value = readValue(parser, file, problems, depth + 1);
      entries.put(key, new Entry(key, keyAt, value));
    }
    return new MapNode(entries, at);
  }

  private String[] sourceLines() {
    if (sourceLines == null) {
      sourceLines = source.split("\n", -1);
    }
    return sourceLines;
  }

  /**
   * A tag ({@code !Important}, {@code !!str}) silently drops or changes text: say so, and how to
   * keep it.
   */
  private void tagProblem(
      SourcePosition at, @Nullable String text, boolean key, Problems problems) {
    String tag = wordAt(at);
    String example = "\"" + tag + " " + text + "\"";
    String hint;
    if (key || tag.startsWith("!!")) {
      hint =
          "remove '"
              + Problem.shortened(tag)
              + "'"
              + (key ? "" : ": every value is read as text anyway");
    } else if (text != null
        && !text.isEmpty()
        && example.length() <= 62
        && example.chars().noneMatch(c -> c == '\\' || c == '\n')
        && text.indexOf('"') < 0) {
      hint = "put the text in quotes: " + example;
    } else {
      hint = "put the text in quotes, or remove '" + Problem.shortened(tag) + "'";
    }
    problems.add(
        at,
        (key ? YamlSyntax.TAG_MESSAGE.replace("a value", "a key") : YamlSyntax.TAG_MESSAGE)
            + ", so '"
            + Problem.shortened(tag)
            + "' would be left out",
        hint);
  }

  /** The word the editor wrote at {@code at} (up to the next space), as typed. */
  private String wordAt(SourcePosition at) {
    int lineStart = 0;
    for (int line = 1; line < at.line() && lineStart >= 0; line++) {
      lineStart = source.indexOf('\n', lineStart) + 1;
    }
    int lineEnd = source.indexOf('\n', lineStart);
    String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
    int from =
        line.offsetByCodePoints(
            0, Math.min(at.column() - 1, line.codePointCount(0, line.length())));
    int to = from;
    while (to < line.length() && !Character.isWhitespace(line.charAt(to))) {
      to++;
    }
    return line.substring(from, to);
  }

  private static SourcePosition position(YamlParser parser, String file) {
    JsonLocation location = parser.currentTokenLocation();
    return new SourcePosition(
        file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static boolean onlyComments(String text) {
    return text.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#"));
  }

  /**
   * Control characters (what YAML does not allow: C0 but tab and line end, DEL, C1 but NEL) are
   * invisible in most editors, so the problem says exactly where one is.
   */
  private static boolean hasControlCharacter(String text, String file, Problems problems) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          (c < 0x20 && c != '\t' && c != '\n')
              || (c >= 0x7F && c <= 0x9F && c != 0x85)
              || c == 0xFFFE
              || c == 0xFFFF;
      if (control) {
        problems.add(
            TextFile.positionOf(text, i, file),
            String.format(
                "the file contains an invisible control character (U+%04X) here", (int) c),
            "delete it; it usually comes with text copied from another program");
        return true;
      }
    }
    return false;
  }
}
