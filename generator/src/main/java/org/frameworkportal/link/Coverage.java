package org.frameworkportal.link;

/** How many of a framework's requirement statements carry no transferable skill. */
public record Coverage(String frameworkId, String frameworkTitle, int statements, int untagged) {

  public int percentTagged() {
    return statements == 0 ? 100 : (int) Math.round(100.0 * (statements - untagged) / statements);
  }
}
