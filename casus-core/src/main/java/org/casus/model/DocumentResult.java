package org.casus.model;

import java.util.List;

/** What the pipeline made of one document: its facts, or the reason it failed. */
public sealed interface DocumentResult permits DocumentResult.Extracted, DocumentResult.Failed {
  String id();

  String source();

  /** A document that went through every stage. */
  record Extracted(AnnotatedText annotated, List<Fact> facts) implements DocumentResult {
    public Extracted {
      facts = List.copyOf(facts);
    }

    @Override
    public String id() {
      return annotated.documentId();
    }

    @Override
    public String source() {
      return annotated.clean().document().source();
    }
  }

  /**
   * A document that a stage could not handle.
   *
   * @param stage the stage that failed ("ingest", "clean", "lang", "nlp", "extract", ...)
   * @param error a reason a person can act on
   */
  record Failed(String id, String source, String stage, String error) implements DocumentResult {}
}
