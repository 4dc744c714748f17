package org.casus.ingest;

import org.casus.model.Document;

/** A document read from a source, or the reason it could not be read. */
public sealed interface IngestResult permits IngestResult.Read, IngestResult.Unreadable {
  String source();

  record Read(Document document) implements IngestResult {
    @Override
    public String source() {
      return document.source();
    }
  }

  /**
   * @param id the id the document would have had, so that the error record can be matched
   */
  record Unreadable(String id, String source, String error) implements IngestResult {}
}
