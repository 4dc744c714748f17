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
  void frenchAgreementPartiesAreItsSubjectsNotTheCityOfTheTalks() {
    Event e = only("Après des pourparlers à Ankara, la Syrie et l'Irak ont conclu un accord de cessez-le-feu.", Language.FR);
    assertEquals("agreement", e.eventType());
    assertEquals(Optional.of("SYR"), e.actor1Side());
    assertEquals(Optional.of("IRQ"), e.actor2Side());
  }

  @Test
  void englishCeasefireQualifyingAnAgreementIsReachedWithItAndItsPartiesAreTheSubjects() {
    Event e = only("Ethiopia and Eritrea, meeting in Doha, signed a ceasefire agreement.", Language.EN);
    assertEquals("agreement", e.eventType());
    assertEquals(Optional.of("ETH"), e.actor1Side());
    assertEquals(Optional.of("ERI"), e.actor2Side());
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

  @Test
  void englishStrikeOfASideThatStrikesFromTheAirIsAnAirStrike() {
    Event e = only("An Israeli strike on a house in Rafah killed five people.", Language.EN);
    assertEquals("air_drone_strike", e.eventType());
    assertEquals(Optional.of("ISR"), e.actor1Side());
  }

  @Test
  void frenchStrikeOfASideThatStrikesFromTheAirIsAnAirStrike() {
    Event e = only("Dimanche, une frappe israélienne sur une maison de Rafah a tué cinq personnes.", Language.FR);
    assertEquals("air_drone_strike", e.eventType());
  }

  @Test
  void aStrikeOfAnotherSideWithoutWeaponStaysShelling() {
    Event e = only("A Russian strike on Odesa damaged the port.", Language.EN);
    assertEquals("shelling_artillery_missile_attack", e.eventType());
  }

  @Test
  void theArticlesLaterStrikesWithoutAttackerAreMadeAsItsFirst() {
    List<Event> all = events("An Israeli strike hit a school in Gaza City on Sunday. "
        + "On Saturday, a strike on a clinic in Khan Younis killed four people.", Language.EN);
    assertEquals(List.of("air_drone_strike", "air_drone_strike"), all.stream().map(Event::eventType).toList());
  }

  @Test
  void theTargetOfAStrikeIsNotItsAttacker() {
    Event e = only("A missile strike on the Ukrainian city of Dnipro destroyed a bridge.", Language.EN);
    assertEquals(Optional.of("UKR"), e.actor2Side());
    assertTrue(e.actor1Side().isEmpty(), () -> "actor1 " + e.actor1Side());
  }

  @Test
  void englishParticipleTakesTheSideOfTheWeaponItDescribes() {
    Event e = only("Five people were killed by a Houthi missile fired on Marib city in central Yemen.", Language.EN);
    assertEquals(Optional.of("Houthis"), e.actor1Side());
    assertEquals(Optional.of("YEM"), e.actor2Side());
  }

  @Test
  void frenchRelativeClauseTakesTheSideOfItsNoun() {
    Event e = only("Des assaillants de la CODECO qui ont attaqué les villages de Djugu ont tué douze civils.", Language.FR);
    assertEquals(Optional.of("CODECO"), e.actor1Side());
  }

  @Test
  void frenchCoordinatedFireOfAnotherSideIsASecondIncident() {
    List<Event> all = events("Le bombardement de la ville par l'armée israélienne et les tirs de roquettes du Hezbollah "
        + "vers Israël ont repris.", Language.FR);
    assertEquals(2, all.size(), () -> "events: " + all);
    assertEquals(Optional.of("Hezbollah"), all.get(1).actor1Side());
    assertEquals("shelling_artillery_missile_attack", all.get(1).eventType());
  }

  @Test
  void frenchOpeningFireIsShelling() {
    Event e = only("Les forces arméniennes ont ouvert le feu sur des zones résidentielles de Terter.", Language.FR);
    assertEquals("shelling_artillery_missile_attack", e.eventType());
    assertEquals(Optional.of("ARM"), e.actor1Side());
    assertTrue(e.civilianTargeting());
  }

  @Test
  void englishWeaponsLaunchedAgainstATownAreShelling() {
    Event e = only("Azerbaijan launched fifty missiles against Stepanakert.", Language.EN);
    assertEquals("shelling_artillery_missile_attack", e.eventType());
    assertEquals(Optional.of("AZE"), e.actor1Side());
  }

  @Test
  void frenchRocketsAimedAtATownAreShelling() {
    Event e = only("Le Hamas a lancé des dizaines de roquettes contre Ashkelon.", Language.FR);
    assertEquals("shelling_artillery_missile_attack", e.eventType());
  }

  @Test
  void englishSuicideCarThatBlewUpIsASuicideBombing() {
    Event e = only("A suicide car bomb blew up at the gates of the police headquarters.", Language.EN);
    assertEquals("suicide_bomb", e.eventType());
  }

  @Test
  void frenchSuicideCarThatExplodedIsASuicideBombing() {
    Event e = only("Une voiture kamikaze a explosé devant le commissariat.", Language.FR);
    assertEquals("suicide_bomb", e.eventType());
  }

  @Test
  void frenchTruceThatEnteredIntoForceIsAnAgreement() {
    Event e = only("Une trêve entrée en vigueur lundi a permis de libérer des otages.", Language.FR);
    assertEquals("agreement", e.eventType());
  }

  @Test
  void englishTruceThatCameIntoForceIsAnAgreement() {
    Event e = only("A truce that came into force on Monday allowed the release of hostages.", Language.EN);
    assertEquals("agreement", e.eventType());
  }

  @Test
  void frenchKeepingACeasefireIsNoNewAgreement() {
    assertTrue(events("Le ministre affirme que son pays respecte le cessez-le-feu.", Language.FR).isEmpty());
  }

  @Test
  void frenchCombatVehicleIsNoEvent() {
    assertTrue(events("L'armée a détruit deux véhicules de combat d'infanterie.", Language.FR).stream()
        .noneMatch(e -> e.eventType().equals("armed_clash")));
  }

  @Test
  void englishArmedGroupsAttackOnACountryIsAnAttackOnCivilians() {
    Event e = only("Hamas's attack on Israel killed hundreds of people.", Language.EN);
    assertEquals("attack", e.eventType());
    assertTrue(e.civilianTargeting());
  }

  @Test
  void frenchArmedGroupsAttackOnACountryIsAnAttackOnCivilians() {
    Event e = only("L'attaque du Hamas contre Israël a fait des centaines de morts.", Language.FR);
    assertEquals("attack", e.eventType());
    assertEquals(Optional.of("Hamas"), e.actor1Side());
  }

  @Test
  void anArmedGroupsAttackOnAnArmyPostStaysAClash() {
    Event e = only("L'attaque du Hamas contre un poste de l'armée israélienne a fait trois morts.", Language.FR);
    assertEquals("armed_clash", e.eventType());
  }

  @Test
  void frenchCiviliansWhoDiedInAnAttackWereItsTarget() {
    Event e = only("Au moins 17 civils ont péri dans une attaque de la CODECO.", Language.FR);
    assertEquals("attack", e.eventType());
    assertTrue(e.civilianTargeting());
  }

  @Test
  void englishCiviliansWhoDiedInAnAttackWereItsTarget() {
    Event e = only("At least 17 civilians died in an attack by CODECO militiamen.", Language.EN);
    assertEquals("attack", e.eventType());
    assertTrue(e.civilianTargeting());
  }

  @Test
  void englishTownStruckIsNotTheAttacker() {
    Event e = only("Nine people were killed by the strikes in Kharkiv city, the governor said.", Language.EN);
    assertTrue(e.actor1Side().isEmpty(), () -> "actor1 " + e.actor1Side());
  }

  @Test
  void frenchTownStruckIsNotTheAttacker() {
    Event e = only("Neuf personnes ont été tuées lors des bombardements à Kharkiv, selon le gouverneur.", Language.FR);
    assertTrue(e.actor1Side().isEmpty(), () -> "actor1 " + e.actor1Side());
  }

  @Test
  void englishSentenceOnAHabitOfTheConflictHasNoIncident() {
    assertTrue(events("Hezbollah has been trading near-daily cross-border fire with Israeli forces since Hamas attacked "
        + "Israel.", Language.EN).isEmpty());
  }

  @Test
  void frenchSentenceOnAHabitOfTheConflictHasNoIncident() {
    assertTrue(events("La région subit des bombardements quotidiens depuis le début de la guerre.", Language.FR).isEmpty());
  }
  @Test
  void frenchSubjectOfAVerbOfUndergoingIsTheTargetNotTheAttacker() {
    Event e = only("Kharkiv subit des frappes.", Language.FR);
    assertEquals(Optional.empty(), e.actor1Side());
    assertEquals(Optional.of("UKR"), e.actor2Side());
  }

  @Test
  void englishSubjectOfAVerbOfUndergoingIsTheTargetNotTheAttacker() {
    Event e = only("Kharkiv suffered heavy strikes overnight.", Language.EN);
    assertEquals(Optional.empty(), e.actor1Side());
    assertEquals(Optional.of("UKR"), e.actor2Side());
  }

  @Test
  void frenchDemonstrativeReMentionsTheIncidentEvenWithWeaponAndTarget() {
    List<Event> all = events("L'armée arménienne a frappé la ville de Ganja dimanche. "
        + "Il a noté que ces attaques aux missiles contre les civils montrent la faiblesse d'Erevan.", Language.FR);
    assertEquals(1, all.size(), () -> "events: " + all);
  }

  @Test
  void englishDemonstrativeReMentionsTheIncidentEvenWithWeaponAndTarget() {
    List<Event> all = events("Russian forces struck the city of Kharkiv on Sunday. "
        + "He said these missile attacks on civilians showed Moscow's weakness.", Language.EN);
    assertEquals(1, all.size(), () -> "events: " + all);
  }

  @Test
  void anotherEventWordBesideAReMentionSaysMoreOfIt() {
    List<Event> all = events("Russian forces struck the city of Kharkiv on Sunday. "
        + "Sunday's attack was the latest in a series of Russian strikes on residential buildings in Kharkiv.", Language.EN);
    assertEquals(1, all.size(), () -> "events: " + all);
  }
  @Test
  void frenchStrikeOnATownTargetsCivilians() {
    Event e = only("L'armée arménienne a frappé la deuxième plus grande ville d'Azerbaïdjan.", Language.FR);
    assertTrue(e.civilianTargeting());
  }

  @Test
  void englishStrikeOnATownTargetsCivilians() {
    Event e = only("Houthi forces fired a rocket on the city of Marib.", Language.EN);
    assertTrue(e.civilianTargeting());
  }

  @Test
  void aStrikeOnPositionsNearATownDoesNotTargetCivilians() {
    Event e = only("Russian forces fired missiles at army positions near the town of Vovchansk.", Language.EN);
    assertTrue(!e.civilianTargeting());
  }
}
