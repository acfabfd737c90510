package org.frameworkportal.model;

import org.frameworkportal.diag.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * One step of a level scheme: A "Developing", B "Practising", C "Accomplished".
 *
 * @param at where the id is written
 */
public record LevelDefinition(String id, String name, @Nullable String intro, SourcePosition at) {}
