package org.frameworkportal.model;

/** One way of using the frameworks: browsers, thinkers, movers, supporters. */
public record Audience(String id, String title, String question, String description) {}
