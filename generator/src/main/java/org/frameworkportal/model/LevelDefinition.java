package org.frameworkportal.model;

/** One step of a level scheme: A "Developing", B "Practising", C "Accomplished". */
public record LevelDefinition(String id, String name, String intro) {}
