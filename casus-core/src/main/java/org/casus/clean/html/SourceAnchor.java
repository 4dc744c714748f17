package org.casus.clean.html;

/**
 * Where a piece of block text came from: the character at {@code textOffset} of the block's text
 * was read at {@code rawOffset} of the raw HTML.
 */
public record SourceAnchor(int textOffset, int rawOffset) {
  public SourceAnchor {
    if (textOffset < 0 || rawOffset < 0) {
      throw new IllegalArgumentException("negative anchor " + textOffset + " -> " + rawOffset);
    }
  }
}
