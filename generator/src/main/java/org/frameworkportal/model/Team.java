package org.frameworkportal.model;

/** A team inside a framework; {@code partOf} names a larger team it belongs to, or is null. */
public record Team(String id, String title, String description, Ref partOf, SourcePosition at) {}
