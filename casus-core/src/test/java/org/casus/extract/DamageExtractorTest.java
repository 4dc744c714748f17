package org.casus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.casus.lexicon.WeaponLexicon;
import org.casus.model.Count;
import org.casus.model.Damage;
import org.casus.model.Language;
import org.casus.model.LossOutcome;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Buildings and infrastructure destroyed or damaged, one construction a test. */
class DamageExtractorTest {
  private static DamageExtractor extractor;

  @BeforeAll
  static void build() {
    extractor = new DamageExtractor(SharedNlp.lexicons(), WeaponLexicon.load());
  }

  private static List<Damage> extract(String text, Language language) {
    return extractor.extract(SharedNlp.annotate(text, language)).stream().map(Damage.class::cast).toList();
  }

  private static Damage only(String text, Language language) {
    List<Damage> all = extract(text, language);
    assertEquals(1, all.size(), () -> "facts: " + all);
    return all.get(0);
  }

  private static void assertDamage(Damage d, LossOutcome outcome, Count count, String object) {
    assertEquals(outcome, d.outcome(), () -> d.toString());
    assertEquals(count, d.count(), () -> d.toString());
    assertEquals(object, d.object(), () -> d.toString());
  }

  @Test
  void seedCoordinatedPassiveSubjects() throws IOException {
    Optional<Path> shared = SharedNlp.shared();
    assumeTrue(shared.isPresent(), "shared folder not found");
    String sentence = Files.readAllLines(shared.get().resolve("seed/article-fr.txt")).stream()
        .filter(l -> l.contains("appartements")).findFirst().orElseThrow();
    List<Damage> all = extract(sentence, Language.FR);
    assertEquals(3, all.size(), () -> "facts: " + all);
    assertDamage(all.get(0), LossOutcome.DESTROYED, Count.exact(479), "houses");
    assertDamage(all.get(1), LossOutcome.DESTROYED, Count.exact(66), "apartments");
    assertDamage(all.get(2), LossOutcome.DESTROYED, Count.exact(241), "public_buildings");
  }

  @Test
  void frenchParticipleOnTheCountedNoun() {
    Damage d = only("Les combats ont fait trois morts et 40 maisons incendiées dans le village.", Language.FR);
    assertDamage(d, LossOutcome.DESTROYED, Count.exact(40), "houses");
  }

  @Test
  void frenchApproximateFigureDamaged() {
    Damage d = only("Une dizaine d'écoles ont été endommagées par les bombardements.", Language.FR);
    assertDamage(d, LossOutcome.DAMAGED, Count.exact(10), "public_buildings");
  }

  @Test
  void frenchInfrastructureObjects() {
    List<Damage> all = extract("Les frappes ont détruit deux ponts et une centrale électrique.", Language.FR);
    assertEquals(2, all.size(), () -> "facts: " + all);
    assertDamage(all.get(0), LossOutcome.DESTROYED, Count.exact(2), "infrastructure");
    assertDamage(all.get(1), LossOutcome.DESTROYED, Count.exact(1), "infrastructure");
  }

  @Test
  void englishSingleBuildingExplicitlyDestroyed() {
    Damage d = only("A residential building was completely destroyed by the strike.", Language.EN);
    assertDamage(d, LossOutcome.DESTROYED, Count.exact(1), "apartments");
  }

  @Test
  void englishVagueObjectOfDamage() {
    Damage d = only("The shelling damaged several homes in the village.", Language.EN);
    assertDamage(d, LossOutcome.DAMAGED, Count.vague(), "houses");
  }

  @Test
  void englishAtLeastIsALowerBound() {
    Damage d = only("At least 30 buildings have been destroyed in the city.", Language.EN);
    assertDamage(d, LossOutcome.DESTROYED, Count.atLeast(30), "other");
  }

  @Test
  void englishCarsAreDamageNotMateriel() {
    Damage d = only("The blast damaged five cars in the street.", Language.EN);
    assertDamage(d, LossOutcome.DAMAGED, Count.exact(5), "other");
  }

  @Test
  void englishCoordinatedObjectsOfOneVerb() {
    List<Damage> all = extract("The militants torched two schools and a clinic, local officials said.", Language.EN);
    assertEquals(2, all.size(), () -> "facts: " + all);
    assertDamage(all.get(0), LossOutcome.DESTROYED, Count.exact(2), "public_buildings");
    assertDamage(all.get(1), LossOutcome.DESTROYED, Count.exact(1), "public_buildings");
  }

  @Test
  void englishFigureWithoutALossWordIsNoFact() {
    assertTrue(extract("The city has 200 schools and three hospitals.", Language.EN).isEmpty());
  }
}
