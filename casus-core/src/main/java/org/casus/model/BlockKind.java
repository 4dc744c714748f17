package org.casus.model;

/** What a block of cleaned text is. */
public enum BlockKind {
  /** A title or heading of the article itself. */
  TITLE,
  /** A heading inside the article, or a stray headline of another story: kept, not extracted. */
  HEADING,
  /** Body text of the article. */
  CONTENT,
  /** Web furniture: comment forms, plugin errors, other articles' headlines, share bars. */
  BOILERPLATE
}
