package org.casus.model;

/**
 * A paragraph-like run of the cleaned text: article content, or web furniture kept out of extraction.
 *
 * @param reason why a boilerplate block was set aside (empty for content)
 */
public record Block(Span span, BlockKind kind, String reason) {
  public boolean isContent() {
    return kind == BlockKind.CONTENT;
  }
}
