package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content that tries to inject script builds, and comes out as inert text. */
class HostileContentTest {
  @TempDir static Path tmp;
  static Path site;

  @BeforeAll
  static void build() {
    site = PortalRun.buildOk(PortalRun.fixture("hostile"), tmp.resolve("site"));
  }

  @Test
  void noScriptStyleFrameOrEventHandlerComesFromContent() {
    for (String path : PortalRun.htmlPages(site)) {
      Document doc = SiteLinks.parse(site.resolve(path));
      for (Element script : doc.select("script")) {
        // The 404 page's own script, from its template: it finds the site's folder.
        boolean notFoundsOwn =
            path.equals("404.html")
                && script.attr("src").isEmpty()
                && script.html().contains("request.open('HEAD', dir + 'assets/portal.css', false)");
        assertTrue(
            notFoundsOwn || script.attr("src").contains("assets/"),
            path + " has a script from content: " + script);
      }
      assertEquals(
          List.of(),
          doc.select("style, iframe, svg, img, object, embed").eachAttr("outerHtml"),
          path);
      for (Element element : doc.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          assertTrue(
              !attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
              path + ": " + element.tagName() + " has " + attribute);
          String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
          assertTrue(
              !value.startsWith("javascript:") && !value.startsWith("data:"),
              path + ": " + attribute);
        }
      }
    }
  }

  @Test
  void hostileTextIsShownAsText() {
    Document home = SiteLinks.parse(site.resolve("index.html"));
    assertEquals("<script>alert('title')</script> Frameworks", home.selectFirst("h1").text());
    assertTrue(home.text().contains("<img src=x onerror=alert('img')>"));
    assertTrue(home.text().contains("<b>raw bold</b>"));
    assertEquals(
        "https://www.basw.co.uk/", home.selectFirst("main a:contains(a real site)").attr("href"));
    Document role = SiteLinks.parse(site.resolve("frameworks/x/r/index.html"));
    assertEquals("Role <svg onload=alert(1)>", role.selectFirst("h1").text());
    assertEquals(
        List.of(
            "<script>alert('statement')</script> Ability to escape.",
            "</li></ul><script>alert('break out')</script>"),
        role.select("ul.statements li").eachText());
  }

  @Test
  void hostileSiteStillHasNoBrokenLinks() {
    assertEquals(List.of(), SiteLinks.broken(site));
  }
}
