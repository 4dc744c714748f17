package org.casus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casus.model.Casualties;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Count;
import org.casus.model.Language;
import org.casus.model.Victims;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.Test;

/** Casualty figures, one construction a test, on sentences written for these tests. */
class CasualtyExtractorTest {
  private static List<Casualties> extract(String text, Language language) {
    return new CasualtyExtractor(SharedNlp.lexicons()).extract(SharedNlp.annotate(text, language)).stream()
        .map(Casualties.class::cast).toList();
  }

  private static Casualties only(String text, Language language) {
    List<Casualties> all = extract(text, language);
    assertEquals(1, all.size(), () -> "facts: " + all);
    return all.get(0);
  }

  private static void assertFigure(Casualties c, CasualtyOutcome outcome, Count count) {
    assertEquals(outcome, c.outcome());
    assertEquals(count, c.count());
  }

  @Test
  void frenchSubjectOfLosingLife() {
    Casualties c = only("Au total, 17 habitants ont perdu la vie dans le bombardement du marché.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(17));
    assertEquals(Victims.CIVILIANS, c.victims());
  }

  @Test
  void frenchPassiveSubject() {
    Casualties c = only("Trois soldats maliens ont été tués lors de l'embuscade.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(3));
    assertEquals(Victims.MILITARY, c.victims());
    assertEquals(Optional.of("MLI"), c.victimSide());
  }

  @Test
  void frenchCasualtyNounWithAtLeast() {
    Casualties c = only("La frappe a fait au moins 12 morts dans le centre-ville.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.atLeast(12));
  }

  @Test
  void frenchCoordinatedFiguresWithOthers() {
    List<Casualties> all = extract("L'explosion a fait 8 morts et 20 autres blessés, selon la police.", Language.FR);
    assertEquals(2, all.size());
    assertFigure(all.get(0), CasualtyOutcome.KILLED, Count.exact(8));
    assertFigure(all.get(1), CasualtyOutcome.INJURED, Count.exact(20));
  }

  @Test
  void frenchNumberWordsAndCompounds() {
    Casualties c = only("Quarante-deux personnes ont été blessées samedi.", Language.FR);
    assertFigure(c, CasualtyOutcome.INJURED, Count.exact(42));
  }

  @Test
  void frenchApproximateRoundFigure() {
    Casualties c = only("Une dizaine de villageois ont été enlevés par des hommes armés.", Language.FR);
    assertFigure(c, CasualtyOutcome.CAPTURED, Count.exact(10));
    assertEquals(Victims.CIVILIANS, c.victims());
  }

  @Test
  void frenchMoreThanIsALowerBound() {
    Casualties c = only("Plus de 300 civils ont été tués depuis le début de l'offensive.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.atLeast(300));
  }

  @Test
  void frenchVagueQuantifierGivesANullCount() {
    Casualties c = only("Plusieurs soldats ont été blessés dans l'attaque.", Language.FR);
    assertFigure(c, CasualtyOutcome.INJURED, Count.vague());
  }

  @Test
  void frenchDemographicSubsetIsNotAFigure() {
    List<Casualties> all = extract("Le raid a fait 14 morts, dont 5 enfants.", Language.FR);
    assertEquals(1, all.size());
    assertFigure(all.get(0), CasualtyOutcome.KILLED, Count.exact(14));
  }

  @Test
  void frenchSubsetsJoinedByEtAreAllInTheBreakdown() {
    Casualties c = only("Le bombardement a fait 12 morts, dont quatre enfants et trois femmes.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(12));
    assertEquals(List.of("enfants", "femmes"), c.breakdown().stream().map(b -> b.descriptor()).toList());
    assertEquals(Count.exact(3), c.breakdown().get(1).count());
  }

  @Test
  void englishSubsetsJoinedByAndAreAllInTheBreakdown() {
    Casualties c = only("The air strike on the market killed 14 people, including five children and two women.",
        Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(14));
    assertEquals(List.of("children", "women"), c.breakdown().stream().map(b -> b.descriptor()).toList());
  }

  @Test
  void frenchGroupedDigits() {
    Casualties c = only("Selon l'ONU, 1 200 personnes ont été déplacées par les combats.", Language.FR);
    assertFigure(c, CasualtyOutcome.DISPLACED, Count.exact(1200));
  }

  @Test
  void englishPassiveSubject() {
    Casualties c = only("Five Ukrainian soldiers were killed near Bakhmut on Monday.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(5));
    assertEquals(Victims.MILITARY, c.victims());
    assertEquals(Optional.of("UKR"), c.victimSide());
  }

  @Test
  void englishObjectOfKilling() {
    Casualties c = only("A car bomb exploded at a checkpoint, killing 6 civilians.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(6));
    assertEquals(Victims.CIVILIANS, c.victims());
  }

  @Test
  void englishAtLeastWithPeople() {
    Casualties c = only("The shelling killed at least 9 people in the town.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.atLeast(9));
  }

  @Test
  void englishKilledAndWoundedShareTheirVerbs() {
    List<Casualties> all = extract("The blast killed 4 people and wounded 15 others.", Language.EN);
    assertEquals(2, all.size());
    assertFigure(all.get(0), CasualtyOutcome.KILLED, Count.exact(4));
    assertFigure(all.get(1), CasualtyOutcome.INJURED, Count.exact(15));
  }

  @Test
  void englishDeathToll() {
    Casualties c = only("The death toll rose to 31 on Tuesday.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(31));
  }

  @Test
  void englishDied() {
    Casualties c = only("Two children died in hospital overnight.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(2));
    assertEquals(Victims.CIVILIANS, c.victims());
  }

  @Test
  void englishDozensIsVague() {
    Casualties c = only("Dozens of people were injured in the strike.", Language.EN);
    assertFigure(c, CasualtyOutcome.INJURED, Count.vague());
  }

  @Test
  void englishAboutIsAnEstimate() {
    Casualties c = only("About 40 fighters were captured by the army.", Language.EN);
    assertFigure(c, CasualtyOutcome.CAPTURED, Count.exact(40));
    assertEquals(Victims.MILITARY, c.victims());
  }

  @Test
  void englishAttackersSideFromTheStrike() {
    Casualties c = only("An Israeli strike killed 3 people in southern Lebanon.", Language.EN);
    assertEquals(Optional.of("ISR"), c.perpetratorSide());
  }

  @Test
  void datesPercentagesAndDurationsAreNotCasualties() {
    assertTrue(extract("Le 27 septembre 2020, 20% du territoire restait occupé depuis trois décennies.", Language.FR).isEmpty());
    assertTrue(extract("In 1994, a ceasefire was signed after 6 years of war and 24 hours of talks.", Language.EN).isEmpty());
  }

  @Test
  void evidencePointsAtTheWords() {
    String text = "La frappe a fait au moins 12 morts dans le centre-ville.";
    Casualties c = only(text, Language.FR);
    assertEquals("au moins 12 morts", c.evidence().text());
    assertEquals(c.evidence().text(), c.evidence().words().of(text));
  }

  @Test
  void frenchBodiesOfSoldiersAreKilled() {
    Casualties c = only("L'armée a rendu les corps de trente militaires tchadiens à leurs familles.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(30));
    assertEquals(Victims.MILITARY, c.victims());
  }

  @Test
  void frenchNumberOfWoundedStatedApart() {
    Casualties c = only("Selon l'hôpital, le nombre de blessés s'élève désormais à 63.", Language.FR);
    assertFigure(c, CasualtyOutcome.INJURED, Count.exact(63));
  }

  @Test
  void englishLostServicemenAreKilled() {
    Casualties c = only("The enemy lost more than 200 servicemen in the past day, the ministry said.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.atLeast(200));
    assertEquals(Victims.MILITARY, c.victims());
  }

  @Test
  void englishElidedPassiveAfterACoordination() {
    List<Casualties> all = extract("Eleven soldiers were wounded and four villagers killed in the raid.", Language.EN);
    assertEquals(2, all.size(), all::toString);
    assertFigure(all.get(1), CasualtyOutcome.KILLED, Count.exact(4));
    assertEquals(Victims.CIVILIANS, all.get(1).victims());
  }

  @Test
  void englishDeathTollWithItsPeople() {
    Casualties c = only("The death toll from the bombing has risen to 27 people, officials said.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(27));
  }

  @Test
  void englishPartitiveOfTheDeadTakesWhatTheCopulaSays() {
    Casualties c = only("One of the dead was a soldier, the health ministry said.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(1));
    assertEquals(Victims.MILITARY, c.victims());
  }

  @Test
  void englishMembersOfAGroupOfCasualtiesAreFigures() {
    List<Casualties> all = extract("Three policemen and two civilians were among those killed in the explosion.", Language.EN);
    assertEquals(2, all.size(), all::toString);
    assertFigure(all.get(0), CasualtyOutcome.KILLED, Count.exact(3));
    assertEquals(Victims.MILITARY, all.get(0).victims());
    assertFigure(all.get(1), CasualtyOutcome.KILLED, Count.exact(2));
    assertEquals(Victims.CIVILIANS, all.get(1).victims());
  }

  @Test
  void englishIncludingChildrenIsABreakdownOfTheTotal() {
    Casualties c = only("At least nine people were killed, including four children, in the strike.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.atLeast(9));
    assertEquals(1, c.breakdown().size(), c::toString);
    assertEquals(Count.exact(4), c.breakdown().get(0).count());
    assertEquals(Victims.CIVILIANS, c.breakdown().get(0).victims());
    assertEquals("children", c.breakdown().get(0).descriptor());
    assertEquals("four children", c.breakdown().get(0).evidence().text());
  }

  @Test
  void englishPartitiveOfChildrenIsABreakdownOfTheTotal() {
    Casualties c = only("Seven people were killed in the raid and one of the dead was a child.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(7));
    assertEquals(Count.exact(1), c.breakdown().get(0).count());
  }

  @Test
  void englishMoreWoundedAfterATotal() {
    List<Casualties> all = extract("Six people were killed and 14 more wounded in the attack.", Language.EN);
    assertEquals(2, all.size(), all::toString);
    assertFigure(all.get(1), CasualtyOutcome.INJURED, Count.exact(14));
  }

  @Test
  void englishElidedWoundedAfterAComma() {
    List<Casualties> all = extract("Four people were killed in the morning, and 19 wounded.", Language.EN);
    assertEquals(2, all.size(), all::toString);
    assertFigure(all.get(1), CasualtyOutcome.INJURED, Count.exact(19));
  }

  @Test
  void englishSustainedInjuries() {
    Casualties c = only("More than 30 others sustained injuries in the shelling.", Language.EN);
    assertFigure(c, CasualtyOutcome.INJURED, Count.atLeast(30));
  }

  @Test
  void englishRemainUnaccountedForIsMissing() {
    Casualties c = only("Three residents remain unaccounted for after the raid.", Language.EN);
    assertFigure(c, CasualtyOutcome.MISSING, Count.exact(3));
    assertEquals(Victims.CIVILIANS, c.victims());
  }

  @Test
  void englishClaimedLives() {
    Casualties c = only("The fighting has claimed more than 500 lives since March.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.atLeast(500));
  }

  @Test
  void englishForcedToFleeIsDisplacedCivilians() {
    Casualties c = only("The offensive forced 20,000 people to flee their villages.", Language.EN);
    assertFigure(c, CasualtyOutcome.DISPLACED, Count.exact(20000));
    assertEquals(Victims.CIVILIANS, c.victims());
  }

  @Test
  void englishShotDeadAPartitive() {
    Casualties c = only("Soldiers shot dead two of the attackers on Monday.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(2));
    assertEquals(Victims.MILITARY, c.victims());
  }

  @Test
  void englishVagueNumberOfWounded() {
    Casualties c = only("The hospital received a number of wounded after the strike.", Language.EN);
    assertFigure(c, CasualtyOutcome.INJURED, Count.vague());
  }

  @Test
  void englishLossesAmountToSoldiers() {
    Casualties c = only("The enemy's losses amounted to 400 soldiers over the week.", Language.EN);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(400));
    assertEquals(Victims.MILITARY, c.victims());
  }

  @Test
  void englishParticipleOfAPhraseTriggerNeedsItsWord() {
    assertTrue(extract("Twelve soldiers taking part in the exercise arrived on Monday.", Language.EN).isEmpty());
  }

  @Test
  void frenchRelativeClauseOfDying() {
    Casualties c = only("C'est au moins 20 villageois qui ont péri dans l'attaque.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.atLeast(20));
    assertEquals(Victims.CIVILIANS, c.victims());
  }

  @Test
  void frenchBareParticipleOfDyingOnItsNoun() {
    Casualties c = only("Dans nos rangs, on déplore trois soldats décédés lors de l'embuscade.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(3));
    assertEquals(Victims.MILITARY, c.victims());
  }

  @Test
  void frenchParticipleOfDyingWithAnAuxiliaryOfItsOwnIsNoModifier() {
    assertTrue(extract("Les trois soldats qu'il a vus sont repartis vers la base.", Language.FR).isEmpty());
  }

  @Test
  void frenchRelativeClauseWithTheVictimsAsAgentIsNoFigure() {
    assertTrue(extract("Ce sont 20 soldats qui ont tué le chef du groupe.", Language.FR).isEmpty());
  }

  @Test
  void frenchMembersOfAGroupOfCasualties() {
    Casualties c = only("Deux gendarmes figurent parmi les personnes tuées.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(2));
    assertEquals(Victims.MILITARY, c.victims());
  }

  @Test
  void frenchChildrenAmongTheVictimsOfTheSentenceBeforeAreABreakdown() {
    Casualties c = only("L'attaque a fait 12 morts. Trois enfants figurent parmi les victimes.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(12));
    assertEquals(Count.exact(3), c.breakdown().get(0).count());
    assertEquals("enfants", c.breakdown().get(0).descriptor());
  }

  @Test
  void frenchDontEnfantsIsABreakdown() {
    Casualties c = only("Le bombardement a fait 25 morts, dont 8 enfants.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(25));
    assertEquals(Count.exact(8), c.breakdown().get(0).count());
  }

  @Test
  void frenchForcedToFleeIsDisplaced() {
    Casualties c = only("Les combats ont contraint plus de 3000 habitants à fuir leurs villages.", Language.FR);
    assertFigure(c, CasualtyOutcome.DISPLACED, Count.atLeast(3000));
    assertEquals(Victims.CIVILIANS, c.victims());
  }

  @Test
  void frenchImportantNumberIsVague() {
    Casualties c = only("L'armée a neutralisé un nombre important de terroristes.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.vague());
    assertEquals(Victims.MILITARY, c.victims());
  }

  @Test
  void frenchReportedMissing() {
    Casualties c = only("Cinq soldats sont portés disparus depuis l'embuscade.", Language.FR);
    assertFigure(c, CasualtyOutcome.MISSING, Count.exact(5));
  }

  @Test
  void frenchSufferedInjuries() {
    Casualties c = only("Une dizaine de passants ont subi des blessures légères.", Language.FR);
    assertFigure(c, CasualtyOutcome.INJURED, Count.exact(10));
    assertEquals(Victims.CIVILIANS, c.victims());
  }

  @Test
  void englishGappedFigureSharesTheFigureBefore() {
    List<Casualties> all = extract("Five soldiers were killed in the north and two in the east.", Language.EN);
    assertEquals(2, all.size(), all::toString);
    assertFigure(all.get(1), CasualtyOutcome.KILLED, Count.exact(2));
    assertEquals(Victims.MILITARY, all.get(1).victims());
    assertEquals("two in the east", all.get(1).evidence().text());
  }

  @Test
  void englishAttackersAreNotTheVictims() {
    Casualties c = only("Gunmen opened fire on the crowd, killing 4 people.", Language.EN);
    assertEquals(Victims.UNKNOWN, c.victims());
  }

  @Test
  void frenchAttackersOfARelativeClauseAreNotTheVictims() {
    Casualties c = only("Ce sont des assaillants qui ont attaqué le village, causant 7 morts.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(7));
    assertEquals(Victims.UNKNOWN, c.victims());
  }

  @Test
  void frenchPartitiveOfTheAttackers() {
    Casualties c = only("Les soldats ont abattu deux des assaillants.", Language.FR);
    assertFigure(c, CasualtyOutcome.KILLED, Count.exact(2));
    assertEquals(Victims.MILITARY, c.victims());
  }
}
