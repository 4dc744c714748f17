package org.casus.nlp;

import java.util.Map;

/** The Penn Treebank to Universal Dependencies part-of-speech mapping (after de Marneffe et al.). */
final class PennToUniversal {
  private static final Map<String, String> MAP = Map.ofEntries(
      Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"), Map.entry("DT", "DET"), Map.entry("EX", "PRON"),
      Map.entry("FW", "X"), Map.entry("IN", "ADP"), Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"),
      Map.entry("JJS", "ADJ"), Map.entry("LS", "X"), Map.entry("MD", "AUX"), Map.entry("NN", "NOUN"),
      Map.entry("NNS", "NOUN"), Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"), Map.entry("PDT", "DET"),
      Map.entry("POS", "PART"), Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("RB", "ADV"),
      Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"), Map.entry("RP", "ADP"), Map.entry("SYM", "SYM"),
      Map.entry("TO", "PART"), Map.entry("UH", "INTJ"), Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"),
      Map.entry("VBG", "VERB"), Map.entry("VBN", "VERB"), Map.entry("VBP", "VERB"), Map.entry("VBZ", "VERB"),
      Map.entry("WDT", "DET"), Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"), Map.entry("WRB", "ADV"),
      Map.entry("HYPH", "PUNCT"), Map.entry("NFP", "PUNCT"), Map.entry("ADD", "X"), Map.entry("AFX", "X"),
      Map.entry("GW", "X"), Map.entry("XX", "X"));

  private PennToUniversal() {}

  static String map(String tag) {
    String u = MAP.get(tag);
    return u != null ? u : "PUNCT";
  }
}
