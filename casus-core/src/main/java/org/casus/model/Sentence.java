package org.casus.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of the cleaned text with its tokens.
 *
 * @param parsed whether POS tags, dependencies and entities were computed (selective annotation
 *     leaves sentences that cannot carry a fact with tokens only)
 */
public record Sentence(int index, Span span, List<Token> tokens, boolean parsed) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public java.util.Optional<Token> head(Token t) {
    return t.head() < 0 ? java.util.Optional.empty() : java.util.Optional.of(tokens.get(t.head()));
  }

  public List<Token> children(Token t) {
    List<Token> out = new ArrayList<>();
    for (Token c : tokens) {
      if (c.head() == t.index()) {
        out.add(c);
      }
    }
    return out;
  }

  /** The token and everything it governs, directly or not, in sentence order. */
  public List<Token> subtree(Token t) {
    List<Token> out = new ArrayList<>();
    for (Token c : tokens) {
      if (dominates(t, c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** True when {@code ancestor} is {@code t} or governs it through a chain of heads. */
  public boolean dominates(Token ancestor, Token t) {
    Token cur = t;
    for (int guard = 0; guard <= tokens.size(); guard++) {
      if (cur.index() == ancestor.index()) {
        return true;
      }
      if (cur.head() < 0) {
        return false;
      }
      cur = tokens.get(cur.head());
    }
    return false;
  }

  public Span spanOf(List<Token> ts) {
    Span s = ts.get(0).span();
    for (Token t : ts) {
      s = s.union(t.span());
    }
    return s;
  }
}
