package org.casus.clean.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Removes from a parsed page what is never article text: scripts, hidden parts, forms, furniture. */
final class FurniturePruner {
  /** A form this long is a page wrapped in one (ASP.NET does that), not a search or login box. */
  private static final int PAGE_FORM_TEXT = 500;

  private FurniturePruner() {}

  /**
   * @param removeUnlikely also remove elements whose tag, class, id or role name them as furniture
   */
  static void prune(Element body, boolean removeUnlikely) {
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
          doomed.add(node);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (!(node instanceof Element e) || e == body) {
          return FilterResult.CONTINUE;
        }
        if (shouldRemove(e, removeUnlikely)) {
          doomed.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    doomed.forEach(Node::remove);
  }

  private static boolean shouldRemove(Element e, boolean removeUnlikely) {
    if (HtmlTags.neverHoldsText(e) || ElementHints.isHidden(e) || ElementHints.isAlwaysFurniture(e)) {
      return true;
    }
    if (e.normalName().equals("form")) {
      return e.text().length() < PAGE_FORM_TEXT;
    }
    return removeUnlikely && (HtmlTags.isFurnitureTag(e) || ElementHints.isUnlikelyCandidate(e));
  }
}
