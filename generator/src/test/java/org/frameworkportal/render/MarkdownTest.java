package org.frameworkportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTest {
  private final Markdown markdown = new Markdown();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      [x](https://www.basw.co.uk/)      | <p><a rel="nofollow" href="https://www.basw.co.uk/">x</a></p>
      [x](mailto:hr@example.org)         | <p><a rel="nofollow" href="mailto:hr@example.org">x</a></p>
      [x](../skills/budgets.html#top)    | <p><a rel="nofollow" href="../skills/budgets.html#top">x</a></p>
      [x](javascript:alert(1))           | <p>x</p>
      [x](JaVaScRiPt:alert(1))           | <p>x</p>
      [x](<java script:alert(1)>)        | <p>x</p>
      [x](data:text/html;base64,PHM+)    | <p>x</p>
      [x](vbscript:msgbox)               | <p>x</p>
      [x](//evil.example/)               | <p>x</p>
      ![a chart](https://evil.example/t.png) | <p>a chart</p>
      <script>alert(1)</script>          | <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
      <b onclick=alert(1)>hi</b>         | <p>&lt;b onclick=alert(1)&gt;hi&lt;/b&gt;</p>
      """)
  void linksAreSafeAndHtmlIsText(String input, String expected) {
    assertEquals(expected, markdown.render(input, 2).strip());
  }

  @ParameterizedTest(name = "# at h{0}")
  @CsvSource({"2, <h2>Title</h2>", "3, <h3>Title</h3>", "6, <h6>Title</h6>"})
  void headingsNestUnderThePage(int top, String expected) {
    assertEquals(expected, markdown.render("# Title", top).strip());
  }

  /** Regression: a paragraph indented four spaces too many was published as a grey box of code. */
  @org.junit.jupiter.api.Test
  void anOverIndentedParagraphStaysAParagraph() {
    assertEquals(
        "<p>First paragraph.</p>\n<p>Use them for reflecting.</p>",
        markdown.render("First paragraph.\n\n    Use them for reflecting.", 2).strip());
  }

  @org.junit.jupiter.api.Test
  void theShallowestHeadingTakesTheTopLevel() {
    assertEquals(
        "<h3>Top</h3>\n<h4>Under</h4>", markdown.render("### Top\n\n#### Under", 3).strip());
  }

  @org.junit.jupiter.api.Test
  void deepHeadingsStopAtH6() {
    assertEquals(
        "<h5>A</h5>\n<h6>B</h6>\n<h6>C</h6>", markdown.render("# A\n\n## B\n\n### C", 5).strip());
  }

  /**
   * Quotes, lists or emphasis inside each other thousands deep overflow commonmark: shown as text,
   * never a crash.
   */
  @org.junit.jupiter.api.Test
  void textNestedThousandsDeepIsShownAsText() {
    String quotes = ">".repeat(20_000) + " deep";
    assertEquals("<p>" + "&gt;".repeat(20_000) + " deep</p>", markdown.render(quotes, 2).strip());
    String emphasis = "*a ".repeat(20_000) + "a* ".repeat(20_000);
    assertEquals("<p>" + emphasis + "</p>", markdown.render(emphasis, 2).strip());
    String lists = "- ".repeat(5_000) + "x";
    org.junit.jupiter.api.Assertions.assertTrue(markdown.render(lists, 2).startsWith("<p>- - "));
    assertEquals(
        "<blockquote>\n<blockquote>\n<p>two deep</p>\n</blockquote>\n</blockquote>",
        markdown.render(">> two deep", 2).strip());
  }
}
