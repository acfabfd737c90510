package org.frameworkportal.model;

/**
 * A professional standard used alongside a framework, such as the BASW Professional Capabilities
 * Framework.
 */
public record SectorFramework(String title, String url) {}
