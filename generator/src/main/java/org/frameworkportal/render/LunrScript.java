package org.frameworkportal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.frameworkportal.output.Output;
import org.frameworkportal.output.OutputFile;
import org.frameworkportal.output.Reads;
import org.frameworkportal.output.SitePaths;

/** lunr.js from its WebJar on the classpath, so the site never loads it from elsewhere. */
final class LunrScript implements Output<String> {
  private static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";
  private final SitePaths paths;

  LunrScript(SitePaths paths) {
    this.paths = paths;
  }

  @Override
  public List<String> subjects(Reads reads) {
    return List.of(paths.asset("lunr.min.js"));
  }

  @Override
  public String path(String subject) {
    return subject;
  }

  @Override
  public List<OutputFile> make(String path, Reads reads) {
    try (InputStream in = LunrScript.class.getClassLoader().getResourceAsStream(LUNR)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + LUNR);
      }
      return List.of(new OutputFile(path, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
