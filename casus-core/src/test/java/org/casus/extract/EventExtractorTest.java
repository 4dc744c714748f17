package org.casus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casus.model.Event;
import org.casus.model.Language;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.Test;

/** Event typing on sentences written for these tests, one family a test. */
class EventExtractorTest {
  private static List<Event> events(String text, Language language) {
    return new EventExtractor(SharedNlp.lexicons()).extract(SharedNlp.annotate(text, language)).stream()
        .map(Event.class::cast).toList();
  }

  private static Event only(String text, Language language) {
    List<Event> all = events(text, language);
    assertEquals(1, all.size(), () -> "events: " + all);
    return all.get(0);
  }

  @Test
  void frenchMissileStrikeOnCiviliansIsShellingTargetingCivilians() {
    Event e = only("Les forces russes ont lancé une frappe de missiles contre des immeubles résidentiels de Kharkiv.", Language.FR);
    assertEquals("shelling_artillery_missile_attack", e.eventType());
    assertTrue(e.civilianTargeting());
    assertEquals(Optional.of("RUS"), e.actor1Side());
  }

  @Test
  void frenchDroneStrikeIsAnAirStrike() {
    Event e = only("Une frappe de drone israélienne a visé une voiture près de Tyr.", Language.FR);
    assertEquals("air_drone_strike", e.eventType());
    assertEquals(Optional.of("ISR"), e.actor1Side());
  }

  @Test
  void frenchAgreementNeedsAVerbOfReachingIt() {
    Event e = only("Le Soudan et le Soudan du Sud ont signé un accord de paix à Juba.", Language.FR);
    assertEquals("agreement", e.eventType());
    assertTrue(events("Malgré l'accord, les tirs se poursuivent.", Language.FR).stream()
        .noneMatch(x -> x.eventType().equals("agreement")));
  }

  @Test
  void englishClashBetweenForces() {
    Event e = only("Fierce clashes broke out between Sudanese troops and the Rapid Support Forces in Omdurman.", Language.EN);
    assertEquals("armed_clash", e.eventType());
  }

  @Test
  void englishSuicideBombing() {
    Event e = only("A suicide bomber attacked a checkpoint near the airport.", Language.EN);
    assertEquals("suicide_bomb", e.eventType());
  }

  @Test
  void englishInterceptionIsDisruptedWeaponsUse() {
    Event e = only("Air defences intercepted two missiles over the capital.", Language.EN);
    assertEquals("disrupted_weapons_use", e.eventType());
  }

  @Test
  void englishRecaptureIsGovernmentRegainingTerritory() {
    Event e = only("Government troops recaptured the town of Bama from the insurgents.", Language.EN);
    assertEquals("government_regains_territory", e.eventType());
  }

  @Test
  void aSentenceWithoutTriggerHasNoEvent() {
    assertTrue(events("The minister met his counterpart in Geneva on Monday.", Language.EN).isEmpty());
  }

  @Test
  void aSentenceOnAnEarlierYearIsBackgroundNotAnIncident() {
    String text = "Un cessez-le-feu a cependant été conclu en 1994.";
    var clean = new org.casus.clean.PlainTextCleaner(org.casus.clean.BoilerplatePatterns.load()).clean(
        org.casus.model.Document.text("t", "t", text, Optional.of(java.time.LocalDate.of(2020, 10, 13))));
    var annotated = SharedNlp.annotator().annotate(clean, Language.FR);
    assertTrue(new EventExtractor(SharedNlp.lexicons()).extract(annotated).isEmpty());
  }
}
