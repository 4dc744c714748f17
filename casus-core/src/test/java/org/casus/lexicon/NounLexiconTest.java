package org.casus.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.casus.lexicon.NounLexicon.PhraseMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounLexiconTest {
  private static final NounLexicon FR_MATERIEL = NounLexicon.load("lexicon/fr/materiel.tsv");
  private static final NounLexicon EN_MATERIEL = NounLexicon.load("lexicon/en/materiel.tsv");
  private static final NounLexicon FR_DAMAGE = NounLexicon.load("lexicon/fr/damage.tsv");
  private static final NounLexicon EN_DAMAGE = NounLexicon.load("lexicon/en/damage.tsv");

  private static List<String> words(String sentence) {
    return Arrays.asList(sentence.split(" "));
  }

  @Test
  void infantryFightingVehicle_isLongerThanVehicle() {
    assertEquals(Optional.of(new PhraseMatch("ifv", 1, 6)),
        FR_MATERIEL.match(words("deux véhicules de combat d' infanterie BMP-2"), 1));
    assertEquals(Optional.of(new PhraseMatch("ifv", 1, 5)),
        FR_MATERIEL.match(words("deux véhicules de combat d'infanterie BMP-2"), 1));
  }

  @Test
  void unmannedAerialVehicles_inThePlural_areUav() {
    assertEquals(Optional.of(new PhraseMatch("uav", 1, 5)),
        FR_MATERIEL.match(words("trois véhicules aériens sans pilote ( UAV )"), 1));
  }

  @Test
  void armouredTroopCarriers_areApc_andUnarmouredTransportsAndGenericArmourAreVehicles() {
    // The gold conventions code "véhicules de transport de troupes" as a generic vehicle; the
    // armoured carrier is an APC.
    assertEquals(Optional.of(new PhraseMatch("vehicle", 1, 6)),
        FR_MATERIEL.match(words("quelques véhicules de transport de troupes"), 1));
    assertEquals(Optional.of("apc"), FR_MATERIEL.lookup("véhicule blindé de transport de troupes"));
    assertEquals(Optional.of("vehicle"), FR_MATERIEL.lookup("blindés"));
    assertEquals(Optional.of("vehicle"), EN_MATERIEL.lookup("armored fighting vehicles"));
    assertEquals(Optional.of(new PhraseMatch("vehicle", 4, 6)),
        EN_MATERIEL.match(words("28 tanks and 109 armored vehicles"), 4));
  }

  @Test
  void multipleRocketLaunchers_withOrWithoutHyphen() {
    assertEquals(Optional.of("mlrs"), FR_MATERIEL.lookup("lance-roquettes multiples"));
    assertEquals(Optional.of("mlrs"), FR_MATERIEL.lookup("lance roquettes multiple"));
    assertEquals(Optional.of("mlrs"), EN_MATERIEL.lookup("multiple rocket launchers"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|char|tank", "fr|chars|tank", "fr|drone|uav", "fr|obusiers|artillery", "fr|pièce d'artillerie|artillery",
      "fr|pièces d’artillerie|artillery", "fr|camions|vehicle", "fr|pick-up|vehicle", "fr|motos|vehicle",
      "fr|hélicoptères|helicopter", "fr|avions de chasse|aircraft", "fr|bombardier|aircraft", "fr|fusils|other",
      "fr|munitions|other", "fr|système de défense aérienne|air_defence", "fr|mitrailleuse|other",
      "en|tank|tank", "en|tanks|tank", "en|drones|uav", "en|howitzers|artillery", "en|artillery pieces|artillery",
      "en|MLRS|mlrs", "en|APC|apc", "en|armoured personnel carriers|apc", "en|infantry fighting vehicles|ifv",
      "en|motorbikes|vehicle", "en|trucks|vehicle", "en|helicopters|helicopter", "en|aircraft|aircraft",
      "en|fighter jets|aircraft", "en|rifles|other", "en|ammunition|other", "en|air defense systems|air_defence"})
  void materielNounsGiveTheirCategory(String lang, String noun, String category) {
    NounLexicon lexicon = lang.equals("fr") ? FR_MATERIEL : EN_MATERIEL;
    assertEquals(Optional.of(category), lexicon.lookup(noun), noun);
  }

  @Test
  void fightersAreMenNotAircraft() {
    assertTrue(EN_MATERIEL.lookup("fighters").isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|maisons|houses", "fr|appartements|apartments", "fr|immeubles résidentiels|apartments",
      "fr|bâtiments publics|public_buildings", "fr|bâtiment administratif|public_buildings",
      "fr|écoles|public_buildings", "fr|hôpitaux|public_buildings", "fr|mairie|public_buildings",
      "fr|ponts|infrastructure", "fr|centrale électrique|infrastructure", "fr|pipelines|infrastructure",
      "fr|dépôt de carburant|infrastructure", "fr|réseau électrique|infrastructure",
      "fr|bâtiments|other", "fr|églises|other", "fr|cathédrale|other", "fr|mosquées|other",
      "fr|centres commerciaux|other", "fr|voitures|other", "fr|dortoirs|other",
      "en|houses|houses", "en|homes|houses", "en|apartments|apartments", "en|residential buildings|apartments",
      "en|public buildings|public_buildings", "en|schools|public_buildings", "en|hospitals|public_buildings",
      "en|bridges|infrastructure", "en|power plant|infrastructure", "en|fuel depot|infrastructure",
      "en|facilities|infrastructure", "en|buildings|other", "en|churches|other", "en|mosques|other",
      "en|shopping centres|other", "en|cars|other"})
  void damagedObjectsGiveTheirClass(String lang, String noun, String object) {
    NounLexicon lexicon = lang.equals("fr") ? FR_DAMAGE : EN_DAMAGE;
    assertEquals(Optional.of(object), lexicon.lookup(noun), noun);
  }

  @Test
  void theLongestPhraseWins_residentialBuildingOverBuilding() {
    assertEquals(Optional.of(new PhraseMatch("apartments", 1, 3)),
        EN_DAMAGE.match(words("two residential buildings were destroyed"), 1));
    assertEquals(Optional.of(new PhraseMatch("apartments", 2, 4)),
        FR_DAMAGE.match(words("Deux hauts immeubles résidentiels ont été endommagés"), 2));
    assertEquals(Optional.of(new PhraseMatch("public_buildings", 4, 6)),
        FR_DAMAGE.match(words("66 appartements et 241 bâtiments publics"), 4));
  }

  @Test
  void aMatchEndsAtAWordBoundary_andLookupNeedsTheWholePhrase() {
    assertTrue(FR_DAMAGE.lookup("maisonnette").isEmpty());
    assertTrue(FR_DAMAGE.lookup("maison rouge").isEmpty());
    assertTrue(FR_DAMAGE.match(words("rien ici"), 0).isEmpty());
    assertTrue(FR_DAMAGE.match(words("maisons"), 3).isEmpty());
  }
}
