package org.frameworkportal.model;

import org.frameworkportal.diag.SourcePosition;

/**
 * A team inside a framework; {@code partOf} names a larger team it belongs to, or is null.
 *
 * @param at where the id is written
 */
public record Team(String id, String title, String description, Ref partOf, SourcePosition at) {}
