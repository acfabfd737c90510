package org.frameworkportal.shape;

import static org.frameworkportal.shape.Presence.OPTIONAL;
import static org.frameworkportal.shape.Presence.REQUIRED;
import static org.frameworkportal.shape.Type.text;

/** The front matter of {@code content/pages/<page-id>.md}: the lines between its two '---'. */
public final class PageFrontMatter {
  private PageFrontMatter() {}

  public static final Shape PAGE =
      Shape.named("page", "the page's front matter")
          .about(
              "Page",
              "A free page: content/pages/<page-id>.md, where the file name is the page's id. It"
                  + " starts with these keys between two '---' lines; its text, in Markdown,"
                  + " follows them.")
          .key(
              "title",
              REQUIRED,
              text(),
              "Page title",
              "The page's heading, also used in links to it. For example: About the frameworks")
          .key(
              "summary",
              OPTIONAL,
              text(),
              "Page summary",
              "One plain sentence saying what the page is about, given to browsers and search"
                  + " engines as the page's description.")
          .build();
}
