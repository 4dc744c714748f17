package org.casus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.casus.lexicon.WeaponLexicon.WeaponMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeaponLexiconTest {
  private static final WeaponLexicon WEAPONS = WeaponLexicon.load();

  private static List<String> words(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  private static Optional<WeaponMatch> at(String sentence, int start) {
    return WEAPONS.match(words(sentence), start);
  }

  @Test
  void holdsSeveralHundredSystems() {
    assertTrue(WEAPONS.size() >= 250, "systems: " + WEAPONS.size());
  }

  @Test
  void grad_inAFrenchSentence_isTheBm21() {
    Optional<WeaponMatch> m = at("trois systèmes de lance-roquettes multiples ( MLRS ) de type Grad ,", 10);
    assertEquals(Optional.of(new WeaponMatch("BM-21 Grad", "mlrs", 10, 11)), m);
  }

  @Test
  void zsu234_splitByTheTokeniser_isOneMatchOverAllItsWords() {
    assertEquals(Optional.of(new WeaponMatch("ZSU-23-4 Shilka", "air_defence", 4, 7)),
        at("un système d'arme antiaérienne ZSU - 23-4 ,", 4));
    assertEquals(Optional.of(new WeaponMatch("ZSU-23-4 Shilka", "air_defence", 0, 1)), at("ZSU-23-4", 0));
  }

  @Test
  void giatsintB_withASpace_isTheTowedGun() {
    assertEquals(Optional.of(new WeaponMatch("2A36 Giatsint-B", "artillery", 2, 4)),
        at("trois obusiers Giatsint B ,", 2));
  }

  @Test
  void giatsintS_isTheSelfPropelledGun() {
    assertEquals("2S5 Giatsint-S", at("Giatsint-S", 0).orElseThrow().canonical());
  }

  @Test
  void theLongestAliasWins() {
    // "BMP" alone is nothing; "BMP-2" and "BMP 2" are the same system
    assertEquals(Optional.of(new WeaponMatch("BMP-2", "ifv", 3, 4)), at("deux véhicules d'infanterie BMP-2 ( IFV )", 3));
    assertEquals(Optional.of(new WeaponMatch("BMP-2", "ifv", 0, 2)), at("BMP 2 destroyed", 0));
    assertEquals(Optional.of(new WeaponMatch("M1 Abrams", "tank", 0, 2)), at("M1A2 Abrams tanks", 0));
  }

  @Test
  void bm21_writtenWithASpace() {
    assertEquals(Optional.of(new WeaponMatch("BM-21 Grad", "mlrs", 0, 2)), at("BM 21 launchers", 0));
  }

  @Test
  void matchingIgnoresCaseAndAccents() {
    assertEquals("2S1 Gvozdika", at("GVOZDIKA", 0).orElseThrow().canonical());
    assertEquals("Leopard", at("léopard", 0).orElseThrow().canonical());
  }

  @Test
  void pluralsOfSystemNamesMatch() {
    assertEquals("T-72", at("four T-72s", 1).orElseThrow().canonical());
    assertEquals("Leopard", at("eight Leopards", 1).orElseThrow().canonical());
  }

  @Test
  void aPlainLeopardIsTheModelUnknownEntry_andModelsAreTheirOwn() {
    assertEquals("Leopard", at("eight Leopard tanks", 1).orElseThrow().canonical());
    assertEquals("Leopard 2A4", at("Leopard 2A4", 0).orElseThrow().canonical());
    assertEquals("Leopard 2A6", at("Leopard 2A6 tanks", 0).orElseThrow().canonical());
  }

  @Test
  void smerchUnderItsFrenchSpelling() {
    assertEquals(Optional.of(new WeaponMatch("BM-30 Smerch", "mlrs", 6, 7)),
        at("plusieurs postes de tirs de missiles Smertch", 6));
  }

  @Test
  void aMatchNeverStartsOnAHyphenOrOutsideTheSentence() {
    assertTrue(at("ZSU - 23-4", 1).isEmpty());
    assertTrue(at("Grad", 5).isEmpty());
    assertTrue(at("Grad", -1).isEmpty());
  }

  @Test
  void ordinaryWordsAreNoSystems() {
    assertTrue(at("the army said", 1).isEmpty());
    assertTrue(at("une rafale de tirs", 0).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "D-20|D-20|artillery", "D-30|D-30|artillery", "2S19|2S19 Msta-S|artillery", "Akatsiya|2S3 Akatsiya|artillery",
      "TOS-1A|TOS-1|mlrs", "9K58|BM-30 Smerch|mlrs", "S-300|S-300|air_defence", "Tor-M2|9K330 Tor|air_defence",
      "Osa-AKM|9K33 Osa|air_defence", "Bayraktar TB2|Bayraktar TB2|uav", "Orbiter 1K|Orbiter|uav",
      "Harop|IAI Harop|uav", "HIMARS|M142 HIMARS|mlrs", "AMX-10 RC|AMX-10 RC|tank", "T-90M|T-90|tank",
      "T-64BV|T-64|tank", "T-80BVM|T-80|tank", "Challenger 2|Challenger 2|tank", "Bradley|Bradley|ifv",
      "M113|M113|apc", "Stryker|Stryker|apc", "Caesar|Caesar|artillery", "M777|M777|artillery",
      "PzH 2000|PzH 2000|artillery", "Krab|Krab|artillery", "Patriot|Patriot|air_defence",
      "IRIS-T|IRIS-T|air_defence", "NASAMS|NASAMS|air_defence", "Buk-M1|Buk|air_defence",
      "Pantsir-S1|Pantsir|air_defence", "Su-25|Su-25|aircraft", "Su-24|Su-24|aircraft", "Su-34|Su-34|aircraft",
      "Su-35|Su-35|aircraft", "MiG-29|MiG-29|aircraft", "Ka-52|Ka-52|helicopter", "Mi-8|Mi-8|helicopter",
      "Mi-24|Mi-24|helicopter", "F-16|F-16|aircraft", "Shahed-136|Shahed-136|uav", "Geran-2|Shahed-136|uav",
      "Lancet|Lancet|uav", "Orlan-10|Orlan-10|uav", "Switchblade|Switchblade|uav", "Kalibr|Kalibr|other",
      "Iskander-M|Iskander|other", "Scud|Scud|other", "Tochka-U|Tochka-U|other", "Storm Shadow|Storm Shadow|other",
      "ATACMS|ATACMS|other", "Javelin|Javelin|other", "NLAW|NLAW|other", "Merkava|Merkava|tank",
      "Iron Dome|Iron Dome|air_defence", "Dôme de fer|Iron Dome|air_defence", "Burkan-2H|Burkan-2H|other",
      "Samad-3|Samad-3|uav", "Hyacinth-B|2A36 Giatsint-B|artillery", "Guiatsint B|2A36 Giatsint-B|artillery"})
  void knownWritingsGiveTheirCanonicalSystem(String written, String canonical, String category) {
    WeaponMatch m = WEAPONS.lookup(written).orElseThrow(() -> new AssertionError(written));
    assertEquals(canonical, m.canonical());
    assertEquals(category, m.category());
  }
}
