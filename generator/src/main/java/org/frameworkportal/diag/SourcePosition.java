package org.frameworkportal.diag;

/**
 * Where a value was written: the file as the editor knows it, and its 1-based line and column; or
 * the file as a whole (line and column 0), for a problem with the file itself (its name, its
 * encoding, its size), which no line would locate honestly.
 */
public record SourcePosition(String file, int line, int column) {

  /** The file as a whole: messages name it without a line. */
  public static SourcePosition wholeFile(String file) {
    return new SourcePosition(file, 0, 0);
  }

  /** Whether this names a whole file rather than a place in it. */
  public boolean isWholeFile() {
    return line == 0;
  }

  /** {@code file:line:column}, or just {@code file} for the file as a whole. */
  @Override
  public String toString() {
    return isWholeFile() ? file : file + ":" + line + ":" + column;
  }
}
