package org.frameworkportal.validate;

import org.frameworkportal.model.SourcePosition;

/**
 * A mistake in the content, said so that an HR editor can fix it: where, what, and how.
 *
 * @param hint what to do about it, or null
 */
public record Problem(SourcePosition at, String message, String hint) {

  public static Problem at(SourcePosition at, String message) {
    return new Problem(at, message, null);
  }

  /** {@code content/path.yaml:LINE:COL: message (hint)}, the form editors and IDEs both read. */
  public String format() {
    return at + ": " + message + (hint == null ? "" : " (" + hint + ")");
  }
}
