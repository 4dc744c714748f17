package org.casus.extract;

import java.util.List;
import java.util.Optional;
import org.casus.lexicon.SideLexicon;
import org.casus.lexicon.SideLexicon.SideMatch;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * The side a word of a sentence names, alone or as a part of the longest side name that covers it:
 * "Sudanese" in "South Sudanese" is SSD, not SDN; "Arabia" in "Saudi Arabia" and "Congo" in
 * "Republic of Congo" name their state though neither word alone does, or names another.
 */
final class SideWords {
  /** No side name in the lexicons is longer than this many words. */
  private static final int LONGEST_NAME = 8;

  private SideWords() {}

  static Optional<String> of(SideLexicon sides, Sentence s, Token t) {
    List<String> words = s.tokens().stream().map(Token::word).toList();
    Optional<SideMatch> best = Optional.empty();
    for (int start = Math.max(0, t.index() - LONGEST_NAME); start <= t.index(); start++) {
      Optional<SideMatch> m = sides.match(words, start);
      if (m.isPresent() && m.get().end() > t.index() && (best.isEmpty() || length(m.get()) > length(best.get()))) {
        best = m;
      }
    }
    if (best.isPresent()) {
      return Optional.of(best.get().side());
    }
    return sides.sideOfWord(t.word()).or(() -> sides.sideOfPlaceName(t.word()));
  }

  private static int length(SideMatch m) {
    return m.end() - m.start();
  }
}
