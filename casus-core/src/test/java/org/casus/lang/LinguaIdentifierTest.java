package org.casus.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinguaIdentifierTest {
  private static LinguaIdentifier identifier;
  private static final PlainTextCleaner CLEANER = new PlainTextCleaner(BoilerplatePatterns.load());

  @BeforeAll
  static void load() {
    identifier = LinguaIdentifier.load();
  }

  private static CleanText clean(String text) {
    return CLEANER.clean(Document.text("t", "t", text, Optional.empty()));
  }

  @Test
  void tellsTheLanguageOfNinetySevenInAHundredSentencesOfTheSample() {
    List<String> errors = new ArrayList<>();
    double accuracy = LanguageSample.accuracy(LanguageSample.load(), identifier::identify, errors);
    System.out.printf("language identification: accuracy %.3f on the multilingual sample%n", accuracy);
    assertTrue(accuracy >= 0.97, () -> accuracy + " " + errors);
  }

  @Test
  void everyFullSentenceOfTheSampleIsToldRight() {
    List<LanguageSample> sentences = LanguageSample.load().stream().filter(s -> s.sentence().split(" ").length > 6).toList();
    List<String> errors = new ArrayList<>();
    LanguageSample.accuracy(sentences, identifier::identify, errors);
    assertEquals(List.of(), errors);
  }

  @Test
  void theSeedArticleIsFrench() throws IOException {
    Path seed = Path.of(System.getProperty("casus.shared", "../../shared"), "seed/article-fr.txt");
    assumeTrue(Files.exists(seed));
    CleanText c = clean(Files.readString(seed));
    assertEquals("fr", identifier.identify(c));
    assertEquals(Optional.of(Language.FR), identifier.supported(c));
  }

  @Test
  void aGermanArticleIsNamedButNotSupported() {
    CleanText c = clean("Angriff auf Charkiw\n\nDrei Zivilisten wurden am Dienstag getötet, als eine Granate "
        + "einen Markt im Norden der Stadt traf. Das Verteidigungsministerium erklärte, seine Truppen "
        + "hätten einen nächtlichen Angriff abgewehrt.\n");
    assertEquals("de", identifier.identify(c));
    assertEquals(Optional.empty(), identifier.supported(c));
  }

  @Test
  void tooLittleTextIsUndetermined() {
    assertEquals("und", identifier.identify("OK 12"));
    assertEquals("und", identifier.identify("1 234 567 — 89"));
  }

  @Test
  void aQuotationLeftInEnglishIsToldApartFromTheFrenchArticle() {
    CleanText c = clean("Trois civils ont été tués mardi lorsqu'un obus a frappé un marché au nord de la ville.\n\n"
        + "\"We will respond to this attack with all the means at our disposal,\" the minister told reporters.\n\n"
        + "Le ministère de la Défense a déclaré que ses forces avaient repoussé une attaque nocturne près de la frontière, "
        + "et que les combats se poursuivaient dans plusieurs villages.\n");
    ParagraphLanguages p = identifier.identifyParagraphs(c);
    assertEquals("fr", p.main());
    assertTrue(p.mixed());
    assertEquals(List.of("fr", "en", "fr"), p.paragraphs().stream().map(ParagraphLanguages.Paragraph::language).toList());
  }

  @Test
  void aSingleLanguageTextIsNotMixed() {
    CleanText c = clean("Three civilians were killed when a shell hit a market in the north of the city.\n\n"
        + "The ministry of defence said its forces had repelled an overnight attack near the border.\n");
    assertFalse(identifier.identifyParagraphs(c).mixed());
  }
}
