package org.frameworkportal.render;

/**
 * One output file: its path under the site root ({@code frameworks/x/index.html}) and its bytes.
 */
public record RenderedPage(String path, byte[] bytes) {}
