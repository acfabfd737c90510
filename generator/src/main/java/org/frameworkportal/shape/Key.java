package org.frameworkportal.shape;

/**
 * One key of a shape.
 *
 * @param title a short name for editors ("Role title")
 * @param description what it is for and how to write it, in plain English, with an example; shown
 *     on hover in the editor and in the content guide
 */
public record Key(String name, Presence presence, Type type, String title, String description)
    implements Shape.Part {

  public boolean required() {
    return presence == Presence.REQUIRED;
  }
}
