package org.casus.attribute;

import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.Casualties;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Claim;
import org.casus.model.Count;
import org.casus.model.Evidence;
import org.casus.model.Fact;
import org.casus.model.Provenance;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Victims;

/** Facts built over given words of an annotated text, as an extractor would. */
final class Figures {
  private Figures() {}

  /** A killed figure whose evidence is the first occurrence of {@code words}. */
  static Fact killed(AnnotatedText t, String words) {
    int at = t.text().indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("not in text: " + words);
    }
    Span w = new Span(at, at + words.length());
    Sentence s = t.sentences().stream().filter(x -> x.span().overlaps(w)).findFirst().orElseThrow();
    return new Casualties(CasualtyOutcome.KILLED, Count.exact(1), Victims.UNKNOWN, Optional.empty(),
        Optional.empty(), Provenance.of(new Evidence("test", s.span(), w, words), 0.9));
  }

  static Claim claim(Fact f) {
    return f.provenance().claim();
  }
}
