package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.lexicon.SideLexicon;
import org.casus.lexicon.SideLexicon.SideMatch;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * The side each word of one sentence names, alone or as a part of the longest side name that
 * covers it: "Sudanese" in "South Sudanese" is SSD, not SDN; "Arabia" in "Saudi Arabia" and
 * "Congo" in "Republic of Congo" name their state though neither word alone does, or names
 * another. Read once per sentence ({@link SideFinder#wordsOf}): the rules ask word after word.
 */
final class SideWords {
  /** No side name in the lexicons is longer than this many words. */
  private static final int LONGEST_NAME = 8;

  private final Sentence sentence;
  private final List<Optional<String>> byWord;

  private SideWords(Sentence sentence, List<Optional<String>> byWord) {
    this.sentence = sentence;
    this.byWord = List.copyOf(byWord);
  }

  Sentence sentence() {
    return sentence;
  }

  /** The side a word of this sentence names, if any. */
  Optional<String> of(Token t) {
    return byWord.get(t.index());
  }

  /** The side of every word of a sentence, each side name matched once. */
  static SideWords read(SideLexicon sides, Sentence s) {
    List<String> words = s.tokens().stream().map(Token::word).toList();
    SideMatch[] longest = new SideMatch[words.size()];
    List<Optional<SideMatch>> matches = sides.matchEach(words);
    for (int start = 0; start < words.size(); start++) {
      Optional<SideMatch> m = matches.get(start);
      if (m.isEmpty()) {
        continue;
      }
      for (int i = start; i < Math.min(m.get().end(), start + LONGEST_NAME + 1); i++) {
        if (longest[i] == null || length(m.get()) > length(longest[i])) {
          longest[i] = m.get();
        }
      }
    }
    List<Optional<String>> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      out.add(longest[i] != null ? Optional.of(longest[i].side())
          : sides.sideOfWord(word).or(() -> sides.sideOfPlaceName(word)));
    }
    return new SideWords(s, out);
  }

  private static int length(SideMatch m) {
    return m.end() - m.start();
  }
}
