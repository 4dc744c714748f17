package org.casus.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.CleanText;
import org.casus.model.Document;
import org.casus.model.Language;
import org.casus.model.OffsetMap;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Builds annotated texts by hand, as CoreNLP would give them. Each sentence is written as tokens
 * separated by spaces, each token {@code word}, {@code word/NER}, {@code word/NER/UPOS} or
 * {@code word/NER/UPOS/HEAD/DEPREL} with HEAD counted from 1 (0 for the root), as in CoNLL-U:
 * {@code "Ganja/PER a été frappée"}. Tokens are joined by single spaces in the text, sentences by a
 * space, or by a line break when the sentence starts with {@link #PARAGRAPH}.
 */
final class Texts {
  /** Starts a sentence that opens a new paragraph. */
  static final String PARAGRAPH = "¶ ";

  private Texts() {}

  static AnnotatedText of(Language language, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> parsed = new ArrayList<>();
    for (String spec : sentences) {
      boolean newParagraph = spec.startsWith(PARAGRAPH);
      String sentence = newParagraph ? spec.substring(PARAGRAPH.length()) : spec;
      if (text.length() > 0) {
        text.append(newParagraph ? '\n' : ' ');
      }
      int sentenceStart = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String token : sentence.trim().split(" +")) {
        String[] parts = token.split("/", -1);
        String word = parts[0];
        String ner = parts.length > 1 ? parts[1] : "O";
        String upos = parts.length > 2 ? parts[2] : "";
        int head = parts.length > 4 ? Integer.parseInt(parts[3]) - 1 : -1;
        String deprel = parts.length > 4 ? parts[4] : "";
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        int start = text.length();
        text.append(word);
        tokens.add(new Token(tokens.size(), word, word, upos, head, deprel, ner,
            new Span(start, text.length())));
      }
      parsed.add(new Sentence(parsed.size(), new Span(sentenceStart, text.length()), tokens, true));
    }
    Document doc = Document.text("test", "test", text.toString(), Optional.empty());
    CleanText clean = new CleanText(doc, text.toString(), List.of(), OffsetMap.identity());
    return new AnnotatedText(clean, language, parsed);
  }
}
