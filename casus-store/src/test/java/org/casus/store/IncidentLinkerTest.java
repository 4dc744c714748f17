package org.casus.store;

import static org.casus.store.StoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.casus.model.Claimant;
import org.casus.model.ClaimantKind;
import org.casus.model.Count;
import org.casus.model.Event;
import org.junit.jupiter.api.Test;

class IncidentLinkerTest {
  private final IncidentLinker linker = new IncidentLinker();

  private static List<StoredFact> all(List<List<StoredFact>> docs) {
    List<StoredFact> out = new ArrayList<>();
    docs.forEach(out::addAll);
    return out;
  }

  private static Incident incidentOf(List<Incident> incidents, String documentId, int index) {
    return incidents.stream()
        .filter(i -> i.reports().stream().anyMatch(l -> l.fact().documentId().equals(documentId) && l.fact().key().index() == index))
        .findFirst().orElseThrow();
  }

  @Test
  void oneStrikeReportedByTwoOutletsWithDifferentTollsIsOneIncidentWithEveryClaim() {
    var a = stored("a", "2020-10-11",
        strike("a", 0, ARTICLE, GANJA, on("2020-10-11")),
        killed("a", 0, Count.exact(9), ARTICLE, GANJA, on("2020-10-11")),
        injured("a", 0, Count.exact(34), ARTICLE, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-13",
        strike("b", 100, AZE_PROSECUTOR, GANJA, on("2020-10-11")),
        killed("b", 100, Count.atLeast(10), AZE_PROSECUTOR, GANJA, on("2020-10-11")));

    List<Incident> incidents = linker.link(all(List.of(a, b)));

    assertEquals(1, incidents.size(), incidents::toString);
    Incident i = incidents.get(0);
    assertEquals(5, i.reports().size());
    assertEquals("shelling_artillery_missile_attack", i.eventType());
    FigureEstimate killed = i.figures().stream().filter(f -> f.outcome().equals("killed")).findFirst().orElseThrow();
    assertEquals(OptionalInt.of(9), killed.low());
    assertEquals(OptionalInt.of(9), killed.best(), "an exact figure is more specific than a lower bound");
    assertEquals(OptionalInt.of(10), killed.high());
    assertTrue(killed.bestFrom().orElseThrow().contains("article in a"), killed::toString);
    assertEquals(2, i.sources());
    LinkedFact second = i.reports().stream().filter(l -> l.fact().documentId().equals("b") && l.fact().isEvent())
        .findFirst().orElseThrow();
    assertTrue(second.reason().contains("Ganja and Ganja 0 km apart"), second::reason);
    assertTrue(second.reason().contains("Explosions/Remote violence"), second::reason);
  }

  @Test
  void aTollThatRisesInALaterReportIsARevisionNotAContest() {
    var a = stored("a", "2020-10-11", killed("a", 0, Count.exact(9), ARTICLE, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-13", killed("b", 0, Count.atLeast(10), AZE_PROSECUTOR, GANJA, on("2020-10-11")));

    Incident i = linker.link(all(List.of(a, b))).get(0);

    assertEquals(IncidentStatus.CORROBORATED, i.status(), i.statusReason());
    assertTrue(i.statusReason().contains("toll revised upward"), i.statusReason());
  }

  @Test
  void tollsOfTheSameDayBeyondEachOthersBoundsAreContested() {
    var a = stored("a", "2020-10-12", killed("a", 0, Count.exact(42), AZE_PROSECUTOR, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-12", killed("b", 0, Count.between(1, 5), ARM_MOD, GANJA, on("2020-10-11")));

    Incident i = linker.link(all(List.of(a, b))).get(0);

    assertEquals(IncidentStatus.CONTESTED, i.status());
    assertTrue(i.statusReason().contains("beyond each other's bounds"), i.statusReason());
    FigureEstimate killed = i.figures().get(0);
    assertEquals(OptionalInt.of(1), killed.low());
    assertEquals(OptionalInt.of(42), killed.high());
    assertEquals(OptionalInt.of(42), killed.best());
  }

  @Test
  void aDenialMakesTheIncidentContested() {
    Event denied = strike("b", 0, ARTICLE, GANJA, on("2020-10-11")).deniedBy(ARM_MOD);
    var a = stored("a", "2020-10-11", strike("a", 0, AZE_MOD, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-11", denied);

    Incident i = linker.link(all(List.of(a, b))).get(0);

    assertEquals(IncidentStatus.CONTESTED, i.status());
    assertTrue(i.statusReason().contains("denied by Armenian Ministry of Defence [ARM]"), i.statusReason());
  }

  @Test
  void twoOutletsRepeatingOneMinistryAreOneSource() {
    var a = stored("a", "2020-10-11", strike("a", 0, AZE_MOD, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-11", strike("b", 0, AZE_MOD, GANJA, on("2020-10-11")));

    Incident i = linker.link(all(List.of(a, b))).get(0);

    assertEquals(2, i.reports().size());
    assertEquals(IncidentStatus.SINGLE_SOURCE, i.status(), i.statusReason());
  }

  @Test
  void theSamePlaceSixDaysLaterIsAnotherIncident() {
    var a = stored("a", "2020-10-11", strike("a", 0, ARTICLE, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-17", strike("b", 0, ARTICLE, GANJA, published("2020-10-17")),
        killed("b", 0, Count.atLeast(12), ARTICLE, GANJA, published("2020-10-17")));

    List<Incident> incidents = linker.link(all(List.of(a, b)));

    assertEquals(2, incidents.size());
    assertEquals(2, incidentOf(incidents, "b", 0).reports().size());
  }

  @Test
  void aDateTheTextDoesNotStateReachesBackOneDayFromPublication() {
    var a = stored("a", "2020-10-11", strike("a", 0, ARTICLE, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-13", strike("b", 0, ARTICLE, GANJA, published("2020-10-13")));

    List<Incident> incidents = linker.link(all(List.of(a, b)));

    assertEquals(1, incidents.size(), "10-12..10-13 lies within a day of 10-11");
    assertTrue(incidents.get(0).reports().get(1).reason().contains("by publication date"));
  }

  @Test
  void eventsOfDifferentAcledTypesAreNotLinked() {
    var a = stored("a", "2020-10-11", strike("a", 0, ARTICLE, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-11", clash("b", 0, ARTICLE, GANJA, on("2020-10-11")));

    assertEquals(2, linker.link(all(List.of(a, b))).size());
  }

  @Test
  void exactPlacesFiftyKilometresApartAreDifferentIncidents() {
    var a = stored("a", "2020-10-11", strike("a", 0, ARTICLE, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-11", strike("b", 0, ARTICLE, MINGACHEVIR, on("2020-10-11")));

    assertEquals(2, linker.link(all(List.of(a, b))).size());
  }

  @Test
  void aCountryLevelPlaceContainsTheCityOfTheOtherReport() {
    var a = stored("a", "2020-10-11", strike("a", 0, ARTICLE, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-11", strike("b", 0, ARTICLE, AZERBAIJAN, on("2020-10-11")));

    List<Incident> incidents = linker.link(all(List.of(a, b)));

    assertEquals(1, incidents.size());
    assertEquals("Ganja", incidents.get(0).place().orElseThrow().name(), "the most precise place names the incident");
  }

  @Test
  void contradictoryActorsAreDifferentIncidents() {
    var a = stored("a", "2020-10-11", strike("a", 0, ARTICLE, STEPANAKERT, on("2020-10-11")));
    Event reverse = new Event("shelling_artillery_missile_attack", true, false, Optional.of("AZE"), Optional.of("ARM"),
        List.of(), provenance("b", 0, ARTICLE, org.casus.model.Stance.ASSERTED, STEPANAKERT, on("2020-10-11")));
    var b = stored("b", "2020-10-11", reverse);

    assertEquals(2, linker.link(all(List.of(a, b))).size());
  }

  @Test
  void aCumulativeTollOverWeeksIsNotLinkedToOneStrike() {
    var a = stored("a", "2020-10-11", strike("a", 0, ARTICLE, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-13", killed("b", 0, Count.exact(42), AZE_PROSECUTOR, GANJA,
        new org.casus.model.DateRange(java.time.LocalDate.parse("2020-09-27"), java.time.LocalDate.parse("2020-10-13"),
            "period", Optional.empty())));

    assertEquals(2, linker.link(all(List.of(a, b))).size());
  }

  @Test
  void figuresJoinTheEventOfTheirSentence() {
    var a = stored("a", "2020-10-11",
        strike("a", 0, ARTICLE, GANJA, on("2020-10-11")),
        killed("a", 0, Count.exact(9), ARTICLE, GANJA, on("2020-10-11")),
        killed("a", 200, Count.exact(3), new Claimant("residents", ClaimantKind.UNATTRIBUTED, Optional.empty()),
            STEPANAKERT, on("2020-10-01")));

    List<Incident> incidents = linker.link(a);

    assertEquals(2, incidents.size());
    Incident strike = incidentOf(incidents, "a", 0);
    assertTrue(strike.reports().get(1).reason().startsWith("told in the sentence of a#0"), strike.reports()::toString);
  }

  @Test
  void aBareFigureDoesNotBridgeIncidentsOfDifferentTypes() {
    var a = stored("a", "2020-10-11", strike("a", 0, ARTICLE, GANJA, on("2020-10-11")));
    var b = stored("b", "2020-10-11", clash("b", 0, ARTICLE, STEPANAKERT, on("2020-10-11")));
    var c = stored("c", "2020-10-11", killed("c", 0, Count.exact(3), ARTICLE, AZERBAIJAN, on("2020-10-11")));

    List<Incident> incidents = linker.link(all(List.of(a, b, c)));

    assertEquals(2, incidents.size(), incidents::toString);
  }

  @Test
  void aBareTollJoinsTheIncidentWhoseTollsItIsClosestTo() {
    var war = stored("a", "2020-10-11", clash("a", 0, AZE_PROSECUTOR, GANJA, on("2020-10-11")),
        killed("a", 0, Count.exact(42), AZE_PROSECUTOR, GANJA, on("2020-10-11")));
    var strike = stored("b", "2020-10-13", strike("b", 0, ARTICLE, GANJA, on("2020-10-11")),
        killed("b", 0, Count.atLeast(10), ARTICLE, GANJA, on("2020-10-11")));
    var toll = stored("c", "2020-10-11", killed("c", 0, Count.exact(9), ARTICLE, GANJA, published("2020-10-11")));

    List<Incident> incidents = linker.link(all(List.of(war, strike, toll)));

    assertEquals(2, incidents.size(), incidents::toString);
    assertEquals("shelling_artillery_missile_attack", incidentOf(incidents, "c", 0).eventType());
  }
}
