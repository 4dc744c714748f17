package org.casus.model;

import java.util.List;

/**
 * The text of a document once markup and web furniture are identified. Offsets of every later
 * stage point into {@link #text()}; {@link #offsets()} maps them back to the raw content.
 */
public record CleanText(Document document, String text, List<Block> blocks, OffsetMap offsets) {
  public CleanText {
    blocks = List.copyOf(blocks);
  }

  /** The blocks that may carry facts. */
  public List<Block> extractable() {
    return blocks.stream().filter(b -> b.kind() == BlockKind.TITLE || b.kind() == BlockKind.CONTENT).toList();
  }

  public List<Block> boilerplate() {
    return blocks.stream().filter(b -> b.kind() == BlockKind.BOILERPLATE).toList();
  }
}
