package org.frameworkportal.diag;

/** Where a value was written: the file as the editor knows it, and its 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

  public static SourcePosition wholeFile(String file) {
    return new SourcePosition(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
