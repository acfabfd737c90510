package org.frameworkportal.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frameworkportal.diag.Problems;
import org.frameworkportal.diag.SourcePosition;
import org.frameworkportal.model.FreePage;
import org.frameworkportal.shape.PageFrontMatter;

/** Reads a page of pages/: Markdown with YAML front matter between two '---' lines. */
final class PageFile {
  private static final Pattern FRONT_MATTER_END = Pattern.compile("(?m)^---[ \\t]*(\n|\\z)");

  private PageFile() {}

  static Optional<FreePage> read(
      Path file, ContentFolder folder, YamlReader yaml, Problems problems) {
    String name = folder.display(file);
    Optional<String> read = text(file, name, folder, problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    String text = read.get();
    if (!text.startsWith("---\n")) {
      problems.add(
          SourcePosition.wholeFile(name),
          "a page starts with front matter between '---' lines",
          "begin the file with ---, title: ..., ---");
      return Optional.empty();
    }
    Matcher end = FRONT_MATTER_END.matcher(text).region(4, text.length());
    if (!end.find()) {
      problems.add(
          SourcePosition.wholeFile(name), "the front matter is not closed with a '---' line");
      return Optional.empty();
    }
    String frontMatter = text.substring(4, end.start());
    if (frontMatter.isBlank()) {
      problems.add(
          SourcePosition.wholeFile(name),
          "the front matter is empty",
          "write 'title: ...' between the '---' lines");
      return Optional.empty();
    }
    // One empty line first, so that positions inside the front matter match the file's lines.
    Optional<YamlNode> node = yaml.parse("\n" + frontMatter, name, problems);
    return node.flatMap(n -> Fields.of(n, problems, PageFrontMatter.PAGE))
        .map(
            f ->
                new FreePage(
                    ContentFiles.idOf(file),
                    f.required("title"),
                    f.text("summary"),
                    text.substring(end.end()),
                    SourcePosition.wholeFile(name)));
  }

  /** A page's text as UTF-8 with "\n" line ends, whichever editor saved it. */
  private static Optional<String> text(
      Path file, String name, ContentFolder folder, Problems problems) {
    try {
      long size = Files.size(file);
      if (YamlReader.tooLarge(size, name, problems)) {
        return Optional.empty();
      }
      byte[] bytes = folder.read(file, YamlReader.MAX_FILE_BYTES + 1);
      if (YamlReader.tooLarge(bytes.length, name, problems)) {
        return Optional.empty();
      }
      return TextFile.decode(bytes, name, problems);
    } catch (IOException e) {
      problems.add(SourcePosition.wholeFile(name), ContentFolder.unreadable(e, "file"));
      return Optional.empty();
    }
  }
}
