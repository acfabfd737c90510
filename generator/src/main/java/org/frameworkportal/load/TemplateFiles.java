package org.frameworkportal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The page templates, read from their folder once, so that rendering never touches the disk: each
 * {@code .ftlh} (HTML) and {@code .ftlx} (XML) file by its name.
 */
public final class TemplateFiles {
  private TemplateFiles() {}

  /** The templates in {@code folder}, or empty when it is not a folder that can be read. */
  public static Optional<Map<String, String>> read(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    Map<String, String> templates = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if ((name.endsWith(".ftlh") || name.endsWith(".ftlx")) && Files.isRegularFile(file)) {
          readInto(templates, file, name);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return Optional.of(templates);
  }

  /**
   * A file that cannot be read is left out: the page that uses it then says the template is
   * missing. Bytes that are not UTF-8 show as replacement characters, as a template loader would.
   */
  private static void readInto(Map<String, String> templates, Path file, String name) {
    try {
      templates.put(name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      // left out, as above
    }
  }
}
