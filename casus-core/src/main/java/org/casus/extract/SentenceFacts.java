package org.casus.extract;

import java.util.List;
import org.casus.model.AnnotatedText;
import org.casus.model.Evidence;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/** What extractors share: evidence from tokens. */
final class SentenceFacts {
  private SentenceFacts() {}

  /** Evidence covering tokens {@code from..to} (inclusive) of a sentence. */
  static Evidence evidence(AnnotatedText text, Sentence s, int from, int to) {
    int a = Math.max(0, Math.min(from, to));
    int b = Math.min(s.tokens().size() - 1, Math.max(from, to));
    Span words = new Span(s.token(a).span().start(), s.token(b).span().end());
    return new Evidence(text.documentId(), s.span(), words, words.of(text.text()));
  }

  /**
   * The words of a sentence as written: a contraction split into several tokens ("au" into "à le")
   * gives its surface form to its first token and an empty word to the others, so that phrase
   * lexicons match what the text says.
   */
  static List<String> surfaceWords(String text, Sentence s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    Span previous = null;
    for (Token t : s.tokens()) {
      out.add(t.span().equals(previous) ? "" : t.span().of(text));
      previous = t.span();
    }
    return out;
  }

  /** The tokens that the given one governs through a chain of conjuncts, itself first. */
  static Token firstConjunct(Sentence s, Token t) {
    Token cur = t;
    for (int guard = 0; guard < s.tokens().size() && cur.relation().equals("conj") && cur.head() >= 0; guard++) {
      cur = s.token(cur.head());
    }
    return cur;
  }

  static List<Token> children(Sentence s, Token t, String relation) {
    return s.children(t).stream().filter(c -> c.relation().equals(relation) || c.deprel().equals(relation)).toList();
  }
}
