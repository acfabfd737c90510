package org.frameworkportal.model;

import org.frameworkportal.diag.SourcePosition;

/**
 * One way of using the frameworks: browsers, thinkers, movers, supporters.
 *
 * @param at where the id is written
 */
public record Audience(
    String id, String title, String question, String description, SourcePosition at) {}
