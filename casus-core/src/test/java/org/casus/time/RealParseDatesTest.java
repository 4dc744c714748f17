package org.casus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.CleanText;
import org.casus.model.DateRange;
import org.casus.model.Language;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.Test;

/** Dates over CoreNLP's tokens and parses rather than hand-built ones. */
class RealParseDatesTest {
  private static final TemporalResolver RESOLVER = TemporalResolver.load();

  private static AnnotatedText annotate(String text, Language language, LocalDate published) {
    AnnotatedText a = SharedNlp.annotate(text, language);
    CleanText c = a.clean();
    return new AnnotatedText(new CleanText(c.document().withPublished(Optional.of(published)), c.text(),
        c.blocks(), c.offsets()), a.language(), a.sentences());
  }

  private static DateRange dateOf(AnnotatedText t, String words) {
    return RESOLVER.resolve(t, List.of(DatedTexts.fact(t, words))).get(0).provenance().date().orElseThrow();
  }

  @Test
  void frenchNightOfTheFactBeatsTheDayItWasAnnounced() {
    var t = annotate("Le ministère a annoncé lundi que deux drones arméniens avaient été abattus "
        + "dans la nuit de samedi à dimanche près de Tovuz.", Language.FR, LocalDate.of(2020, 10, 12));
    DateRange date = dateOf(t, "deux drones arméniens");
    assertEquals(LocalDate.of(2020, 10, 10), date.start());
    assertEquals(LocalDate.of(2020, 10, 11), date.end());
  }

  @Test
  void frenchElidedWordsAreMatchedWhateverTheTokenizer() {
    var t = annotate("Aujourd’hui, l’armée a repoussé une attaque près d’Agdam.", Language.FR,
        LocalDate.of(2020, 10, 13));
    assertEquals(LocalDate.of(2020, 10, 13), dateOf(t, "une attaque").start());
  }

  @Test
  void englishPossessiveWeekday() {
    var t = annotate("Wednesday's attack also left seven soldiers wounded.", Language.EN,
        LocalDate.of(2021, 12, 31));
    DateRange date = dateOf(t, "seven soldiers wounded");
    assertEquals(LocalDate.of(2021, 12, 29), date.start());
    assertEquals("day", date.precision());
  }

  @Test
  void englishStrikeDatedBeforeItsReport() {
    var t = annotate("On Saturday the civil defence agency said a strike on a school had killed 21 people.",
        Language.EN, LocalDate.of(2024, 9, 22));
    assertEquals(LocalDate.of(2024, 9, 21), dateOf(t, "killed 21 people").start());
  }
}
