package org.casus.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.CleanText;
import org.casus.model.Document;
import org.casus.model.Event;
import org.casus.model.Evidence;
import org.casus.model.Fact;
import org.casus.model.Language;
import org.casus.model.OffsetMap;
import org.casus.model.Provenance;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Builds annotated texts by hand: tokens split on spaces, no parse. Sentences are joined by a
 * space; a sentence written with a leading {@code "\n"} opens a new paragraph.
 */
final class DatedTexts {
  private DatedTexts() {}

  static AnnotatedText text(Language language, Optional<LocalDate> published, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> parsed = new ArrayList<>();
    for (String raw : sentences) {
      boolean newParagraph = raw.startsWith("\n");
      String sentence = raw.strip();
      if (text.length() > 0) {
        text.append(newParagraph ? '\n' : ' ');
      }
      int start = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String word : sentence.split(" +")) {
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        int ws = text.length();
        text.append(word);
        tokens.add(new Token(tokens.size(), word, word, "", -1, "", "O", new Span(ws, text.length())));
      }
      parsed.add(new Sentence(parsed.size(), new Span(start, text.length()), tokens, false));
    }
    Document doc = Document.text("test", "test", text.toString(), published);
    return new AnnotatedText(new CleanText(doc, text.toString(), List.of(), OffsetMap.identity()), language, parsed);
  }

  static AnnotatedText text(Language language, LocalDate published, String... sentences) {
    return text(language, Optional.of(published), sentences);
  }

  /** An event fact whose evidence is the first occurrence of {@code words}. */
  static Fact fact(AnnotatedText text, String words) {
    int at = text.text().indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("not in text: " + words);
    }
    Span span = new Span(at, at + words.length());
    Sentence sentence = text.sentences().stream().filter(s -> s.span().contains(span)).findFirst().orElseThrow();
    Evidence evidence = new Evidence(text.documentId(), sentence.span(), span, words);
    return new Event("attack", false, false, Optional.empty(), Optional.empty(), List.of(),
        Provenance.of(evidence, 0.9));
  }
}
