package org.frameworkportal;

import java.nio.file.Path;
import org.frameworkportal.serve.StaticFileServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the browser tests of the real site stand on: the site built once per test JVM ({@link
 * RealSite}), and for each test class a Chromium and a loopback HTTP server on that site, closed
 * after the class. Test classes run one after another, so these fields belong to one class at a
 * time.
 */
abstract class RealSiteInChromium {
  static Path site;
  static Browser browser;
  static StaticFileServer server;

  @BeforeAll
  static void startChromiumOnTheRealSite() throws Exception {
    site = RealSite.built();
    browser = Browser.start();
    server = new StaticFileServer(site, 0);
  }

  @AfterAll
  static void stopChromiumAndTheServer() {
    if (server != null) {
      server.close();
      server = null;
    }
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** A page of the site as opened from disk. */
  static String fileUrl(String path) {
    return site.resolve(path).toUri().toString();
  }
}
