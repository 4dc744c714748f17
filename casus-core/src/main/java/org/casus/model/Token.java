package org.casus.model;

/**
 * One word of a sentence with its Universal Dependencies annotation.
 *
 * @param index position in the sentence, from 0
 * @param head index of the governor in the sentence, -1 for the root or when not parsed
 * @param deprel UD relation to the head ("nsubj", "obl:mod", ...), "root", or "" when not parsed
 * @param ner entity label ("LOC", "PER", "ORG", "MISC", "O"), "" when not run
 */
public record Token(
    int index, String word, String lemma, String upos, int head, String deprel, String ner, Span span) {

  public boolean is(String pos) {
    return upos.equals(pos);
  }

  /** The relation without its subtype: "nsubj:pass" gives "nsubj". */
  public String relation() {
    int colon = deprel.indexOf(':');
    return colon < 0 ? deprel : deprel.substring(0, colon);
  }

  public String lowerWord() {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}
