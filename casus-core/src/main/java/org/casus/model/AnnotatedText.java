package org.casus.model;

import java.util.List;

/** A cleaned text in a known language, split into annotated sentences. */
public record AnnotatedText(CleanText clean, Language language, List<Sentence> sentences) {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return clean.text();
  }

  public String documentId() {
    return clean.document().id();
  }
}
