package org.casus.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.Casualties;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Count;
import org.casus.model.DateRange;
import org.casus.model.Evidence;
import org.casus.model.Fact;
import org.casus.model.Language;
import org.casus.model.Place;
import org.casus.model.Provenance;
import org.casus.model.Span;
import org.casus.model.Victims;
import org.casus.place.SentencePlaceResolver.Assignment;
import org.casus.place.SentencePlaceResolver.Pass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Which place each fact takes, and by which pass; sentences tagged by hand as CoreNLP would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SentencePlaceResolverTest {
  private SentencePlaceResolver resolver;

  @BeforeAll
  void loadOnce() {
    resolver = SentencePlaceResolver.load(GazetteerIndex.load());
  }

  /** A casualty fact whose evidence is the first occurrence of {@code words} in the text. */
  private static Fact fact(AnnotatedText text, String words, Optional<DateRange> date) {
    int start = text.text().indexOf(words);
    Span span = new Span(start, start + words.length());
    Provenance p = Provenance.of(new Evidence("test", span, span, words), 0.8).withDate(date);
    return new Casualties(CasualtyOutcome.KILLED, Count.exact(1), Victims.UNKNOWN, Optional.empty(),
        Optional.empty(), p);
  }

  private Assignment assign(AnnotatedText text, String words) {
    return assign(text, words, Optional.empty());
  }

  private Assignment assign(AnnotatedText text, String words, Optional<DateRange> date) {
    return resolver.assign(text, List.of(fact(text, words, date))).assignments().get(0);
  }

  private static List<String> names(Assignment a) {
    return a.places().stream().map(Place::name).toList();
  }

  @Test
  void aCapitalActingIsAnActorNotThePlace() {
    AnnotatedText text = Texts.of(Language.FR,
        "Erevan/I-LOC/PROPN/2/nsubj a/O/AUX/0/root lancé/O/VERB/2/xcomp une/O attaque/O sur/O"
            + " Ganja/I-LOC/PROPN/3/obl faisant/O 10/O morts/O");
    Assignment a = assign(text, "10 morts");
    assertEquals(List.of("Ganja"), names(a));
    assertEquals(Pass.OWN_SENTENCE, a.pass());
  }

  @Test
  void aPossessorCountryIsAnActorNotThePlace() {
    AnnotatedText text = Texts.of(Language.EN,
        "Two/O people/O were/O killed/O in/O Ganja/CITY",
        "Twenty/O buildings/O were/O destroyed/O in/O Armenia/COUNTRY/PROPN/9/nmod:poss 's/O/PART/7/case"
            + " missile/O/NOUN/9/compound attacks/O/NOUN/4/obl");
    Assignment a = assign(text, "Twenty buildings");
    assertEquals(List.of("Ganja"), names(a));
    assertEquals(Pass.PREVIOUS_SENTENCE, a.pass());
  }

  @Test
  void aPressBriefingsCityIsNotWhereTheFactHappened() {
    AnnotatedText text = Texts.of(Language.EN,
        "Shelling/O killed/O five/O in/O Stepanakert/CITY",
        "Six/O more/O died/O ,/O a/O spokesman/O told/O/VERB/0/root a/O briefing/O/NOUN/7/obl"
            + " in/O Geneva/CITY/PROPN/9/nmod");
    Assignment a = assign(text, "Six more died");
    assertEquals(List.of("Stepanakert"), names(a));
  }

  @Test
  void aDatelineIsNotWhereTheFactHappened() {
    AnnotatedText text = Texts.of(Language.EN,
        "BEIRUT/CITY :/O Three/O people/O were/O killed/O in/O Nabatieh/CITY");
    assertEquals(List.of("Nabatieh"), names(assign(text, "Three people")));
  }

  @Test
  void aFigureAfterItsIncidentsSentenceSharesItsPlace() {
    AnnotatedText text = Texts.of(Language.FR,
        "Un/O missile/O est/O tombé/O sur/O Ganja/I-LOC",
        "Douze/O civils/O ont/O été/O tués/O");
    Assignment a = assign(text, "Douze civils");
    assertEquals(List.of("Ganja"), names(a));
    assertEquals(Pass.PREVIOUS_SENTENCE, a.pass());
  }

  @Test
  void aFigureFarFromAnyPlaceTakesTheIncidentTheArticleLeadsWith() {
    AnnotatedText text = Texts.of(Language.EN,
        "Five/O killed/O by/O missile/O in/O Marib/CITY ,/O Yemen/COUNTRY",
        Texts.PARAGRAPH + "Officials/O fear/O more/O deaths/O",
        Texts.PARAGRAPH + "Yemen/COUNTRY is/O poor/O",
        Texts.PARAGRAPH + "Seven/O civilians/O were/O killed/O");
    Assignment a = assign(text, "Seven civilians");
    assertEquals(List.of("Marib"), names(a));
    assertEquals(Pass.INCIDENT_LEAD, a.pass());
  }

  @Test
  void aCumulativeTollIsTheCountrys() {
    AnnotatedText text = Texts.of(Language.FR,
        "Un/O missile/O est/O tombé/O sur/O Ganja/I-LOC",
        "Au/O total/O ,/O 42/O civils/O ont/O perdu/O la/O vie/O");
    DateRange since = new DateRange(LocalDate.of(2020, 9, 27), LocalDate.of(2020, 10, 13), "period",
        Optional.empty());
    Assignment a = assign(text, "42 civils", Optional.of(since));
    assertEquals(Pass.CUMULATIVE_COUNTRY, a.pass());
    assertEquals(Optional.of("AZE"), a.places().get(0).country());
    assertEquals("country", a.places().get(0).precision());
  }

  @Test
  void townsComeBeforeTheirCountryInOneSentence() {
    AnnotatedText text = Texts.of(Language.FR,
        "Dix/O morts/O à/O Ganja/I-LOC ,/O deuxième/O ville/O d'/O Azerbaïdjan/I-LOC");
    assertEquals(List.of("Ganja"), names(assign(text, "Dix morts")));
  }

  @Test
  void aMeetingsCityLocatesNoCasualty() {
    AnnotatedText text = Texts.of(Language.FR,
        "Trois/O soldats/O sont/O morts/O à/O Tovuz/I-LOC",
        "Après/O des/O réunions/O/NOUN/8/obl à/O Moscou/I-LOC/PROPN/3/nmod ,/O deux/O morts/O/NOUN/0/root");
    assertEquals(List.of("Tovuz"), names(assign(text, "deux morts")));
  }

  @Test
  void eachPassIsCountedWhenItFires() {
    AnnotatedText text = Texts.of(Language.FR,
        "Dix/O morts/O à/O Ganja/I-LOC",
        "Douze/O blessés/O");
    SentencePlaceResolver.Assignments all = resolver.assign(text,
        List.of(fact(text, "Dix morts", Optional.empty()), fact(text, "Douze blessés", Optional.empty())));
    assertEquals(1, all.passCounts().get(Pass.OWN_SENTENCE));
    assertEquals(1, all.passCounts().get(Pass.PREVIOUS_SENTENCE));
  }
}
