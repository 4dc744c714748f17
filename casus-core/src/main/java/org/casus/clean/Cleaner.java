package org.casus.clean;

import org.casus.model.CleanText;
import org.casus.model.Document;

/** Finds a document's main text and sets web furniture aside, keeping offsets to the raw content. */
public interface Cleaner {
  CleanText clean(Document document);
}
