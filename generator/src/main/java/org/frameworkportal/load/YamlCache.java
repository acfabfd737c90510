package org.frameworkportal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.frameworkportal.validate.Problem;
import org.frameworkportal.validate.Problems;

/**
 * Parsed YAML files kept between builds of the preview server, keyed by path and checked by
 * modification time and size: an edit to one role re-parses that one file.
 */
public final class YamlCache {
  private record Parsed(FileTime modified, long size, Optional<YamlNode> node, List<Problem> problems) {}

  private final Map<Path, Parsed> files = new ConcurrentHashMap<>();

  Optional<YamlNode> read(Path file, String name, Problems problems, YamlReader reader) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    Parsed parsed = files.get(file);
    if (parsed == null || !parsed.modified().equals(attributes.lastModifiedTime()) || parsed.size() != attributes.size()) {
      Problems own = new Problems();
      Optional<YamlNode> node = reader.read(Files.readAllBytes(file), name, own);
      parsed = new Parsed(attributes.lastModifiedTime(), attributes.size(), node, own.sorted());
      files.put(file, parsed);
    }
    problems.addAll(parsed.problems());
    return parsed.node();
  }
}
