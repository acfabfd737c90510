package org.frameworkportal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Finding one's way on the real site in Chromium: every kind of page reaches Frameworks, Skills,
 * Pathways and Search at 320 and 1280 px without scrolling sideways; the 404 page, served for a
 * deep address under a sub-path, is styled and its links lead to real pages; the frameworks show
 * without scrolling on a desktop. Screenshots at 375 and 1280 px go to target/screenshots.
 */
class NavigationIT extends RealSiteInChromium {
  /** One page of every kind, by a name for its screenshot. */
  static Map<String, String> pages() {
    Map<String, String> pages = new LinkedHashMap<>(BrowserIT.pagesOfEveryKind());
    pages.put("search", "search.html");
    pages.put("changes", "changes.html");
    pages.put("provisional", "provisional.html");
    return pages;
  }

  @Test
  void everyKindOfPageReachesTheFourPlacesAtPhoneAndDesktopWidths() {
    List<String> problems = new ArrayList<>();
    try {
      for (int width : List.of(320, 1280)) {
        browser.width(width);
        for (Map.Entry<String, String> page : pages().entrySet()) {
          browser.open(server.url() + page.getValue());
          String at = page.getValue() + " at " + width + " px: ";
          long scrollWidth =
              ((Number) browser.js("return document.documentElement.scrollWidth")).longValue();
          if (scrollWidth > width) {
            problems.add(at + scrollWidth + " px wide");
          }
          List<WebElement> links = browser.driver.findElements(By.cssSelector(".site-nav a"));
          List<String> names = links.stream().map(WebElement::getText).toList();
          if (!names.equals(List.of("Frameworks", "Skills", "Pathways", "Search"))) {
            problems.add(at + "the header links are " + names);
          }
          for (WebElement link : links) {
            if (!link.isDisplayed() || link.getSize().getHeight() < 24) {
              problems.add(at + link.getText() + " is hidden or under 24 px tall");
            }
            String href = link.getAttribute("href").replaceAll("#.*", "");
            if (!Files.isRegularFile(site.resolve(href.substring(server.url().length())))) {
              problems.add(at + link.getText() + " leads to " + href + ", which does not exist");
            }
          }
          if (browser
              .driver
              .findElements(By.cssSelector("form.site-search, form.search-form"))
              .isEmpty()) {
            problems.add(at + "no search box");
          }
          if (!page.getKey().equals("home")
              && browser.driver.findElements(By.cssSelector("nav.breadcrumbs a")).isEmpty()) {
            problems.add(at + "no breadcrumbs");
          }
          if (width == 320 && Math.abs(linksTop(links) - linksBottom(links)) > 1) {
            problems.add(at + "the header links take more than one line");
          }
          if (width == 1280 || width == 320) {
            browser.screenshot("nav-" + page.getKey() + "-" + width);
          }
        }
      }
    } finally {
      browser.width(1280);
    }
    assertEquals(List.of(), problems);
  }

  private static double linksTop(List<WebElement> links) {
    return links.get(0).getLocation().getY();
  }

  private static double linksBottom(List<WebElement> links) {
    return links.get(links.size() - 1).getLocation().getY();
  }

  @Test
  void theFrameworksShowWithoutScrollingOnADesktop() {
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    try {
      browser.open(server.url() + "index.html");
      long innerHeight = ((Number) browser.js("return window.innerHeight")).longValue();
      for (WebElement card :
          browser.driver.findElements(By.cssSelector(".framework-grid .card a"))) {
        double top = card.getLocation().getY();
        assertTrue(top < innerHeight, card.getText() + " starts " + top + " px down");
      }
      browser.screenshot("home-1280x800");
    } finally {
      browser.width(1280);
    }
  }

  @Test
  void screenshotsOfEveryKindOfPageAt375And1280() {
    try {
      for (int width : List.of(375, 1280)) {
        browser.width(width);
        for (Map.Entry<String, String> page : pages().entrySet()) {
          browser.open(server.url() + page.getValue());
          browser.screenshot("page-" + page.getKey() + "-" + width);
        }
      }
    } finally {
      browser.width(1280);
    }
  }

  /**
   * A web server that serves the site under /sub/path/ and answers every missing address with
   * 404.html, as a server configured with ErrorDocument does.
   */
  @Test
  void theNotFoundPageIsStyledAndItsLinksWorkFromADeepAddressUnderASubPath() throws IOException {
    HttpServer subPath =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    subPath.createContext("/", NavigationIT::serveUnderSubPath);
    subPath.start();
    try {
      String base = "http://127.0.0.1:" + subPath.getAddress().getPort() + "/sub/path/";
      browser.width(1280);
      browser.open(base + "no/such/deep/page");
      assertEquals(
          "not-found", browser.driver.findElement(By.tagName("body")).getAttribute("data-page"));
      String headerColour =
          (String)
              browser.js(
                  "return getComputedStyle(document.querySelector('.site-header')).backgroundColor");
      assertEquals("rgb(11, 61, 107)", headerColour, "the stylesheet is applied");
      List<String> links = new ArrayList<>();
      for (WebElement link : browser.driver.findElements(By.cssSelector("main a, .site-nav a"))) {
        links.add(link.getAttribute("href"));
      }
      assertTrue(links.contains(base + "index.html#frameworks-heading"), links.toString());
      assertTrue(links.contains(base + "search.html"), links.toString());
      for (String link : links) {
        String path = link.replaceAll("#.*", "").substring(base.length());
        assertTrue(Files.isRegularFile(site.resolve(path)), link + " is a page of the site");
      }
      browser.screenshot("not-found-deep-1280");
      browser.width(375);
      browser.open(base + "no/such/deep/page");
      browser.screenshot("not-found-deep-375");
      browser.driver.findElement(By.linkText("Skills")).click();
      assertEquals(base + "skills/index.html", browser.driver.getCurrentUrl());
    } finally {
      browser.width(1280);
      subPath.stop(0);
    }
  }

  private static void serveUnderSubPath(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    Path file = null;
    int status = 404;
    if (path.startsWith("/sub/path/") && !path.contains("..")) {
      Path asked = site.resolve(path.substring("/sub/path/".length()));
      if (Files.isDirectory(asked)) {
        asked = asked.resolve("index.html");
      }
      if (Files.isRegularFile(asked)) {
        file = asked;
        status = 200;
      }
    }
    if (file == null) {
      file = site.resolve("404.html");
    }
    String name = file.getFileName().toString();
    String type =
        name.endsWith(".css")
            ? "text/css"
            : name.endsWith(".js")
                ? "text/javascript"
                : name.endsWith(".svg") ? "image/svg+xml" : "text/html; charset=utf-8";
    byte[] body = Files.readAllBytes(file);
    exchange.getResponseHeaders().set("Content-Type", type);
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }
}
