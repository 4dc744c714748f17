package org.casus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.DateRange;
import org.casus.model.Event;
import org.casus.model.Evidence;
import org.casus.model.Fact;
import org.casus.model.Place;
import org.casus.model.Provenance;
import org.casus.model.Span;
import org.junit.jupiter.api.Test;

class EventMentionsTest {
  private static Event event(String type, int at, String place, String country, LocalDate day) {
    Place p = new Place(place, Optional.of(country), Optional.empty(), Optional.empty(),
        place.equals(country) ? "country" : "exact", Optional.empty(), Optional.empty());
    Provenance prov = Provenance.of(new Evidence("d", new Span(at, at + 50), new Span(at, at + 5), "x"), 0.6)
        .withPlaces(List.of(p)).withDate(Optional.of(DateRange.day(day, Optional.of(new Span(at + 10, at + 16)))));
    return new Event(type, false, false, Optional.of("ARM"), Optional.empty(), List.of(), prov);
  }

  private static final LocalDate SUNDAY = LocalDate.of(2020, 10, 11);

  @Test
  void theStrikeToldAgainIsOneEvent() {
    List<Fact> out = EventMentions.merge(List.of(
        event("shelling_artillery_missile_attack", 0, "Ganja", "AZE", SUNDAY),
        event("shelling_artillery_missile_attack", 100, "Ganja", "AZE", SUNDAY)));
    assertEquals(1, out.size());
  }

  @Test
  void aLaterGenericAttackInTheSameCountryJoinsIt() {
    List<Fact> out = EventMentions.merge(List.of(
        event("shelling_artillery_missile_attack", 0, "Ganja", "AZE", SUNDAY),
        event("armed_clash", 100, "AZE", "AZE", SUNDAY)));
    assertEquals(1, out.size());
    assertEquals("shelling_artillery_missile_attack", ((Event) out.get(0)).eventType());
  }

  @Test
  void strikesOnTwoTownsStayTwoEvents() {
    List<Fact> out = EventMentions.merge(List.of(
        event("shelling_artillery_missile_attack", 0, "Ganja", "AZE", SUNDAY),
        event("shelling_artillery_missile_attack", 100, "Mingachevir", "AZE", SUNDAY)));
    assertEquals(2, out.size());
  }

  @Test
  void strikesOnOtherDaysStayApart() {
    List<Fact> out = EventMentions.merge(List.of(
        event("shelling_artillery_missile_attack", 0, "Ganja", "AZE", SUNDAY),
        event("shelling_artillery_missile_attack", 100, "Ganja", "AZE", SUNDAY.plusDays(6))));
    assertEquals(2, out.size());
  }

  @Test
  void aMentionDatedOnlyByThePublicationDayJoinsTheStatedOne() {
    Event stated = event("shelling_artillery_missile_attack", 0, "Ganja", "AZE", SUNDAY);
    Event unstated = event("shelling_artillery_missile_attack", 100, "Ganja", "AZE", SUNDAY.plusDays(2));
    Provenance p = unstated.provenance();
    DateRange publicationDay = DateRange.day(SUNDAY.plusDays(2), Optional.empty());
    unstated = unstated.withProvenance(p.withDate(Optional.of(publicationDay)));
    stated = stated.withProvenance(stated.provenance().withDate(
        Optional.of(DateRange.day(SUNDAY, Optional.of(new Span(3, 9))))));
    assertEquals(1, EventMentions.merge(List.of(stated, unstated)).size());
  }

  @Test
  void aDenialOfTheLaterMentionStaysWithTheIncident() {
    var army = new org.casus.model.Claimant("Azerbaijani army", org.casus.model.ClaimantKind.MILITARY, Optional.of("AZE"));
    List<Fact> out = EventMentions.merge(List.of(
        event("shelling_artillery_missile_attack", 0, "Shushi", "AZE", SUNDAY),
        event("shelling_artillery_missile_attack", 100, "Shushi", "AZE", SUNDAY).deniedBy(army)));
    assertEquals(1, out.size());
    assertEquals(List.of(army), ((Event) out.get(0)).deniedBy());
  }

  @Test
  void anExplosionWhereAStrikeFellThatDayIsTheStrike() {
    List<Fact> out = EventMentions.merge(List.of(
        event("shelling_artillery_missile_attack", 0, "Ganja", "AZE", SUNDAY),
        event("remote_explosive_landmine_ied", 100, "Ganja", "AZE", SUNDAY)));
    assertEquals(1, out.size());
    assertEquals("shelling_artillery_missile_attack", ((Event) out.get(0)).eventType());
  }

  @Test
  void anExplosionInAnotherTownStaysItsOwnEvent() {
    List<Fact> out = EventMentions.merge(List.of(
        event("air_drone_strike", 0, "Ganja", "AZE", SUNDAY),
        event("remote_explosive_landmine_ied", 100, "Barda", "AZE", SUNDAY)));
    assertEquals(2, out.size());
  }
}
