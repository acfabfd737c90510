package org.frameworkportal.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders the Markdown fields of content. Raw HTML is shown as text; a link whose target is not
 * http, https, mailto or relative becomes plain text; an image becomes its description, so content
 * can neither run script nor make the page load anything from elsewhere.
 */
public final class Markdown {
  /**
   * Indented code blocks are left out: in HR's text a paragraph indented four spaces too many is a
   * slip, and would otherwise be shown as a grey box of code.
   */
  private final Parser parser =
      Parser.builder()
          .enabledBlockTypes(
              java.util.Set.of(
                  org.commonmark.node.Heading.class,
                  org.commonmark.node.HtmlBlock.class,
                  org.commonmark.node.ThematicBreak.class,
                  org.commonmark.node.FencedCodeBlock.class,
                  org.commonmark.node.BlockQuote.class,
                  org.commonmark.node.ListBlock.class))
          .build();

  /**
   * Renders {@code text} with its shallowest heading at {@code topHeading} (2 to 6), so that the
   * field's headings nest under the page's own whether the editor wrote "#" or "###".
   */
  public TemplateHTMLOutputModel html(String text, int topHeading) throws TemplateModelException {
    return HTMLOutputFormat.INSTANCE.fromMarkup(render(text, topHeading));
  }

  /**
   * Renders a one-paragraph text (a duty) without its wrapping paragraph, for use inside a list
   * item.
   */
  public TemplateHTMLOutputModel inline(String text) throws TemplateModelException {
    String html = render(text, 4).strip();
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
      html = html.substring(3, html.length() - 4);
    }
    return HTMLOutputFormat.INSTANCE.fromMarkup(html);
  }

  /**
   * Each text is rendered once per renderer: the same duties and guidance appear on a role's page,
   * its comparison and its framework's, and across roles.
   */
  private final java.util.Map<String, String> rendered =
      new java.util.concurrent.ConcurrentHashMap<>();

  public String render(String text, int topHeading) {
    if (text == null || text.isBlank()) {
      return "";
    }
    return rendered.computeIfAbsent(topHeading + "|" + text, key -> renderOnce(text, topHeading));
  }

  private String renderOnce(String text, int topHeading) {
    Node document;
    try {
      document = parser.parse(text);
    } catch (StackOverflowError e) {
      // The parser recurses once per emphasis inside emphasis: thousands deep, the text is shown as
      // it is.
      return asText(text);
    }
    if (deeperThan(document, MAX_DEPTH)) {
      return asText(
          text); // quotes or lists inside each other thousands deep would overflow the renderer
    }
    document.accept(new UnsafeLinkRemover());
    int shallowest = shallowestHeading(document);
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(
                context -> new ShiftedHeadingRenderer(context, topHeading - shallowest))
            .build();
    return renderer.render(document);
  }

  /** Text nested too deep to render as Markdown, shown as it was written. */
  private static String asText(String text) {
    return "<p>"
        + text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
        + "</p>\n";
  }

  /**
   * Far deeper than any real text; the renderer walks the tree by recursion, and overflows at
   * thousands.
   */
  static final int MAX_DEPTH = 200;

  /**
   * Whether the tree under {@code root} is more than {@code limit} nodes deep, walked without
   * recursion.
   */
  static boolean deeperThan(Node root, int limit) {
    Node node = root.getFirstChild();
    int depth = 1;
    while (node != null) {
      if (depth > limit) {
        return true;
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != null && node.getNext() == null) {
        node = node.getParent();
        depth--;
        if (node == root) {
          return false;
        }
      }
      if (node != null) {
        node = node.getNext();
      }
    }
    return false;
  }

  private static int shallowestHeading(Node document) {
    int[] shallowest = {1};
    boolean[] found = {false};
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            shallowest[0] =
                found[0] ? Math.min(shallowest[0], heading.getLevel()) : heading.getLevel();
            found[0] = true;
          }
        });
    return shallowest[0];
  }

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  /**
   * True for relative links and http, https and mailto; browsers ignore control characters and
   * spaces here.
   */
  static boolean isSafeDestination(String destination) {
    String compact = destination.replaceAll("[\\x00-\\x20\\x7f]", "");
    if (compact.startsWith("//")
        || compact.startsWith("\\\\")
        || compact.startsWith("/\\")
        || compact.startsWith("\\/")) {
      return false; // protocol-relative: write https:// in full
    }
    Matcher scheme = SCHEME.matcher(compact);
    return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
  }

  /** Replaces unsafe links by their text and images by their description. */
  private static final class UnsafeLinkRemover extends AbstractVisitor {
    @Override
    public void visit(Link link) {
      visitChildren(link);
      if (!isSafeDestination(link.getDestination())) {
        unwrap(link);
      }
    }

    @Override
    public void visit(Image image) {
      visitChildren(image);
      unwrap(image);
    }

    private static void unwrap(Node node) {
      Node child = node.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        node.insertBefore(child);
        child = next;
      }
      node.unlink();
    }
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
