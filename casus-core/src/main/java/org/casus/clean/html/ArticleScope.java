package org.casus.clean.html;

import org.jsoup.nodes.Element;

/**
 * Narrows the search to the {@code <article>} that holds the page's headline, when it holds more
 * than the headline. Pages that list teasers of other stories, or comment threads, as further
 * articles beside the main one are then read like any other page.
 */
final class ArticleScope {
  /** An article element with less text than this besides its headline only wraps the header. */
  private static final int MIN_BODY_TEXT = 200;

  private ArticleScope() {}

  static Element of(Element body, String title) {
    if (title.isEmpty()) {
      return body;
    }
    for (Element heading : body.select("h1, h2")) {
      if (!PageMetadata.sameText(heading.text(), title)) {
        continue;
      }
      for (Element ancestor = heading.parent(); ancestor != null && ancestor != body;
          ancestor = ancestor.parent()) {
        if (ancestor.normalName().equals("article")) {
          int bodyText = ancestor.text().length() - heading.text().length();
          return bodyText >= MIN_BODY_TEXT ? ancestor : body;
        }
      }
      return body;
    }
    return body;
  }
}
