package org.casus.clean.html;

/** What a block of article text was in the page. */
public enum ArticleBlockKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM
}
