package org.casus.nlp;

import java.util.Locale;
import java.util.Set;

/** Gives the lemma of a word read with a UD part of speech. */
public interface Lemmatizer {
  String lemma(String word, String upos);

  /**
   * Every lemma a word form may have whatever its part of speech, for look-ups made before
   * tagging; at least the lower-cased form.
   */
  default Set<String> candidates(String word) {
    return Set.of(word.toLowerCase(Locale.ROOT));
  }

  /** The lemmatiser of a language whose annotator already gives lemmas. */
  static Lemmatizer lowerCase() {
    return (word, upos) -> word.toLowerCase(Locale.ROOT);
  }
}
