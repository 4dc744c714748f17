package org.casus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casus.lexicon.WeaponLexicon;
import org.casus.model.Count;
import org.casus.model.Language;
import org.casus.model.LossOutcome;
import org.casus.model.Materiel;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Equipment losses whose figure or loss word the parse ties to the noun in an unusual way. */
class MaterielLossShapesTest {
  private static MaterielExtractor extractor;

  @BeforeAll
  static void build() {
    extractor = new MaterielExtractor(SharedNlp.lexicons(), WeaponLexicon.load());
  }

  private static List<Materiel> extract(String text, Language language) {
    return extractor.extract(SharedNlp.annotate(text, language)).stream().map(Materiel.class::cast).toList();
  }

  private static boolean has(List<Materiel> all, LossOutcome outcome, Count count, String category) {
    return all.stream().anyMatch(m -> m.outcome() == outcome && m.count().equals(count) && m.category().equals(category));
  }

  @Test
  void lossesThatAmountToAListGiveOneFactPerItem() {
    List<Materiel> all = extract("The enemy's losses over the week amounted to 400 soldiers, 31 tanks, 60 armored "
        + "fighting vehicles and 12 artillery pieces, the general said.", Language.EN);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.exact(31), "tank"), () -> "facts: " + all);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.exact(60), "vehicle"), () -> "facts: " + all);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.exact(12), "artillery"), () -> "facts: " + all);
  }

  @Test
  void aBreakdownOfATotalGivesTheTotalAndEachPart() {
    List<Materiel> all = extract("Government troops destroyed 9 armored vehicles, including 6 BMP-2 and 3 T-72 tanks.",
        Language.EN);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.exact(9), "vehicle"), () -> "facts: " + all);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.exact(6), "ifv"), () -> "facts: " + all);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.exact(3), "tank"), () -> "facts: " + all);
  }

  @Test
  void aFigureInBracketsCountsTheNounBeforeIt() {
    List<Materiel> all = extract("Rebels seized the armoured vehicles (12) and two trucks.", Language.EN);
    assertTrue(has(all, LossOutcome.CAPTURED, Count.exact(12), "vehicle"), () -> "facts: " + all);
    assertTrue(has(all, LossOutcome.CAPTURED, Count.exact(2), "vehicle"), () -> "facts: " + all);
  }

  @Test
  void aParticipleAfterTheLastItemIsSaidOfTheWholeList() {
    List<Materiel> all = extract("L'armée a annoncé une vingtaine de pick-up et des fusils récupérés.", Language.FR);
    assertTrue(all.stream().anyMatch(m -> m.outcome() == LossOutcome.CAPTURED && m.category().equals("vehicle")),
        () -> "facts: " + all);
  }

  @Test
  void anItemParsedAsAConjunctOfTheLossNounIsLost() {
    List<Materiel> all = extract("L'armée déplore la perte d'un camion et une mitrailleuse.", Language.FR);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.exact(1), "vehicle"), () -> "facts: " + all);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.exact(1), "other"), () -> "facts: " + all);
  }

  @Test
  void anItemAddedByAConnectiveSharesTheListsLossWord() {
    List<Materiel> all = extract("L’ennemi a perdu 40 drones, 3 avions, 9 hélicoptères, et 75 blindés, en plus de plusieurs postes de tir de roquettes Grad.",
        Language.FR);
    assertTrue(all.stream().anyMatch(m -> m.system().equals(Optional.of("BM-21 Grad"))), () -> "facts: " + all);
  }

  @Test
  void aListItemWithoutAFigureTakesAnUnknownCount() {
    List<Materiel> all = extract("Several tanks and trucks were destroyed near the village.", Language.EN);
    assertEquals(2, all.size(), () -> "facts: " + all);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.vague(), "vehicle"), () -> "facts: " + all);
  }
}
