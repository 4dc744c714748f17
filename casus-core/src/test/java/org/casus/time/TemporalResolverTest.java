package org.casus.time;

import static org.casus.time.DatedTexts.fact;
import static org.casus.time.DatedTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.DateRange;
import org.casus.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalResolverTest {
  private static final TemporalResolver RESOLVER = TemporalResolver.load();
  private static final LocalDate TUESDAY = LocalDate.of(2020, 10, 13);

  private static Optional<DateRange> dateOf(AnnotatedText text, String words) {
    return RESOLVER.resolve(text, List.of(fact(text, words))).get(0).provenance().date();
  }

  private static void assertRange(String start, String end, Optional<DateRange> date) {
    assertTrue(date.isPresent(), "undated");
    assertEquals(LocalDate.parse(start), date.get().start(), "start");
    assertEquals(LocalDate.parse(end), date.get().end(), "end");
  }

  private static void assertDay(String day, Optional<DateRange> date) {
    assertRange(day, day, date);
    assertEquals("day", date.get().precision());
  }

  // ---- French ---------------------------------------------------------------------------------

  @Test
  void frenchDayAndMonthTakeThePublicationYear() {
    var t = text(Language.FR, TUESDAY, "Des obus sont tombés sur Tartar le 10 octobre , selon Bakou .");
    assertDay("2020-10-10", dateOf(t, "Des obus sont tombés"));
  }

  @Test
  void frenchDateWithItsYearKeepsIt() {
    var t = text(Language.FR, TUESDAY, "Un convoi a été attaqué le 12 décembre 2019 près de Gao .");
    assertDay("2019-12-12", dateOf(t, "Un convoi a été attaqué"));
  }

  @Test
  void dayWithoutYearAfterPublicationFallsInThePreviousYear() {
    var t = text(Language.FR, LocalDate.of(2021, 1, 5), "Un camp a été incendié le 28 décembre .");
    assertDay("2020-12-28", dateOf(t, "Un camp a été incendié"));
  }

  @Test
  void firstOfTheMonthWrittenAsAnOrdinal() {
    var t = text(Language.FR, TUESDAY, "Une frappe a visé Stepanakert le 1er octobre .");
    assertDay("2020-10-01", dateOf(t, "Une frappe"));
  }

  @Test
  void hierIsTheDayBeforePublication() {
    var t = text(Language.FR, TUESDAY, "Trois soldats ont été tués hier dans une embuscade .");
    assertDay("2020-10-12", dateOf(t, "Trois soldats"));
  }

  @Test
  void aujourdhuiIsThePublicationDay() {
    var t = text(Language.FR, TUESDAY, "Deux drones ont été abattus aujourd'hui au-dessus de Tovuz .");
    assertDay("2020-10-13", dateOf(t, "Deux drones"));
  }

  @Test
  void ceMatinIsThePublicationDay() {
    var t = text(Language.FR, TUESDAY, "La ville a été bombardée ce matin .");
    assertDay("2020-10-13", dateOf(t, "La ville a été bombardée"));
  }

  @ParameterizedTest(name = "dimanche read on {0} is {1}")
  @CsvSource({
    "2020-10-13, 2020-10-11", // a Tuesday
    "2020-10-11, 2020-10-11", // a Sunday: the day itself
    "2020-10-17, 2020-10-11", // a Saturday
    "2020-10-12, 2020-10-11", // a Monday
  })
  void frenchWeekdayIsTheLatestSuchDayOnOrBeforePublication(String published, String expected) {
    var t = text(Language.FR, LocalDate.parse(published), "Erevan a lancé dimanche une attaque de missiles .");
    assertDay(expected, dateOf(t, "une attaque de missiles"));
  }

  @Test
  void weekdayEveningIsThatDay() {
    var t = text(Language.FR, TUESDAY, "Un immeuble a été touché dimanche soir à Ganja .");
    assertDay("2020-10-11", dateOf(t, "Un immeuble a été touché"));
  }

  @Test
  void nightFromOneWeekdayToTheNextSpansBoth() {
    var t = text(Language.FR, LocalDate.of(2020, 10, 12),
        "Deux drones ont été abattus dans la nuit de dimanche à lundi vers Tovuz .");
    assertRange("2020-10-11", "2020-10-12", dateOf(t, "Deux drones ont été abattus"));
  }

  @Test
  void nightBetweenTwoDaysOfAMonth() {
    var t = text(Language.FR, LocalDate.of(2022, 9, 14),
        "L'armée a déclenché dans la nuit du 12 au 13 septembre 2022 une offensive .");
    assertRange("2022-09-12", "2022-09-13", dateOf(t, "une offensive"));
  }

  @Test
  void lastNightInFrenchEndsOnPublication() {
    var t = text(Language.FR, TUESDAY, "Des tirs ont visé Martouni la nuit dernière .");
    assertRange("2020-10-12", "2020-10-13", dateOf(t, "Des tirs"));
  }

  @Test
  void frenchPeriodBetweenTwoDays() {
    var t = text(Language.FR, TUESDAY, "Des maisons ont été détruites du 27 septembre au 13 octobre .");
    Optional<DateRange> date = dateOf(t, "Des maisons ont été détruites");
    assertRange("2020-09-27", "2020-10-13", date);
    assertEquals("period", date.get().precision());
  }

  @Test
  void depuisRunsFromThatDayToPublication() {
    var t = text(Language.FR, TUESDAY, "Les pertes depuis le 27 septembre s'élèvent à 157 morts .");
    Optional<DateRange> date = dateOf(t, "157 morts");
    assertRange("2020-09-27", "2020-10-13", date);
    assertEquals("period", date.get().precision());
  }

  @Test
  void monthWithItsYearCoversTheMonth() {
    var t = text(Language.FR, LocalDate.of(2019, 8, 20), "L'attaque avait fait 12 morts en décembre 2016 .");
    Optional<DateRange> date = dateOf(t, "12 morts");
    assertRange("2016-12-01", "2016-12-31", date);
    assertEquals("month", date.get().precision());
  }

  @Test
  void frenchDurationsAreNotDates() {
    var t = text(Language.FR, TUESDAY,
        "Le territoire est resté occupé pendant environ trois décennies et 24 heures de combats ont suivi .");
    assertDay("2020-10-13", dateOf(t, "Le territoire est resté occupé"));
  }

  @Test
  void aYearAloneIsNoEventDate() {
    var t = text(Language.FR, TUESDAY, "Un cessez-le-feu a été conclu en 1994 .");
    assertDay("2020-10-13", dateOf(t, "Un cessez-le-feu"));
  }

  // ---- English --------------------------------------------------------------------------------

  @Test
  void englishMonthBeforeDay() {
    var t = text(Language.EN, LocalDate.of(2024, 9, 22), "A strike on the school on September 11 killed 18 people .");
    assertDay("2024-09-11", dateOf(t, "killed 18 people"));
  }

  @Test
  void englishAbbreviatedMonthWithItsPeriod() {
    var t = text(Language.EN, TUESDAY, "Shells hit Tartar on Oct. 10 , officials said .");
    assertDay("2020-10-10", dateOf(t, "Shells hit Tartar"));
  }

  @Test
  void englishDateWithCommaAndYear() {
    var t = text(Language.EN, LocalDate.of(2021, 3, 1), "The base was attacked on October 10, 2020 by gunmen .");
    assertDay("2020-10-10", dateOf(t, "The base was attacked"));
  }

  @Test
  void englishOrdinalDayOfMonth() {
    var t = text(Language.EN, TUESDAY, "The bridge was destroyed on the 5th of October .");
    assertDay("2020-10-05", dateOf(t, "The bridge was destroyed"));
  }

  @Test
  void yesterdayIsTheDayBeforePublication() {
    var t = text(Language.EN, TUESDAY, "Two soldiers were killed yesterday near the border .");
    assertDay("2020-10-12", dateOf(t, "Two soldiers were killed"));
  }

  @Test
  void todayAndThisMorningAreThePublicationDay() {
    var t = text(Language.EN, TUESDAY, "Sirens sounded today in the capital .", "\nA drone was shot down this morning .");
    assertDay("2020-10-13", dateOf(t, "Sirens sounded"));
    assertDay("2020-10-13", dateOf(t, "A drone was shot down"));
  }

  @Test
  void overnightSpansTheDayBeforeAndPublication() {
    var t = text(Language.EN, LocalDate.of(2022, 8, 18), "Missile strikes overnight killed 11 people in Kharkiv .");
    assertRange("2022-08-17", "2022-08-18", dateOf(t, "killed 11 people"));
  }

  @Test
  void lastNightSpansTheDayBeforeAndPublication() {
    var t = text(Language.EN, LocalDate.of(2022, 8, 18), "Rockets fell on the city last night .");
    assertRange("2022-08-17", "2022-08-18", dateOf(t, "Rockets fell"));
  }

  @ParameterizedTest(name = "Sunday read on {0} is {1}")
  @CsvSource({
    "2024-09-22, 2024-09-22", // a Sunday
    "2024-09-23, 2024-09-22", // a Monday
    "2024-09-28, 2024-09-22", // a Saturday
    "2024-09-25, 2024-09-22", // a Wednesday
  })
  void englishWeekdayIsTheLatestSuchDayOnOrBeforePublication(String published, String expected) {
    var t = text(Language.EN, LocalDate.parse(published), "An Israeli strike on Sunday killed seven people .");
    assertDay(expected, dateOf(t, "killed seven people"));
  }

  @Test
  void sinceAWeekdayRunsToPublication() {
    var t = text(Language.EN, TUESDAY, "Fighting has displaced 3,000 people since Sunday .");
    Optional<DateRange> date = dateOf(t, "displaced 3,000 people");
    assertRange("2020-10-11", "2020-10-13", date);
    assertEquals("period", date.get().precision());
  }

  @Test
  void sinceAMonthAndYearRunsFromItsFirstDay() {
    var t = text(Language.EN, LocalDate.of(2018, 5, 22), "Since March 2015 , nearly 10,000 people have been killed .");
    assertRange("2015-03-01", "2018-05-22", dateOf(t, "10,000 people have been killed"));
  }

  @Test
  void betweenTwoWeekdays() {
    var t = text(Language.EN, LocalDate.of(2020, 10, 16), "Clashes between Monday and Wednesday left 20 dead .");
    assertRange("2020-10-12", "2020-10-14", dateOf(t, "left 20 dead"));
  }

  @Test
  void betweenTwoDaysOfOneMonth() {
    var t = text(Language.EN, TUESDAY, "Between 3 and 5 October , 40 houses were destroyed .");
    assertRange("2020-10-03", "2020-10-05", dateOf(t, "40 houses were destroyed"));
  }

  @Test
  void earlierThisMonthRunsFromItsFirstDay() {
    var t = text(Language.EN, TUESDAY, "Earlier this month , a convoy was ambushed .");
    Optional<DateRange> date = dateOf(t, "a convoy was ambushed");
    assertRange("2020-10-01", "2020-10-13", date);
    assertEquals("month", date.get().precision());
  }

  @Test
  void lastWeekIsThePreviousMondayToSunday() {
    var t = text(Language.EN, LocalDate.of(2022, 1, 11), "Last week 13 civilians were killed in the north .");
    Optional<DateRange> date = dateOf(t, "13 civilians were killed");
    assertRange("2022-01-03", "2022-01-09", date);
    assertEquals("week", date.get().precision());
  }

  @Test
  void englishDurationsAreNotDates() {
    var t = text(Language.EN, TUESDAY, "More than 100 people were killed in 24 hours after three decades of calm .");
    assertDay("2020-10-13", dateOf(t, "More than 100 people were killed"));
  }

  // ---- choosing among expressions and sentences ------------------------------------------------

  @Test
  void theExpressionNearestTheFactWins() {
    var t = text(Language.EN, TUESDAY,
        "On Sunday a market was shelled , and on Monday a school was hit .");
    assertDay("2020-10-11", dateOf(t, "a market was shelled"));
    assertDay("2020-10-12", dateOf(t, "a school was hit"));
  }

  @Test
  void anUndatedSentenceContinuesThePreviousSentenceOfItsParagraph() {
    var t = text(Language.FR, TUESDAY,
        "Ganja a été frappée dimanche .", "Dix civils ont été tués .");
    assertDay("2020-10-11", dateOf(t, "Dix civils"));
  }

  @Test
  void aNewParagraphDoesNotContinueTheDateOfThePreviousOne() {
    var t = text(Language.FR, TUESDAY,
        "Ganja a été frappée dimanche .", "\nDix civils ont été tués .");
    assertDay("2020-10-13", dateOf(t, "Dix civils"));
  }

  @Test
  void anUndatedReportTakesThePublicationDay() {
    var t = text(Language.EN, TUESDAY, "Five soldiers were wounded near the border .");
    Optional<DateRange> date = dateOf(t, "Five soldiers");
    assertDay("2020-10-13", date);
    assertTrue(date.get().mention().isEmpty(), "no words gave the publication day");
  }

  @Test
  void theMentionOfAStatedDateIsKept() {
    var t = text(Language.FR, TUESDAY, "Des obus sont tombés le 10 octobre .");
    DateRange date = dateOf(t, "Des obus").orElseThrow();
    assertEquals("10 octobre", date.mention().orElseThrow().of(t.text()));
  }

  @Test
  void withoutPublicationDateRelativeWordsLeaveTheFactUndated() {
    var t = text(Language.EN, Optional.empty(), "Two soldiers were killed yesterday .");
    assertTrue(dateOf(t, "Two soldiers").isEmpty());
  }

  @Test
  void withoutPublicationDateAnUndatedSentenceStaysUndated() {
    var t = text(Language.FR, Optional.empty(), "Deux soldats ont été tués .");
    assertTrue(dateOf(t, "Deux soldats").isEmpty());
  }

  @Test
  void withoutPublicationDateADateWithItsYearStillResolves() {
    var t = text(Language.FR, Optional.empty(), "Un camp a été attaqué le 24 janvier 2021 .");
    assertDay("2021-01-24", dateOf(t, "Un camp"));
  }
}
