package org.frameworkportal.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frameworkportal.load.YamlNode.Entry;
import org.frameworkportal.load.YamlNode.ListNode;
import org.frameworkportal.load.YamlNode.MapNode;
import org.frameworkportal.load.YamlNode.ScalarNode;
import org.frameworkportal.model.SourcePosition;
import org.frameworkportal.validate.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a {@link YamlNode} tree that remembers every value's line and column.
 *
 * <p>Everything that can go wrong with the file itself (size, encoding, syntax, tabs, duplicate
 * keys, anchors) becomes a {@link org.frameworkportal.validate.Problem}, never an exception.
 */
public final class YamlReader {

  /** The largest content file accepted; the biggest real role file is about 30 KB. */
  public static final int MAX_FILE_BYTES = 512 * 1024;

  private static final int MAX_NESTING = 40;

  private final YAMLFactory factory;
  private boolean aliasReported;

  public YamlReader() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false); // Jackson then reports the second key's position
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setAllowRecursiveKeys(false);
    this.factory = YAMLFactory.builder().loaderOptions(options).build();
  }

  /** The parsed file, or empty when the file has problems (already added to {@code problems}). */
  public Optional<YamlNode> read(byte[] bytes, String file, Problems problems) {
    SourcePosition start = SourcePosition.startOf(file);
    if (bytes.length > MAX_FILE_BYTES) {
      problems.add(
          start,
          "the file is " + (bytes.length / 1024) + " KB; the largest allowed is "
              + (MAX_FILE_BYTES / 1024) + " KB",
          "split it, or check that nothing was pasted into it by mistake");
      return Optional.empty();
    }
    Optional<String> text = decodeUtf8(bytes, file, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().isBlank() || onlyComments(text.get())) {
      problems.add(start, "the file is empty", "write its content, or delete the file");
      return Optional.empty();
    }
    int before = problems.size();
    aliasReported = false;
    try (YAMLParser parser = factory.createParser(text.get())) {
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
      return problems.size() == before ? Optional.of(root) : Optional.empty();
    } catch (JsonProcessingException e) {
      problems.add(syntaxProblemAt(e, file), syntaxMessage(e), syntaxHint(e));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(start, "the file could not be read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private YamlNode readValue(YAMLParser parser, String file, Problems problems, int depth)
      throws IOException {
    SourcePosition at = position(parser, file);
    if (depth > MAX_NESTING) {
      problems.add(at, "the values are nested more than " + MAX_NESTING + " levels deep");
      parser.skipChildren();
      return new ScalarNode(null, at);
    }
    if ((parser.getObjectId() != null || parser.isCurrentAlias()) && !aliasReported) {
      // Jackson hands aliases over unexpanded; rejecting both ends also defeats alias bombs.
      aliasReported = true;
      problems.add(
          at,
          "YAML anchors and aliases ('&name', '*name') are not allowed in content files",
          "write the text out in full where it is needed");
    }
    JsonToken token = parser.currentToken();
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
        return new ScalarNode(null, at);
      default:
        return new ScalarNode(parser.getText(), at);
    }
  }

  private MapNode readMap(
      YAMLParser parser, String file, Problems problems, int depth, SourcePosition at)
      throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourcePosition keyAt = position(parser, file);
      parser.nextToken();
      YamlNode value = readValue(parser, file, problems, depth + 1);
      entries.put(key, new Entry(key, keyAt, value));
    }
    return new MapNode(entries, at);
  }

  private static SourcePosition position(YAMLParser parser, String file) {
    JsonLocation location = parser.currentTokenLocation();
    return new SourcePosition(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static boolean onlyComments(String text) {
    return text.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#"));
  }

  /** Decodes strictly, so that a file saved in another encoding is named, not silently garbled. */
  private static Optional<String> decodeUtf8(byte[] bytes, String file, Problems problems) {
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(bytes, offset);
      problems.add(
          positionOfByte(bytes, bad, file),
          String.format("the file is not UTF-8 text (byte 0x%02X cannot be read)", bytes[bad] & 0xFF),
          "save the file as UTF-8; in Notepad choose 'Save as' and Encoding 'UTF-8'");
      return Optional.empty();
    }
  }

  private static int firstInvalidByte(byte[] bytes, int from) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  /** Line and column of a byte, counting characters (not bytes) on its line. */
  private static SourcePosition positionOfByte(byte[] bytes, int index, String file) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < index; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new SourcePosition(file, line, column);
  }

  private static SourcePosition syntaxProblemAt(JsonProcessingException e, String file) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      return new SourcePosition(
          file, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
    }
    JsonLocation location = e.getLocation();
    return location == null
        ? SourcePosition.startOf(file)
        : new SourcePosition(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static String problemText(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
      return marked.getProblem();
    }
    return e.getOriginalMessage();
  }

  private static String syntaxMessage(JsonProcessingException e) {
    String problem = problemText(e);
    if (problem.startsWith("Duplicate field")) {
      return "duplicate key " + problem.substring("Duplicate field ".length()).strip()
          + ": the same key is given twice";
    }
    if (isTab(problem)) {
      return "a tab character is used for indentation; YAML indents with spaces only";
    }
    if (problem.contains("exceeds the limit") || problem.contains("code points")) {
      return "the file is larger than the limit of " + (MAX_FILE_BYTES / 1024) + " KB";
    }
    if (problem.contains("Nesting Depth")) {
      return "the values are nested more than " + MAX_NESTING + " levels deep";
    }
    return "YAML syntax error: " + problem.strip();
  }

  private static boolean isTab(String problem) {
    return problem.toLowerCase(java.util.Locale.ROOT).contains("tab");
  }

  private static String syntaxHint(JsonProcessingException e) {
    String problem = problemText(e);
    if (problem.startsWith("Duplicate field")) {
      return "keep one of the two, or check the indentation";
    }
    if (isTab(problem)) {
      return "replace the tab with spaces; set your editor to insert spaces for Tab";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "a text that contains ': ' must be put in quotes, or a key is indented wrongly";
    }
    if (problem.contains("could not find expected ':'")) {
      return "a key needs a colon after it, or the line above is indented wrongly";
    }
    if (problem.contains("expected <block end>") || problem.contains("did not find expected")) {
      return "check the indentation of this line against the lines above it";
    }
    if (problem.contains("found unexpected end of stream") || problem.contains("quoted scalar")) {
      return "a quotation mark is opened and never closed";
    }
    return "check the indentation and quotation marks near this line";
  }
}
