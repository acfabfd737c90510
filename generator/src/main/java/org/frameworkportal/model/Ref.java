package org.frameworkportal.model;

/** An id written in content that points at something else (a team, a role, a skill), with where it was written. */
public record Ref(String id, SourcePosition at) {}
