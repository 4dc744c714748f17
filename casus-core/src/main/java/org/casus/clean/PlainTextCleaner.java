package org.casus.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Block;
import org.casus.model.BlockKind;
import org.casus.model.CleanText;
import org.casus.model.Document;
import org.casus.model.Span;

/**
 * Cleans plain text: a block per non-blank line, web furniture set aside by pattern, the headline
 * kept as title and later short unpunctuated lines kept as headings (section titles, or stray
 * headlines of other stories) that are not extracted. The text is only repaired (mis-decoded
 * UTF-8, NFC), with an offset map back to the input; most texts need no repair and keep the
 * input's offsets exactly.
 */
public final class PlainTextCleaner implements Cleaner {
  private static final int MAX_HEADING_WORDS = 16;
  private final BoilerplatePatterns patterns;

  public PlainTextCleaner(BoilerplatePatterns patterns) {
    this.patterns = patterns;
  }

  @Override
  public CleanText clean(Document document) {
    TextRepair.Repaired repaired = TextRepair.repair(document.content());
    String text = repaired.text();
    List<Block> blocks = new ArrayList<>();
    boolean inTail = false;
    boolean contentSeen = false;
    int pos = 0;
    while (pos < text.length()) {
      int eol = text.indexOf('\n', pos);
      int lineEnd = eol < 0 ? text.length() : eol;
      Optional<Span> line = trimmed(text, pos, lineEnd);
      if (line.isPresent()) {
        Span span = line.get();
        String content = span.of(text);
        Optional<BoilerplatePatterns.Rule> rule = patterns.match(content);
        if (inTail) {
          blocks.add(new Block(span, BlockKind.BOILERPLATE, "after_comment_form: follows the end of the article"));
        } else if (rule.isPresent()) {
          // A tail rule before any article text is a header's counter or link, not the end of the article.
          inTail = rule.get().scope() == BoilerplatePatterns.Scope.TAIL && contentSeen;
          blocks.add(new Block(span, BlockKind.BOILERPLATE, rule.get().kind() + ": " + rule.get().pattern().pattern()));
        } else if (isStray(content)) {
          blocks.add(new Block(span, BlockKind.BOILERPLATE, "stray_fragment: no sentence fits in it"));
        } else if (isHeading(content)) {
          blocks.add(new Block(span, contentSeen || hasTitle(blocks) ? BlockKind.HEADING : BlockKind.TITLE, ""));
        } else {
          contentSeen = true;
          blocks.add(new Block(span, BlockKind.CONTENT, ""));
        }
      }
      pos = lineEnd + 1;
    }
    return new CleanText(document, text, blocks, repaired.offsets());
  }

  private static boolean hasTitle(List<Block> blocks) {
    return blocks.stream().anyMatch(b -> b.kind() == BlockKind.TITLE);
  }

  private static Optional<Span> trimmed(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return s < e ? Optional.of(new Span(s, e)) : Optional.empty();
  }

  /** A lone short fragment ("in") left by a scraper: no sentence can stand in it. */
  private static boolean isStray(String line) {
    return line.codePointCount(0, line.length()) <= 3 || !line.chars().anyMatch(Character::isLetter);
  }

  private static boolean isHeading(String line) {
    char last = line.charAt(line.length() - 1);
    boolean closed = ".!?…»\"”:;".indexOf(last) >= 0;
    return !closed && line.split("\\s+").length <= MAX_HEADING_WORDS;
  }
}
