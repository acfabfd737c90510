package org.frameworkportal.model;

import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * One way of using the frameworks: browsers, thinkers, movers, supporters.
 *
 * @param at where the id is written
 */
public record Audience(
    String id,
    String title,
    @Nullable String question,
    @Nullable String description,
    SourcePosition at) {}
