package org.casus.nlp;

/** Gives the lemma of a word read with a UD part of speech. */
public interface Lemmatizer {
  String lemma(String word, String upos);

  /** The lemmatiser of a language whose annotator already gives lemmas. */
  static Lemmatizer lowerCase() {
    return (word, upos) -> word.toLowerCase(java.util.Locale.ROOT);
  }
}
