package org.casus.extract;

import java.util.List;
import org.casus.model.AnnotatedText;
import org.casus.model.Fact;

/** Finds one family of facts in an annotated text. Thread-safe. */
public interface FactExtractor {
  List<Fact> extract(AnnotatedText text);
}
