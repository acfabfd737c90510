package org.frameworkportal.diag;

/** How messages quote what an editor wrote. */
public final class Quoted {
  private Quoted() {}

  /** A statement named by its first words, as an editor would search for it. */
  public static String firstWords(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= 60) {
      return "\"" + flat + "\"";
    }
    int cut = flat.lastIndexOf(' ', 57);
    return "\"" + flat.substring(0, cut > 30 ? cut : 57) + "...\"";
  }
}
