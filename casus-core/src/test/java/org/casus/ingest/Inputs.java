package org.casus.ingest;

import java.util.ArrayList;
import java.util.List;
import org.casus.model.Document;

/** What a reader yielded, in order, for assertions. */
final class Inputs {
  final List<IngestResult> all = new ArrayList<>();

  void accept(IngestResult r) {
    all.add(r);
  }

  List<Document> documents() {
    return all.stream().filter(r -> r instanceof IngestResult.Read).map(r -> ((IngestResult.Read) r).document()).toList();
  }

  List<IngestResult.Unreadable> errors() {
    return all.stream().filter(r -> r instanceof IngestResult.Unreadable).map(r -> (IngestResult.Unreadable) r).toList();
  }

  List<String> ids() {
    return all.stream().map(r -> r instanceof IngestResult.Read d ? d.document().id() : ((IngestResult.Unreadable) r).id()).toList();
  }
}
