package org.frameworkportal.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes straight into a growing UTF-8 byte array, unsynchronised. Templates write a
 * page in many small pieces; a {@link java.io.StringWriter} takes a lock for each and then copies
 * the whole page twice more (to a String, then to bytes). The bytes are exactly those of {@code
 * String.getBytes(UTF_8)}, unpaired surrogates included (each becomes '?').
 */
final class Utf8Writer extends Writer {
  private byte[] bytes;
  private int size;
  private char pendingHigh;

  Utf8Writer(int initialCapacity) {
    bytes = new byte[initialCapacity];
  }

  @Override
  public void write(int c) {
    put((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    ensure(length * 3 + 4);
    int i = offset;
    int end = offset + length;
    while (pendingHigh != 0 && i < end) {
      put(chars[i++]);
    }
    // ASCII, nearly all of a page, in locals: C1 (the launcher's compiler) keeps fields in memory.
    byte[] out = bytes;
    int at = size;
    while (i < end) {
      char c = chars[i++];
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else {
        size = at;
        put(c);
        while (pendingHigh != 0
            && i < end) { // a surrogate pair, or an unpaired one, settled before ASCII again
          put(chars[i++]);
        }
        out = bytes;
        at = size;
      }
    }
    size = at;
  }

  @Override
  public void write(String text, int offset, int length) {
    // Copied out in bulk: charAt checks its index on every call, which C1-compiled code pays.
    for (int from = offset, end = offset + length; from < end; from += chunk.length) {
      int n = Math.min(chunk.length, end - from);
      text.getChars(from, from + n, chunk, 0);
      write(chunk, 0, n);
    }
  }

  private final char[] chunk = new char[2048];

  @Override
  public Writer append(CharSequence text) {
    String string = String.valueOf(text);
    write(string, 0, string.length());
    return this;
  }

  private void put(char c) {
    ensure(4);
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int code = Character.toCodePoint(high, c);
        bytes[size++] = (byte) (0xF0 | (code >> 18));
        bytes[size++] = (byte) (0x80 | ((code >> 12) & 0x3F));
        bytes[size++] = (byte) (0x80 | ((code >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (code & 0x3F));
        return;
      }
      bytes[size++] = '?';
      ensure(4);
    }
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | (c >> 6));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c)) {
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xE0 | (c >> 12));
      bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** The bytes written so far; a surrogate still waiting for its pair counts as unpaired. */
  byte[] toByteArray() {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      ensure(1);
      bytes[size++] = '?';
    }
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
