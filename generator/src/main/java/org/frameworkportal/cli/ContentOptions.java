package org.frameworkportal.cli;

import java.nio.file.Path;
import org.frameworkportal.SiteBuilder;
import picocli.CommandLine.Option;

/** The folders every command reads: content, templates and site assets. */
final class ContentOptions {
  @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})",
      defaultValue = "content")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR", description = "templates folder (default: templates/ of the portal)")
  Path templates;

  @Option(names = "--assets", paramLabel = "DIR", description = "site assets folder (default: site-assets/ of the portal)")
  Path assets;

  /** The portal's own folder, where templates/ and site-assets/ live; the launcher sets it. */
  static Path home() {
    return Path.of(System.getProperty("portal.home", "."));
  }

  SiteBuilder.Options toBuildOptions(Path out, boolean review) {
    return new SiteBuilder.Options(
        content,
        content.toString(),
        out,
        templates != null ? templates : home().resolve("templates"),
        assets != null ? assets : home().resolve("site-assets"),
        review);
  }
}
