package org.casus.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the article's elements into blocks of text, one per paragraph, heading or list item,
 * leaving out nested furniture the locator could not separate: link lists, image galleries, forms
 * and blocks that are mostly links. Not thread-safe: one collector per page.
 */
final class BlockCollector {
  /** A block more than this share of link text is navigation, not prose. */
  private static final double MAX_BLOCK_LINK_DENSITY = 0.5;
  private static final Set<String> CLEANED_CONDITIONALLY = Set.of(
      "div", "section", "table", "ul", "ol", "dl", "aside", "figure", "header", "form", "center",
      "fieldset");

  private final String raw;
  private final TextStatistics stats;
  private final boolean cleanConditionally;
  private final List<ArticleBlock> blocks = new ArrayList<>();

  private final StringBuilder text = new StringBuilder();
  private final List<SourceAnchor> anchors = new ArrayList<>();
  private boolean pendingSpace;
  private int linkChars;
  private int chars;
  private ArticleBlockKind kind = ArticleBlockKind.PARAGRAPH;
  private int headingDepth;
  private int listItemDepth;
  private int linkDepth;

  BlockCollector(String raw, TextStatistics stats, boolean cleanConditionally) {
    this.raw = raw;
    this.stats = stats;
    this.cleanConditionally = cleanConditionally;
  }

  List<ArticleBlock> collect(List<Element> roots) {
    for (Element root : roots) {
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof TextNode t) {
            append(t);
          } else if (node instanceof Element e) {
            // The page's h1 is its headline, which the article reports apart from the body.
            if (e != root && (e.normalName().equals("h1")
                || cleanConditionally && looksLikeFurniture(e))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            enter(e);
          }
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
          if (node instanceof Element e) {
            leave(e);
          }
          return FilterResult.CONTINUE;
        }
      }, root);
      flush();
    }
    return List.copyOf(blocks);
  }

  private void enter(Element e) {
    if (e.normalName().equals("br") || HtmlTags.isBlock(e)) {
      flush();
    }
    if (HtmlTags.isHeading(e)) {
      headingDepth++;
    } else if (e.normalName().equals("li")) {
      listItemDepth++;
    } else if (e.normalName().equals("a")) {
      linkDepth++;
    }
  }

  private void leave(Element e) {
    if (HtmlTags.isBlock(e)) {
      flush();
    }
    if (HtmlTags.isHeading(e)) {
      headingDepth--;
    } else if (e.normalName().equals("li")) {
      listItemDepth--;
    } else if (e.normalName().equals("a")) {
      linkDepth--;
    }
  }

  private void append(TextNode node) {
    String whole = node.getWholeText();
    boolean first = true;
    for (int i = 0; i < whole.length(); i++) {
      char c = whole.charAt(i);
      if (TextNormaliser.isSpace(c)) {
        pendingSpace = true;
        continue;
      }
      if (text.length() == 0) {
        kind = headingDepth > 0 ? ArticleBlockKind.HEADING
            : listItemDepth > 0 ? ArticleBlockKind.LIST_ITEM : ArticleBlockKind.PARAGRAPH;
      } else if (pendingSpace) {
        text.append(' ');
        chars++;
      }
      pendingSpace = false;
      if (first) {
        first = false;
        anchorOf(node, c).ifPresent(rawOffset -> anchors.add(new SourceAnchor(text.length(), rawOffset)));
      }
      text.append(c);
      chars++;
      if (linkDepth > 0) {
        linkChars++;
      }
    }
  }

  /** Where the first visible character of a text node sits in the raw HTML, if it can be told. */
  private Optional<Integer> anchorOf(TextNode node, char firstVisible) {
    Range range = node.sourceRange();
    if (!range.isTracked()) {
      return Optional.empty();
    }
    int end = Math.min(range.endPos(), raw.length());
    int p = range.startPos();
    while (p < end) {
      char c = raw.charAt(p);
      if (TextNormaliser.isSpace(c)) {
        p++;
      } else if (c == '&' && startsWithSpaceEntity(p)) {
        p = raw.indexOf(';', p) + 1;
      } else {
        break;
      }
    }
    if (p >= end || p < 0) {
      return Optional.empty();
    }
    char found = raw.charAt(p);
    return found == firstVisible || found == '&' ? Optional.of(p) : Optional.empty();
  }

  private boolean startsWithSpaceEntity(int p) {
    return raw.startsWith("&nbsp;", p) || raw.startsWith("&#160;", p)
        || raw.regionMatches(true, p, "&#xa0;", 0, 6);
  }

  private void flush() {
    if (text.length() > 0) {
      double linkDensity = chars == 0 ? 0 : (double) linkChars / chars;
      if (linkDensity <= MAX_BLOCK_LINK_DENSITY) {
        blocks.add(new ArticleBlock(text.toString(), kind, anchors));
      }
    }
    text.setLength(0);
    anchors.clear();
    pendingSpace = false;
    linkChars = 0;
    chars = 0;
  }

  /** Readability's conditional cleaning: nested boxes whose make-up is that of furniture. */
  private boolean looksLikeFurniture(Element e) {
    if (!CLEANED_CONDITIONALLY.contains(e.normalName())) {
      return false;
    }
    int weight = ElementHints.classWeight(e);
    if (weight < 0) {
      return true;
    }
    TextStatistics.Counts counts = stats.of(e);
    if (counts.commas >= 10) {
      return false;
    }
    boolean isList = e.normalName().equals("ul") || e.normalName().equals("ol");
    int paragraphs = counts.paragraphs;
    double linkDensity = counts.linkDensity();
    if (counts.images > 1 && (double) paragraphs / counts.images < 0.5) {
      return true;
    }
    if (!isList && counts.listItems > paragraphs && linkDensity > 0.2) {
      return true;
    }
    if (counts.inputs > paragraphs / 3.0) {
      return true;
    }
    if (!isList && counts.headings == 0 && counts.textLength < 25
        && (counts.images == 0 || counts.images > 2)) {
      return true;
    }
    return weight < 25 ? linkDensity > 0.2 : linkDensity > 0.5;
  }
}
