package org.frameworkportal.output;

import java.util.Arrays;

/**
 * One output file: its path under the site root ({@code frameworks/x/index.html}) and its bytes. A
 * class rather than a record, so that files with equal bytes are equal (a record compares arrays by
 * identity). The bytes are handed over, not copied, and never changed once made.
 */
public final class OutputFile {
  private final String path;
  private final byte[] bytes;

  public OutputFile(String path, byte[] bytes) {
    this.path = path;
    this.bytes = bytes;
  }

  public String path() {
    return path;
  }

  public byte[] bytes() {
    return bytes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutputFile file
        && path.equals(file.path)
        && Arrays.equals(bytes, file.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return path + " (" + bytes.length + " bytes)";
  }
}
