package org.casus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.CleanText;
import org.casus.model.DateRange;
import org.casus.model.Document;
import org.casus.model.Language;
import org.casus.model.OffsetMap;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;
import org.junit.jupiter.api.Test;

/** With a parse, the date of the fact's own clause beats a nearer date of the reporting clause. */
class ClauseAttachmentTest {
  private static final TemporalResolver RESOLVER = TemporalResolver.load();

  /** Tokens as {@code word/UPOS/head/deprel}, heads by token index, -1 for the root. */
  private static AnnotatedText parsed(LocalDate published, String... specs) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String spec : specs) {
      String[] p = spec.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(p[0]);
      tokens.add(new Token(tokens.size(), p[0], p[0], p[1], Integer.parseInt(p[2]), p[3], "O",
          new Span(start, text.length())));
    }
    Sentence s = new Sentence(0, new Span(0, text.length()), tokens, true);
    Document doc = Document.text("test", "test", text.toString(), Optional.of(published));
    return new AnnotatedText(new CleanText(doc, text.toString(), List.of(), OffsetMap.identity()),
        Language.EN, List.of(s));
  }

  @Test
  void theDateOfTheFactsClauseBeatsANearerDateOfTheReportingVerb() {
    // The ministry said on Monday that rebels shelled the town on Saturday .
    var t = parsed(LocalDate.of(2020, 10, 13),
        "The/DET/1/det", "ministry/NOUN/2/nsubj", "said/VERB/-1/root", "on/ADP/4/case",
        "Monday/PROPN/2/obl", "that/SCONJ/7/mark", "rebels/NOUN/7/nsubj", "shelled/VERB/2/ccomp",
        "the/DET/9/det", "town/NOUN/7/obj", "on/ADP/11/case", "Saturday/PROPN/7/obl", "./PUNCT/2/punct");
    DateRange date = RESOLVER.resolve(t, List.of(DatedTexts.fact(t, "rebels"))).get(0).provenance().date().orElseThrow();
    assertEquals(LocalDate.of(2020, 10, 10), date.start());
  }

  @Test
  void aDateOfTheGoverningClauseBeatsANearerDateOfAnotherClause() {
    // Overnight missiles hit the city , killing 11 people , officials said Thursday .
    var t = parsed(LocalDate.of(2022, 8, 18),
        "Overnight/ADV/2/advmod", "missiles/NOUN/2/nsubj", "hit/VERB/12/ccomp", "the/DET/4/det",
        "city/NOUN/2/obj", ",/PUNCT/6/punct", "killing/VERB/2/advcl", "11/NUM/8/nummod",
        "people/NOUN/6/obj", ",/PUNCT/2/punct", "officials/NOUN/11/nsubj", "said/VERB/-1/root",
        "Thursday/PROPN/11/obl", "./PUNCT/11/punct");
    DateRange date = RESOLVER.resolve(t, List.of(DatedTexts.fact(t, "killing 11 people"))).get(0).provenance().date().orElseThrow();
    assertEquals(LocalDate.of(2022, 8, 17), date.start());
    assertEquals(LocalDate.of(2022, 8, 18), date.end());
  }
}
