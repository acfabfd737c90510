package org.frameworkportal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
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
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.NodeEvent;
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
  private String source;

  private boolean aliasReported;

  public YamlReader() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false); // Jackson then reports the second key's position
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setAllowRecursiveKeys(false);
    this.factory = new Factory(YAMLFactory.builder().loaderOptions(options));
  }

  /**
   * Whether a file of {@code size} bytes is refused, before reading it: a problem is added if so.
   */
  public static boolean tooLarge(long size, String file, Problems problems) {
    if (size <= MAX_FILE_BYTES) {
      return false;
    }
    problems.add(
        SourcePosition.startOf(file),
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
    SourcePosition start = SourcePosition.startOf(file);
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
    try (Parser parser = (Parser) factory.createParser(new StringReader(text))) {
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
      source = null;
    }
  }

  private YamlNode readValue(Parser parser, String file, Problems problems, int depth)
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
      case START_OBJECT:
        return readMap(parser, file, problems, depth, at);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser, file, problems, depth + 1));
        }
        return new ListNode(items, at);
      case VALUE_NULL:
        return new ScalarNode(null, at, parser.getText());
      default:
        plainTextSlips(parser, file, problems);
        // getText() is the text as typed, also for what YAML calls numbers and true/false.
        return new ScalarNode(parser.getText(), at);
    }
  }

  private MapNode readMap(
      Parser parser, String file, Problems problems, int depth, SourcePosition at)
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

  /**
   * Slips that YAML reads without complaint but that change what HR typed, in text written without
   * quotes: list entries merged into the one above by an indentation slip, and words after ' #'
   * dropped as a comment. Quoted text is read exactly as typed, so it is never questioned.
   */
  private void plainTextSlips(Parser parser, String file, Problems problems) throws IOException {
    ScalarEvent scalar = parser.plainScalar();
    if (scalar == null || scalar.getStartMark() == null || scalar.getEndMark() == null) {
      return;
    }
    String[] lines = sourceLines();
    int first = scalar.getStartMark().getLine();
    int last = Math.min(scalar.getEndMark().getLine(), lines.length - 1);
    for (int line = first + 1; line <= last; line++) {
      String text = lines[line];
      String stripped = text.stripLeading();
      int at = text.length() - stripped.length();
      if (stripped.equals("-") || stripped.startsWith("- ")) {
        problems.add(
            new SourcePosition(file, line + 1, at + 1),
            "this line is read as more words of the text on line "
                + (first + 1)
                + ", not as an entry of its own,"
                + " because its '- ' is not lined up with the '- ' of the entries before it",
            "line up every '- ' of the list under the first one, with the same number of spaces before it");
        slips++;
        return; // one problem per merged text: the rest follow from it
      }
      if (startsLikeAnEntry(stripped, lines[line - 1])) {
        problems.add(
            new SourcePosition(file, line + 1, at + 1),
            "this line looks like an entry of its own, but it has no '- ' in front, so it is read as more words of"
                + " the text on line "
                + (first + 1),
            "start it with '- ' lined up with the entries above; if it does continue the text above, put the"
                + " whole text in quotes");
        slips++;
        return;
      }
    }
    if (parser.getText().indexOf('\n') >= 0) {
      // In text without quotes, a blank line is kept only as a line break: paragraphs would run
      // together.
      problems.add(
          new SourcePosition(file, first + 1, scalar.getStartMark().getColumn() + 1),
          "this text runs over several paragraphs, but without '|' after its key they are joined into one",
          "write '|' after the key's colon (for example 'intro: |') and keep the paragraphs indented below it");
      slips++;
      return;
    }
    if (last + 1 < lines.length && scalar.getStartMark().getColumn() > 0) {
      String next = lines[last + 1];
      String stripped = next.stripLeading();
      int indent = next.length() - stripped.length();
      if (stripped.startsWith("#")
          && indent >= scalar.getStartMark().getColumn()
          && !lines[last].stripTrailing().matches(".*[.!?:;)]$")) {
        // A wrapped line that starts with '#': read as a comment, it silently ends the text above.
        problems.add(
            new SourcePosition(file, last + 2, indent + 1),
            "this line starts with '#', so it is read as a comment, and the text above it ends without it",
            "put the whole text in quotes, or move the '#' away from the start of the line");
        slips++;
        return;
      }
    }
    java.util.regex.Matcher two = TWO_ON_ONE_LINE.matcher(parser.getText());
    if (two.find()) {
      problems.add(
          new SourcePosition(file, first + 1, scalar.getStartMark().getColumn() + 1),
          "this looks like two entries written on one line, joined by ' - '",
          "put each on a line of its own starting with '- '; if it is one text, put it in quotes");
      slips++;
      return;
    }
    String end = lines[last];
    int after = Math.min(scalar.getEndMark().getColumn(), end.length());
    String rest = end.substring(after);
    if (!rest.isEmpty()
        && rest.stripLeading().startsWith("#")
        && Character.isWhitespace(rest.charAt(0))) {
      int hash = after + rest.indexOf('#');
      String whole = parser.getText() + " " + end.substring(hash).strip();
      String quoted = "\"" + whole.replace("\"", "'") + "\"";
      problems.add(
          new SourcePosition(file, last + 1, hash + 1),
          "the words from ' #' to the end of the line are read as a comment and left out of the text",
          quoted.length() <= 70 && whole.indexOf('\n') < 0
              ? "to keep them, put the whole text in quotes: " + quoted
              : "to keep them, put the whole text in double quotes; for a note to reviewers, use 'note:' instead");
      slips++;
    }
  }

  /** "...Protection. - Understands equality...": a sentence, a dash, then a new sentence. */
  private static final java.util.regex.Pattern TWO_ON_ONE_LINE =
      java.util.regex.Pattern.compile("[.!?;]\\s+[-–•]\\s+\\p{Lu}");

  /**
   * A wrapped line that starts like a new entry: a bullet pasted from Word, a dash without its
   * space, or a new sentence after a line that ended one.
   */
  private static boolean startsLikeAnEntry(String line, String above) {
    if (line.isEmpty()) {
      return false;
    }
    char first = line.charAt(0);
    if ("•·▪◦●–—".indexOf(first) >= 0
        || (first == '-' && line.length() > 1 && !Character.isWhitespace(line.charAt(1)))) {
      return true;
    }
    String before = above.stripTrailing();
    return Character.isUpperCase(first) && before.matches(".*[.!?]$");
  }

  private String[] sourceLines;
  private int slips;

  /**
   * The line where a value starting with '&' or '*' was reported: the parser's complaint there
   * follows from it.
   */
  private int specialLine;

  /** The file's lines, split once per file (the slips above look at them for every plain value). */
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
  private void tagProblem(SourcePosition at, String text, boolean key, Problems problems) {
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

  private static SourcePosition position(YAMLParser parser, String file) {
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

  /** Jackson's factory, making {@link Parser}s. */
  private static final class Factory extends YAMLFactory {
    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
      return new Parser(
          context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }
  }

  /**
   * Jackson's parser, also telling whether a key was written with a tag or an anchor, which Jackson
   * drops unsaid.
   */
  private static final class Parser extends YAMLParser {
    Parser(
        IOContext context,
        int features,
        int yamlFeatures,
        LoaderOptions options,
        ObjectCodec codec,
        Reader reader) {
      super(context, features, yamlFeatures, options, codec, reader);
    }

    /** The value just read, when it was written without quotes; null otherwise. */
    ScalarEvent plainScalar() {
      return _lastEvent instanceof ScalarEvent value
              && value.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
          ? value
          : null;
    }

    /**
     * Whether the value just read has an anchor ({@code &name}), which Jackson reports only for
     * some values.
     */
    boolean valueAnchored() {
      return _lastEvent instanceof NodeEvent node && node.getAnchor() != null;
    }

    boolean keyTagged() {
      return _lastEvent instanceof ScalarEvent key && key.getTag() != null;
    }

    boolean keyAnchored() {
      return _lastEvent instanceof ScalarEvent key && key.getAnchor() != null;
    }
  }
}
