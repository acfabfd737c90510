package org.frameworkportal.model;

import org.jspecify.annotations.Nullable;

/**
 * A professional standard used alongside a framework, such as the BASW Professional Capabilities
 * Framework.
 */
public record SectorFramework(String title, @Nullable String url) {}
