package org.frameworkportal.model;

/** A titled block of Markdown in a role profile, such as job family descriptors. */
public record ProfileSection(String title, String body) {}
