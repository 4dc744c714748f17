package org.casus.clean.html;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One paragraph, heading or list item of an article: entities decoded, whitespace collapsed.
 *
 * @param anchors where runs of the text start in the raw HTML, ascending by text offset; empty when
 *     the parser could not track positions
 */
public record ArticleBlock(String text, ArticleBlockKind kind, List<SourceAnchor> anchors) {
  public ArticleBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    anchors = List.copyOf(anchors);
  }

  /** Where the block's first character was read in the raw HTML, if known. */
  public OptionalInt sourceStart() {
    return anchors.isEmpty() || anchors.get(0).textOffset() != 0
        ? OptionalInt.empty()
        : OptionalInt.of(anchors.get(0).rawOffset());
  }
}
