package org.frameworkportal.output;

/**
 * One output file: its path under the site root ({@code frameworks/x/index.html}) and its bytes.
 */
public record OutputFile(String path, byte[] bytes) {}
