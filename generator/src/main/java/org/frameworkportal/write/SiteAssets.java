package org.frameworkportal.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The site's own files (style sheets, scripts, images), published under {@code assets/}. */
final class SiteAssets {
  private SiteAssets() {}

  /**
   * The site assets by their path in the site ("assets/portal.css"), sorted. A link leading out of
   * the assets folder is refused, so that no file from elsewhere on the computer is published.
   */
  static SortedMap<String, Path> files(Path assetsDir) throws IOException {
    SortedMap<String, Path> assets = new TreeMap<>();
    if (!Files.isDirectory(assetsDir)) {
      return assets;
    }
    Path realAssets = assetsDir.toRealPath();
    try (Stream<Path> files = Files.walk(assetsDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.toRealPath().startsWith(realAssets)) {
          throw new SiteWriter.OutputProblem(
              file
                  + " is a link to a file outside "
                  + assetsDir
                  + "; copy the file into the folder instead. Nothing was changed.");
        }
        String name = assetsDir.relativize(file).toString().replace('\\', '/');
        String why = OutputPaths.whyUnsafe("assets/" + name);
        if (why != null) {
          throw new SiteWriter.OutputProblem(
              file
                  + " cannot be published under that name: "
                  + why
                  + ". Rename it. Nothing was"
                  + " changed.");
        }
        assets.put("assets/" + name, file);
      }
    }
    return assets;
  }
}
