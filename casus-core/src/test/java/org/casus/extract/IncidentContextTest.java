package org.casus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.casus.model.Casualties;
import org.casus.model.Claim;
import org.casus.model.Claimant;
import org.casus.model.ClaimantKind;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Count;
import org.casus.model.Event;
import org.casus.model.Evidence;
import org.casus.model.Fact;
import org.casus.model.Materiel;
import org.casus.model.Place;
import org.casus.model.Provenance;
import org.casus.model.Span;
import org.casus.model.Stance;
import org.casus.model.Victims;
import org.junit.jupiter.api.Test;

class IncidentContextTest {
  private static Provenance at(int sentenceStart, int wordStart, Place... places) {
    Span sentence = new Span(sentenceStart, sentenceStart + 100);
    Span words = new Span(wordStart, wordStart + 5);
    return Provenance.of(new Evidence("d", sentence, words, "words"), 0.8).withPlaces(List.of(places));
  }

  private static Place town(String name, String country) {
    return new Place(name, Optional.of(country), Optional.of(1.0), Optional.of(2.0), "exact", Optional.empty(), Optional.empty());
  }

  private static Event strike(Provenance p) {
    return new Event("shelling_artillery_missile_attack", true, false, Optional.of("RUS"), Optional.of("UKR"), List.of(), p);
  }

  private static Casualties killed(Victims victims, Optional<String> victimSide, Provenance p) {
    return new Casualties(CasualtyOutcome.KILLED, Count.exact(4), victims, victimSide, Optional.empty(), p);
  }

  @Test
  void aFigureInTheEventsSentenceTakesItsAttackerAndTheStateWhereCiviliansFell() {
    Event e = strike(at(0, 10, town("Kharkiv", "UKR")));
    Casualties c = killed(Victims.CIVILIANS, Optional.empty(), at(0, 40, town("Kharkiv", "UKR")));
    List<Fact> out = IncidentContext.apply(List.of(e, c));
    Casualties linked = (Casualties) out.get(1);
    assertEquals(Optional.of("RUS"), linked.perpetratorSide());
    assertEquals(Optional.of("UKR"), linked.victimSide());
    assertEquals(Optional.of(0), linked.provenance().eventRef());
  }

  @Test
  void soldiersBelongToTheSideAttacked() {
    Event e = strike(at(0, 10));
    Casualties c = killed(Victims.MILITARY, Optional.empty(), at(200, 210, town("Belgorod", "RUS")));
    Casualties linked = (Casualties) IncidentContext.apply(List.of(e, c)).get(1);
    assertEquals(Optional.of("UKR"), linked.victimSide());
  }

  @Test
  void sidesTheSentenceStatesAreKept() {
    Event e = strike(at(0, 10));
    Casualties c = killed(Victims.MILITARY, Optional.of("RUS"), at(200, 210));
    Casualties linked = (Casualties) IncidentContext.apply(List.of(e, c)).get(1);
    assertEquals(Optional.of("RUS"), linked.victimSide());
  }

  @Test
  void figuresOfTheAttackersOwnSideFellToTheSideAttacked() {
    Event e = strike(at(0, 10));
    Casualties c = killed(Victims.MILITARY, Optional.of("RUS"), at(200, 210));
    Casualties linked = (Casualties) IncidentContext.apply(List.of(e, c)).get(1);
    assertEquals(Optional.of("UKR"), linked.perpetratorSide());
  }

  @Test
  void equipmentWithoutOwnerIsTheSideAttackedsUnlessThatSideReportsIt() {
    Event e = strike(at(0, 10));
    Materiel bySomeone = new Materiel(org.casus.model.LossOutcome.DESTROYED, Count.exact(3), Optional.empty(), "tank",
        Optional.empty(), at(200, 210));
    Claimant ukrainianArmy = new Claimant("army", ClaimantKind.MILITARY, Optional.of("UKR"));
    Materiel byTheAttacked = new Materiel(bySomeone.outcome(), bySomeone.count(), Optional.empty(), "tank",
        Optional.empty(), at(300, 310).withClaim(new Claim(ukrainianArmy, Optional.of("said"), Optional.empty(), Stance.ASSERTED)));
    List<Fact> out = IncidentContext.apply(List.of(e, bySomeone, byTheAttacked));
    assertEquals(Optional.of("UKR"), ((Materiel) out.get(1)).ownerSide());
    assertEquals(Optional.of("RUS"), ((Materiel) out.get(2)).ownerSide());
  }

  @Test
  void withoutAnyEventFiguresAreLeftAsTheyAre() {
    Casualties c = killed(Victims.CIVILIANS, Optional.empty(), at(0, 10));
    assertEquals(List.of(c), IncidentContext.apply(List.of(c)));
  }

  @Test
  void aFigureWithoutADateOfItsOwnTakesItsIncidentsDate() {
    java.time.LocalDate sunday = java.time.LocalDate.of(2020, 10, 11);
    Event e = strike(at(0, 10).withDate(Optional.of(
        org.casus.model.DateRange.day(sunday, Optional.of(new Span(20, 28))))));
    Casualties c = killed(Victims.CIVILIANS, Optional.empty(), at(200, 210).withDate(Optional.of(
        org.casus.model.DateRange.day(sunday.plusDays(2), Optional.empty()))));
    Casualties linked = (Casualties) IncidentContext.apply(List.of(e, c)).get(1);
    assertEquals(sunday, linked.provenance().date().orElseThrow().start());
  }
}
