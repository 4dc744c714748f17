package org.casus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.clean.BoilerplatePatterns;
import org.casus.clean.PlainTextCleaner;
import org.casus.model.CleanText;
import org.casus.model.Document;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.Test;

/** casus's loop over the nndep model gives CoreNLP's own parses, word for word, label for label. */
class NndepPredictorTest {
  private static final String FRENCH = "Le ministère de la Défense a déclaré mardi que les forces arméniennes avaient "
      + "organisé des attaques nocturnes. La cathédrale avait ensuite été reconstruite, devenant un symbole. "
      + "L'armée de l'air a affirmé que deux missiles et 80 drones, la plupart de ces derniers ayant été abattus, "
      + "avaient été lancés. Selon le parquet, 42 civils ont été tués et 206 blessés depuis le 27 septembre.";
  private static final String ENGLISH = "Nine people, among them an 11-year-old boy, were killed by the strikes in "
      + "Kharkiv, while two others were killed in the city of Krasnohrad, according to the governor. The ministry "
      + "said on Telegram that an attempted drone attack had been thwarted. \"Most were intercepted,\" the army said.";

  @Test
  void frenchParsesAreCoreNlpsOwn() throws Exception {
    String text = FRENCH + SharedNlp.shared().map(p -> read(p.resolve("seed/article-fr.txt"))).orElse("");
    assertSameParses(text, Language.FR);
  }

  @Test
  void englishParsesAreCoreNlpsOwn() {
    assertSameParses(ENGLISH, Language.EN);
  }

  private static void assertSameParses(String text, Language language) {
    CleanText clean = new PlainTextCleaner(BoilerplatePatterns.load())
        .clean(Document.text("test", "test", text, Optional.empty()));
    CoreNlpAnnotator annotator = SharedNlp.annotator().forLanguage(language);
    List<Sentence> ours = annotator.annotate(clean, SentenceSelector.all()).sentences();
    List<Sentence> theirs = annotator.withStockParser().annotate(clean, SentenceSelector.all()).sentences();
    assertEquals(theirs.size(), ours.size());
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < ours.size(); i++) {
      if (!ours.get(i).tokens().equals(theirs.get(i).tokens())) {
        differing.add(ours.get(i).span().of(clean.text()));
      }
    }
    assertTrue(ours.size() >= 3);
    assertEquals(List.of(), differing);
  }

  private static String read(Path p) {
    try {
      return "\n\n" + Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
