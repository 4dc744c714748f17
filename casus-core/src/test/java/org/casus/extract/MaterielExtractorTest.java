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
import org.casus.model.Language;
import org.casus.model.LossOutcome;
import org.casus.model.Materiel;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Equipment losses, one construction a test, on sentences written for these tests and the seed article. */
class MaterielExtractorTest {
  private static MaterielExtractor extractor;

  @BeforeAll
  static void build() {
    extractor = new MaterielExtractor(SharedNlp.lexicons(), WeaponLexicon.load());
  }

  private static List<Materiel> extract(String text, Language language) {
    return extractor.extract(SharedNlp.annotate(text, language)).stream().map(Materiel.class::cast).toList();
  }

  private static Materiel only(String text, Language language) {
    List<Materiel> all = extract(text, language);
    assertEquals(1, all.size(), () -> "facts: " + all);
    return all.get(0);
  }

  private static void assertLoss(Materiel m, LossOutcome outcome, Count count, String category, Optional<String> system) {
    assertEquals(outcome, m.outcome(), () -> m.toString());
    assertEquals(count, m.count(), () -> m.toString());
    assertEquals(category, m.category(), () -> m.toString());
    assertEquals(system, m.system(), () -> m.toString());
  }

  @Test
  void seedListOfDestroyedSystemsGivesOneFactPerItem() throws IOException {
    Optional<Path> shared = SharedNlp.shared();
    assumeTrue(shared.isPresent(), "shared folder not found");
    String sentence = Files.readAllLines(shared.get().resolve("seed/article-fr.txt")).stream()
        .filter(l -> l.contains("lance-roquettes")).findFirst().orElseThrow();
    List<Materiel> all = extract(sentence, Language.FR);
    assertEquals(7, all.size(), () -> "facts: " + all);
    assertLoss(all.get(0), LossOutcome.DESTROYED, Count.exact(3), "mlrs", Optional.of("BM-21 Grad"));
    assertLoss(all.get(1), LossOutcome.DESTROYED, Count.exact(1), "air_defence", Optional.of("ZSU-23-4 Shilka"));
    assertLoss(all.get(2), LossOutcome.DESTROYED, Count.exact(2), "ifv", Optional.of("BMP-2"));
    assertLoss(all.get(3), LossOutcome.DESTROYED, Count.exact(3), "artillery", Optional.of("2A36 Giatsint-B"));
    assertLoss(all.get(4), LossOutcome.DESTROYED, Count.exact(1), "artillery", Optional.of("D-20"));
    assertLoss(all.get(5), LossOutcome.DESTROYED, Count.exact(3), "uav", Optional.empty());
    assertLoss(all.get(6), LossOutcome.DESTROYED, Count.vague(), "vehicle", Optional.empty());
    for (Materiel m : all) {
      assertEquals(Optional.of("ARM"), m.ownerSide(), () -> m.toString());
    }
  }

  @Test
  void frenchPassiveSubjectWithNationality() {
    Materiel m = only("Deux hélicoptères russes ont été abattus près de Bakhmout.", Language.FR);
    assertLoss(m, LossOutcome.DESTROYED, Count.exact(2), "helicopter", Optional.empty());
    assertEquals(Optional.of("RUS"), m.ownerSide());
  }

  @Test
  void frenchCoordinatedObjectsShareTheirVerbAndNationality() {
    List<Materiel> all = extract("L'armée russe a détruit cinq chars ukrainiens T-64 et deux obusiers D-30.", Language.FR);
    assertEquals(2, all.size(), () -> "facts: " + all);
    assertLoss(all.get(0), LossOutcome.DESTROYED, Count.exact(5), "tank", Optional.of("T-64"));
    assertLoss(all.get(1), LossOutcome.DESTROYED, Count.exact(2), "artillery", Optional.of("D-30"));
    assertEquals(Optional.of("UKR"), all.get(1).ownerSide());
  }

  @Test
  void frenchVagueQuantifierGivesAVagueCount() {
    Materiel m = only("Plusieurs camions militaires ont été incendiés par les assaillants.", Language.FR);
    assertLoss(m, LossOutcome.DESTROYED, Count.vague(), "vehicle", Optional.empty());
  }

