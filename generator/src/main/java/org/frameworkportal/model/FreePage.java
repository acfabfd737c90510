package org.frameworkportal.model;

import org.frameworkportal.diag.SourcePosition;

/** A free Markdown page from content/pages, such as "About the frameworks". */
public record FreePage(String id, String title, String summary, String body, SourcePosition at) {}
