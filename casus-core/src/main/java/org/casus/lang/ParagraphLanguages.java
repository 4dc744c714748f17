package org.casus.lang;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.casus.model.Span;

/**
 * The languages of a text paragraph by paragraph.
 *
 * @param main the language of most of the text's letters
 * @param paragraphs each extractable block's span in the cleaned text and its language ("und" if too short)
 */
public record ParagraphLanguages(String main, List<Paragraph> paragraphs) {
  public ParagraphLanguages {
    paragraphs = List.copyOf(paragraphs);
  }

  /** One block and its language. */
  public record Paragraph(Span span, String language) {}

  /** Whether some paragraph is told to be in another language than the text's. */
  public boolean mixed() {
    return paragraphs.stream().anyMatch(p -> !p.language().equals("und") && !p.language().equals(main));
  }

  /** Every language told, the text's own included. */
  public Set<String> languages() {
    Set<String> all = new TreeSet<>();
    all.add(main);
    paragraphs.stream().map(Paragraph::language).filter(l -> !l.equals("und")).forEach(all::add);
    return all;
  }
}
