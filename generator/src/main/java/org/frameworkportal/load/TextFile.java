package org.frameworkportal.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;

/**
 * A content file's bytes as text, read the same whichever editor saved them: strictly as UTF-8 (a
 * file saved in another encoding is named, not silently garbled), without a byte-order mark, and
 * with Windows (CRLF) and old Mac (CR) line ends read as plain ones.
 */
final class TextFile {
  private TextFile() {}

  /** The text, or empty with a problem at the first byte that is not UTF-8. */
  static Optional<String> decode(byte[] bytes, String file, Problems problems) {
    if (isUtf16(bytes)) {
      // Notepad's "Unicode": every other byte is zero, which would otherwise be reported as control
      // characters.
      problems.add(
          SourcePosition.wholeFile(file),
          "the file is saved as 'Unicode' (UTF-16), not as UTF-8 text",
          "save the file as UTF-8; in Notepad choose 'Save as' and Encoding 'UTF-8'");
      return Optional.empty();
    }
    int start = hasByteOrderMark(bytes) ? 3 : 0;
    try {
      String text =
          decoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
      return Optional.of(plainLineEnds(text));
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(bytes, start);
      problems.add(
          positionOfByte(bytes, start, bad, file),
          "the file is not saved as UTF-8 text: the character here cannot be read (it was probably saved as"
              + " 'ANSI' or another older setting)",
          "save the file as UTF-8; in Notepad choose 'Save as' and Encoding 'UTF-8'");
      return Optional.empty();
    }
  }

  /**
   * Line ends as "\n" only: a file saved on Windows reads exactly like the same file saved
   * elsewhere.
   */
  static String plainLineEnds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** A UTF-16 byte-order mark, or text whose every other byte is zero (UTF-16 without the mark). */
  private static boolean isUtf16(byte[] bytes) {
    if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
      return true;
    }
    int zeros = 0;
    int sample = Math.min(bytes.length, 200);
    for (int i = 0; i < sample; i++) {
      zeros += bytes[i] == 0 ? 1 : 0;
    }
    return sample >= 8 && zeros * 3 >= sample;
  }

  private static boolean hasByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static int firstInvalidByte(byte[] bytes, int from) {
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    decoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return Math.min(in.position(), bytes.length - 1);
  }

  /**
   * Line and column of a byte, counting characters (not bytes) on its line, the byte-order mark not
   * at all.
   */
  private static SourcePosition positionOfByte(byte[] bytes, int start, int index, String file) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < index; i++) {
      if (bytes[i] == '\n'
          || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
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

  /**
   * Line and column of a character of {@code text}, the column counted in characters as editors
   * show them.
   */
  static SourcePosition positionOf(String text, int index, String file) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePosition(file, line, text.codePointCount(lineStart, index) + 1);
  }
}
