package org.casus.nlp;

import org.casus.model.AnnotatedText;
import org.casus.model.CleanText;
import org.casus.model.Language;

/** Splits the extractable blocks of a text into sentences and annotates them. Thread-safe. */
public interface Annotator {
  AnnotatedText annotate(CleanText text, Language language);
}
