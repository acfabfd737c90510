package org.frameworkportal.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders the Markdown fields of content. Raw HTML is shown as text and link targets other than
 * http, https, mailto and relative ones are dropped, so content cannot inject script.
 */
public final class Markdown {
  private final Parser parser = Parser.builder().build();

  /**
   * Renders {@code text} with its top-level headings ("#") at {@code topHeading} (2 to 6), so they
   * nest under the page's own headings.
   */
  public TemplateHTMLOutputModel html(String text, int topHeading) throws TemplateModelException {
    return HTMLOutputFormat.INSTANCE.fromMarkup(render(text, topHeading));
  }

  /** Renders a one-paragraph text (a duty) without its wrapping paragraph, for use inside a list item. */
  public TemplateHTMLOutputModel inline(String text) throws TemplateModelException {
    String html = render(text, 4).strip();
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
      html = html.substring(3, html.length() - 4);
    }
    return HTMLOutputFormat.INSTANCE.fromMarkup(html);
  }

  public String render(String text, int topHeading) {
    if (text == null || text.isBlank()) {
      return "";
    }
    HtmlRenderer renderer = HtmlRenderer.builder()
        .escapeHtml(true)
        .sanitizeUrls(true)
        .nodeRendererFactory(context -> new ShiftedHeadingRenderer(context, topHeading - 1))
        .build();
    return renderer.render(parser.parse(text));
  }

  /** Renders "#" as h{1+shift}, never deeper than h6. */
  private static final class ShiftedHeadingRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final int shift;

    ShiftedHeadingRenderer(HtmlNodeRendererContext context, int shift) {
      this.context = context;
      this.html = context.getWriter();
      this.shift = shift;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Heading.class);
    }

    @Override
    public void render(Node node) {
      String tag = "h" + Math.min(6, ((Heading) node).getLevel() + shift);
      html.line();
      html.tag(tag);
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
      html.tag("/" + tag);
      html.line();
    }
  }
}
