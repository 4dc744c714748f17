package org.casus.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.casus.clean.BoilerplatePatterns;
import org.casus.clean.PlainTextCleaner;
import org.casus.model.CleanText;
import org.casus.model.Document;
import org.casus.model.Language;
import org.junit.jupiter.api.Test;

class FunctionWordIdentifierTest {
  /** Fails the test if the function words pass a text on: these texts must be decided without Lingua. */
  private static final LanguageIdentifier NEVER = t -> {
    throw new AssertionError("passed on to the fuller identifier: " + t.text());
  };
  private static final FunctionWordIdentifier DECIDE_ONLY = FunctionWordIdentifier.before(NEVER);
  private static final PlainTextCleaner CLEANER = new PlainTextCleaner(BoilerplatePatterns.load());

  private static CleanText clean(String text) {
    return CLEANER.clean(Document.text("t", "t", text, Optional.empty()));
  }

  @Test
  void aFrenchDispatchIsFrenchWithoutAskingLingua() {
    CleanText c = clean("Nouveaux combats dans le nord\n\nLes forces gouvernementales ont repris mardi le contrôle "
        + "de la localité après des affrontements qui ont fait au moins douze morts, selon une source "
        + "militaire. Le ministère de la Défense a affirmé que ses unités avaient détruit deux blindés et "
        + "un dépôt de munitions. Les rebelles, de leur côté, assurent avoir abattu un hélicoptère et "
        + "disent que les frappes ont touché des habitations civiles dans la nuit.\n");
    assertEquals("fr", DECIDE_ONLY.identify(c));
  }

  @Test
  void anEnglishDispatchIsEnglishWithoutAskingLingua() {
    CleanText c = clean("Fighting resumes in the north\n\nGovernment forces retook the town on Tuesday after clashes "
        + "that killed at least twelve people, a military source said. The defence ministry said its units "
        + "had destroyed two armoured vehicles and an ammunition depot. The rebels, for their part, said "
        + "they had shot down a helicopter and that the strikes hit civilian homes during the night.\n");
    assertEquals("en", DECIDE_ONLY.identify(c));
  }

  @Test
  void theSeedArticleIsDecidedFrench() throws IOException {
    Path seed = Path.of(System.getProperty("casus.shared", "../../shared"), "seed/article-fr.txt");
    assumeTrue(Files.exists(seed));
    assertEquals("fr", DECIDE_ONLY.identify(clean(Files.readString(seed))));
  }

  @Test
  void theDevArticlesAreDecidedInTheirLanguage() throws IOException {
    Path docs = Path.of(System.getProperty("casus.shared", "../../shared"), "gold/dev/docs");
    assumeTrue(Files.isDirectory(docs));
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.list(docs)) {
      for (Path f : files.sorted().toList()) {
        String expected = f.getFileName().toString().substring(0, 2);
        try {
          String got = DECIDE_ONLY.identify(clean(Files.readString(f)));
          if (!got.equals(expected)) {
            wrong.add(f.getFileName() + " -> " + got);
          }
        } catch (AssertionError e) {
          wrong.add(f.getFileName() + " passed on");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * The languages nearest to French and English in the sample are never taken for them: each
   * language's sentences joined into one text are decided only if the language is French or
   * English, and then rightly.
   */
  @Test
  void noOtherLanguageOfTheSampleIsTakenForFrenchOrEnglish() {
    Map<String, StringBuilder> texts = new TreeMap<>();
    for (LanguageSample s : LanguageSample.load()) {
      texts.computeIfAbsent(s.language(), k -> new StringBuilder()).append(s.sentence()).append(' ');
    }
    Map<String, Optional<Language>> got = new TreeMap<>();
    texts.forEach((lang, text) -> got.put(lang, DECIDE_ONLY.decide(text.toString())));
    got.forEach((lang, decided) -> {
      if (lang.equals("fr") || lang.equals("en")) {
        assertEquals(Language.fromCode(lang), decided, lang);
      } else {
        assertEquals(Optional.empty(), decided, lang);
      }
    });
  }

  @Test
  void neighbouringLanguagesFallThroughToTheFullerIdentifier() {
    List<String> texts = List.of(
        // Catalan shares "les", "des" and "qui" with French
        "Les forces del govern van recuperar dimarts el control de la localitat després dels combats que "
            + "van causar almenys dotze morts, segons una font militar. El ministeri de Defensa va afirmar "
            + "que les seves unitats havien destruït dos blindats i un dipòsit de munició, i que els rebels "
            + "havien fugit cap al nord des de la nit.",
        // Italian has "il", "le" and "qui"
        "Le forze governative hanno ripreso martedì il controllo della località dopo scontri che hanno "
            + "causato almeno dodici morti, secondo una fonte militare. Il ministero della Difesa ha "
            + "affermato che le sue unità hanno distrutto due blindati e un deposito di munizioni, mentre "
            + "i ribelli dicono di aver abbattuto un elicottero qui vicino.",
        // Dutch has "was", "had", "is" and "in"
        "De regeringstroepen heroverden dinsdag de controle over de plaats na gevechten waarbij ten minste "
            + "twaalf doden vielen, zei een militaire bron. Het ministerie van Defensie zei dat zijn "
            + "eenheden twee pantservoertuigen en een munitiedepot hadden vernietigd. Het was een zware nacht "
            + "en de stad had geen stroom.");
    for (String text : texts) {
      assertEquals(Optional.empty(), DECIDE_ONLY.decide(text), text);
    }
  }

  @Test
  void shortOrNonLatinTextsFallThrough() {
    assertEquals(Optional.empty(), DECIDE_ONLY.decide("Les combats ont repris dans le nord, selon l'armée."));
    assertEquals(Optional.empty(), DECIDE_ONLY.decide(
        "Les forces ont repris le contrôle de la ville et les rebelles sont partis vers le nord, selon une source "
            + "qui a été citée par les médias. Москва заявила, что её войска отразили атаку на город и что "
            + "погибли двенадцать человек, а ещё двадцать были ранены в ходе боёв за ночь."));
  }

  @Test
  void whatFallsThroughIsToldByTheFullerIdentifier() {
    CleanText german = clean("Angriff auf Charkiw\n\nDrei Zivilisten wurden am Dienstag getötet, als eine Granate "
        + "einen Markt im Norden der Stadt traf. Das Verteidigungsministerium erklärte, seine Truppen "
        + "hätten einen nächtlichen Angriff abgewehrt, und die Behörden der Region sprachen von schweren "
        + "Schäden an Wohnhäusern und an einer Schule in der Nähe des Bahnhofs.\n");
    FunctionWordIdentifier id = FunctionWordIdentifier.before(t -> "de");
    assertEquals("de", id.identify(german));
    assertEquals(Optional.empty(), id.supported(german));
    assertTrue(id.decide(german.text()).isEmpty());
  }
}
