package org.frameworkportal.model;

import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * A team inside a framework; {@code partOf} names a larger team it belongs to, or is null.
 *
 * @param at where the id is written
 */
public record Team(
    String id,
    String title,
    @Nullable String description,
    @Nullable Ref partOf,
    SourcePosition at) {}
