package org.frameworkportal.model;

import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/** A free Markdown page from content/pages, such as "About the frameworks". */
public record FreePage(
    String id, String title, @Nullable String summary, String body, SourcePosition at) {}
