package org.frameworkportal.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.frameworkportal.diag.Problem;
import org.frameworkportal.diag.Problems;
import org.jspecify.annotations.Nullable;

/**
 * Parsed YAML files kept between builds of the preview server, keyed by path and checked by
 * modification time and size, and by their bytes while the time stamp is too recent to trust (an
 * edit saved twice within the file system's clock tick): an edit to one role re-parses that one
 * file.
 */
public final class YamlCache {
  /**
   * @param readAt when the file was read; a file whose time stamp is this close to it may have been
   *     saved again in the same tick (coarse clocks: 2 s on shared drives), so its bytes decide
   * @param bytes the file as read, to compare with in that case (null when it was too large to
   *     read)
   */
  private record Parsed(
      FileTime modified,
      long size,
      long readAt,
      @Nullable ByteBuffer bytes,
      Optional<YamlNode> node,
      List<Problem> problems) {}

  /**
   * Time stamps within this of the moment a file was read cannot tell two saves apart (FAT and SMB:
   * 2 s).
   */
  private static final long RACY_MILLIS = 3000;

  private final Map<Path, Parsed> files = new ConcurrentHashMap<>();

  /** What a file's parsed YAML was turned into, with what it was turned into it from. */
  private record Converted(YamlNode node, Object key, Object value, List<Problem> problems) {}

  private final Map<Path, Converted> converted = new ConcurrentHashMap<>();

  /**
   * The model value made from {@code node}: the one made last time while the YAML and {@code key}
   * (what else the conversion read) are equal, so that later comparisons of an unchanged role find
   * the very same value and cost nothing. The problems found converting it are reported again.
   */
  @SuppressWarnings("unchecked")
  <T> T converted(
      Path file,
      YamlNode node,
      Object key,
      Problems problems,
      java.util.function.Function<Problems, T> convert) {
    Converted done = converted.get(file);
    if (done == null || !done.node().equals(node) || !done.key().equals(key)) {
      Problems own = new Problems();
      T value = convert.apply(own);
      done = new Converted(node, key, value, own.sorted());
      converted.put(file, done);
    }
    problems.addAll(done.problems());
    return (T) done.value();
  }

  Optional<YamlNode> read(
      Path file, String name, Problems problems, YamlReader reader, ContentFolder folder)
      throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    Parsed parsed = files.get(file);
    boolean trustStamp =
        parsed != null
            && parsed.modified().equals(attributes.lastModifiedTime())
            && parsed.size() == attributes.size()
            && attributes.lastModifiedTime().toMillis() < parsed.readAt() - RACY_MILLIS;
    if (parsed == null || !trustStamp) {
      long readAt = System.currentTimeMillis();
      Problems own = new Problems();
      // A file too large is refused unread; one that grows meanwhile is read no further than the
      // limit allows.
      byte[] bytes =
          YamlReader.tooLarge(attributes.size(), name, own)
              ? null
              : folder.read(file, YamlReader.MAX_FILE_BYTES + 1);
      ByteBuffer read = bytes == null ? null : ByteBuffer.wrap(bytes).asReadOnlyBuffer();
      if (parsed != null && read != null && read.equals(parsed.bytes())) {
        // Saved again with the same bytes (or the time stamp could not tell): the same parse.
        parsed =
            new Parsed(
                attributes.lastModifiedTime(),
                attributes.size(),
                readAt,
                read,
                parsed.node(),
                parsed.problems());
      } else {
        Optional<YamlNode> node = bytes == null ? Optional.empty() : reader.read(bytes, name, own);
        parsed =
            new Parsed(
                attributes.lastModifiedTime(), attributes.size(), readAt, read, node, own.sorted());
      }
      files.put(file, parsed);
    }
    problems.addAll(parsed.problems());
    return parsed.node();
  }
}