  @Test
  void frenchSeizedEquipmentIsCaptured() {
    List<Materiel> all = extract("Les soldats ont saisi douze motos et des armes dans le camp.", Language.FR);
    assertEquals(2, all.size(), () -> "facts: " + all);
    assertLoss(all.get(0), LossOutcome.CAPTURED, Count.exact(12), "vehicle", Optional.empty());
    // Captured small arms without a figure are still a capture, of an unknown number.
    assertLoss(all.get(1), LossOutcome.CAPTURED, Count.vague(), "other", Optional.empty());
  }

  @Test
  void frenchInterceptedMissilesAreMunitionsNotMateriel() {
    assertTrue(extract("La défense aérienne a abattu quatre missiles de croisière russes.", Language.FR).isEmpty());
  }

  @Test
  void frenchDestroyerSideMakesTheOtherSideTheOwner() {
    Materiel m = only("Les forces azerbaïdjanaises ont détruit trois radars lors des combats contre les séparatistes arméniens.",
        Language.FR);
    assertLoss(m, LossOutcome.DESTROYED, Count.exact(3), "air_defence", Optional.empty());
    assertEquals(Optional.of("ARM"), m.ownerSide());
  }

  @Test
  void englishNamedSystemGivesSystemAndCategory() {
    Materiel m = only("Ukrainian forces destroyed two Russian T-90 tanks near Avdiivka.", Language.EN);
    assertLoss(m, LossOutcome.DESTROYED, Count.exact(2), "tank", Optional.of("T-90"));
    assertEquals(Optional.of("RUS"), m.ownerSide());
  }

  @Test
  void englishDroneShotDownIsAUav() {
    Materiel m = only("Two Russian Orlan-10 drones were shot down overnight, the Ukrainian army said.", Language.EN);
    assertLoss(m, LossOutcome.DESTROYED, Count.exact(2), "uav", Optional.of("Orlan-10"));
    assertEquals(Optional.of("RUS"), m.ownerSide());
  }

  @Test
  void englishParticipleAfterTheNoun() {
    Materiel m = only("The ministry reported 12 armoured vehicles destroyed during the night.", Language.EN);
    assertLoss(m, LossOutcome.DESTROYED, Count.exact(12), "vehicle", Optional.empty());
  }

  @Test
  void englishSubjectOfLoseOwnsWhatWasLost() {
    Materiel m = only("Russia lost 14 helicopters in the first month of the war.", Language.EN);
    assertLoss(m, LossOutcome.DESTROYED, Count.exact(14), "helicopter", Optional.empty());
    assertEquals(Optional.of("RUS"), m.ownerSide());
  }

  @Test
  void englishMakerIsNotTheOwner() {
    Materiel m = only("Russian troops destroyed three German-made Leopard tanks of the Ukrainian army.", Language.EN);
    assertLoss(m, LossOutcome.DESTROYED, Count.exact(3), "tank", Optional.of("Leopard"));
    assertEquals(Optional.of("UKR"), m.ownerSide());
  }

  @Test
  void frenchInterceptedMissilesBesideDronesLeaveOnlyTheDrones() {
    Materiel m = only("Une dizaine de missiles et deux drones Shahed ont été abattus dans la nuit.", Language.FR);
    assertLoss(m, LossOutcome.DESTROYED, Count.exact(2), "uav", Optional.of("Shahed-136"));
  }

  @Test
  void frenchPrepositionalObjectOfAReflexiveVerb() {
    Materiel m = only("Les jihadistes se sont emparés de trois véhicules blindés de l'armée malienne.", Language.FR);
    assertLoss(m, LossOutcome.CAPTURED, Count.exact(3), "vehicle", Optional.empty());
    assertEquals(Optional.of("MLI"), m.ownerSide());
  }

  @Test
  void englishEachVerbOfACoordinationKeepsItsOutcome() {
    List<Materiel> all = extract("Rebels captured three armoured personnel carriers and destroyed a BMP-1 near the town.",
        Language.EN);
    assertEquals(2, all.size(), () -> "facts: " + all);
    assertLoss(all.get(0), LossOutcome.CAPTURED, Count.exact(3), "apc", Optional.empty());
    assertLoss(all.get(1), LossOutcome.DESTROYED, Count.exact(1), "ifv", Optional.of("BMP-1"));
  }

  @Test
  void englishWithoutACountThereIsNoFact() {
    assertTrue(extract("Tanks were destroyed in the fighting.", Language.EN).isEmpty());
  }
}
