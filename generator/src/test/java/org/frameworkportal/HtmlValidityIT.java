package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the real site, the fixture site and the hostile site is valid HTML. */
class HtmlValidityIT {
  @TempDir Path tmp;

  @Test
  void realSiteHasNoHtmlErrors() throws Exception {
    Path site = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("real"));
    assertEquals(List.of(), NuHtmlChecker.errors(site));
  }

  @Test
  void reviewBuildHasNoHtmlErrors() throws Exception {
    Path site = PortalRun.buildOk(PortalRun.realContent(), tmp.resolve("review"), "--review");
    assertEquals(List.of(), NuHtmlChecker.errors(site));
  }

  @Test
  void fixtureAndHostileSitesHaveNoHtmlErrors() throws Exception {
    PortalRun.buildOk(PortalRun.fixture("minimal"), tmp.resolve("sites/minimal"));
    PortalRun.buildOk(PortalRun.fixture("hostile"), tmp.resolve("sites/hostile"));
    assertEquals(List.of(), NuHtmlChecker.errors(tmp.resolve("sites")));
  }
}
