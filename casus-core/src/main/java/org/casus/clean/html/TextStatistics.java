package org.casus.clean.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, link text length, commas and descendant counts of every element of a tree, gathered
 * in one iterative pass so that no question about a subtree walks it again.
 */
final class TextStatistics {
  /** Totals of one subtree. Mutable only while the pass that fills it runs. */
  static final class Counts {
    int textLength;
    int linkLength;
    int commas;
    int paragraphs;
    int listItems;
    int images;
    int inputs;
    int headings;

    double linkDensity() {
      return textLength == 0 ? 0 : (double) linkLength / textLength;
    }

    private void add(Counts child) {
      textLength += child.textLength;
      linkLength += child.linkLength;
      commas += child.commas;
      paragraphs += child.paragraphs;
      listItems += child.listItems;
      images += child.images;
      inputs += child.inputs;
      headings += child.headings;
    }
  }

  private static final Counts NONE = new Counts();
  private final Map<Element, Counts> counts;

  private TextStatistics(Map<Element, Counts> counts) {
    this.counts = counts;
  }

  static TextStatistics gather(Element root) {
    Map<Element, Counts> counts = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          counts.put(e, new Counts());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        Element parent = node.parent() instanceof Element p ? p : null;
        Counts parentCounts = parent == null ? null : counts.get(parent);
        if (node instanceof TextNode t) {
          if (parentCounts != null) {
            String text = t.text();
            parentCounts.textLength += visibleLength(text);
            parentCounts.commas += commas(text);
          }
        } else if (node instanceof Element e) {
          Counts own = counts.get(e);
          switch (e.normalName()) {
            case "a" -> own.linkLength = own.textLength;
            case "p" -> own.paragraphs++;
            case "li" -> own.listItems++;
            case "img" -> own.images++;
            case "input", "select", "textarea", "button" -> own.inputs++;
            default -> {
              if (HtmlTags.isHeading(e)) {
                own.headings++;
              }
            }
          }
          if (parentCounts != null) {
            parentCounts.add(own);
          }
        }
      }
    }, root);
    return new TextStatistics(counts);
  }

  Counts of(Element e) {
    return counts.getOrDefault(e, NONE);
  }

  static int visibleLength(String text) {
    int length = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      boolean isSpace = TextNormaliser.isSpace(text.charAt(i));
      if (!isSpace) {
        length++;
      } else if (!space) {
        length++;
      }
      space = isSpace;
    }
    return length;
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\u3001') {
        n++;
      }
    }
    return n;
  }
}
