package org.casus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casus.lexicon.WeaponLexicon;
import org.casus.model.Count;
import org.casus.model.Damage;
import org.casus.model.Language;
import org.casus.model.LossOutcome;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Damage named without a figure: list items and nouns with an article only. */
class DamageLossShapesTest {
  private static DamageExtractor extractor;

  @BeforeAll
  static void build() {
    extractor = new DamageExtractor(SharedNlp.lexicons(), WeaponLexicon.load());
  }

  private static List<Damage> extract(String text, Language language) {
    return extractor.extract(SharedNlp.annotate(text, language)).stream().map(Damage.class::cast).toList();
  }

  private static boolean has(List<Damage> all, LossOutcome outcome, Count count, String object) {
    return all.stream().anyMatch(d -> d.outcome() == outcome && d.count().equals(count) && d.object().equals(object));
  }

  @Test
  void everyItemOfAVagueListIsDamaged() {
    List<Damage> all = extract("In the night several houses and cars were damaged by the shelling.", Language.EN);
    assertTrue(has(all, LossOutcome.DAMAGED, Count.vague(), "houses"), () -> "facts: " + all);
    assertTrue(has(all, LossOutcome.DAMAGED, Count.vague(), "other"), () -> "facts: " + all);
  }

  @Test
  void aSingularNounWithAnArticleCountsOneWhenTheLossIsExplicit() {
    List<Damage> all = extract("The strike destroyed the bridge over the river.", Language.EN);
    assertEquals(1, all.size(), () -> "facts: " + all);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.exact(1), "infrastructure"), () -> "facts: " + all);
  }

  @Test
  void aPluralNounWithAnArticleHasAnUnknownCount() {
    List<Damage> all = extract("Les assaillants ont incendié des maisons ainsi que des boutiques.", Language.FR);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.vague(), "houses"), () -> "facts: " + all);
    assertTrue(has(all, LossOutcome.DESTROYED, Count.vague(), "other"), () -> "facts: " + all);
  }

  @Test
  void anAttributiveParticipleRecallsALossWithoutStatingOne() {
    List<Damage> all = extract("Rescuers found two people in the destroyed house.", Language.EN);
    assertTrue(all.isEmpty(), () -> "facts: " + all);
  }
}
