package org.casus.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GazetteerIndexTest {
  private GazetteerIndex index;

  @BeforeAll
  void loadOnce() {
    index = GazetteerIndex.load();
  }

  @ParameterizedTest(name = "{0} is the place at {2},{3} in {1}")
  @CsvSource({
    "Ganja,      AZE, 40.68, 46.36",
    "Gandja,     AZE, 40.68, 46.36",
    "Gəncə,      AZE, 40.68, 46.36",
    "GANJA,      AZE, 40.68, 46.36",
    "Aghjabadi,  AZE, 40.05, 47.46",
    "Ağcabədi,   AZE, 40.05, 47.46",
    "Aghdam,     AZE, 39.99, 46.93",
    "Agdam,      AZE, 39.99, 46.93",
    "Tartar,     AZE, 40.34, 46.93",
    "Tərtər,     AZE, 40.34, 46.93",
    "Goranboy,   AZE, 40.61, 46.79",
    "Moscow,     RUS, 55.75, 37.62",
    "Moscou,     RUS, 55.75, 37.62",
    "Erevan,     ARM, 40.18, 44.51",
    "Yerevan,    ARM, 40.18, 44.51",
    "Bakou,      AZE, 40.38, 49.89",
    "Kiev,       UKR, 50.45, 30.52",
    "Kyiv,       UKR, 50.45, 30.52",
    "Marioupol,  UKR, 47.10, 37.55",
    "Stepanakert, AZE, 39.82, 46.75",
  })
  void exonymsAndTransliterationsFindThePlace(String name, String country, double lat, double lon) {
    GazetteerEntry place = index.lookup(name).stream()
        .filter(GazetteerEntry::isPopulatedPlace)
        .filter(e -> e.country().equals(country))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + country));
    assertEquals(lat, place.lat(), 0.02, name);
    assertEquals(lon, place.lon(), 0.02, name);
  }

  @Test
  void largerHomonymsComeFirst() {
    List<GazetteerEntry> moscows = index.lookup("Moscow");
    assertTrue(moscows.size() > 1, "Moscow, Idaho and others");
    assertEquals("RUS", moscows.get(0).country());
  }

  @Test
  void countriesAreFoundByTheirFrenchAndEnglishNames() {
    assertEquals("AZE", index.lookup("Azerbaïdjan").get(0).country());
    assertTrue(index.lookup("azerbaijan").get(0).isCountry());
    assertEquals("ARM", index.lookup("Arménie").get(0).country());
    assertEquals("USA", index.lookup("États-Unis").get(0).country());
  }

  @Test
  void curatedRegionsAreFoundUnderEveryName() {
    for (String name : List.of("Nagorno-Karabakh", "Haut-Karabakh", "Nagorny Karabakh", "Artsakh")) {
      GazetteerEntry region = index.lookup(name).get(0);
      assertEquals("AZE", region.country(), name);
      assertTrue(region.isRegion(), name);
    }
    assertEquals("PSE", index.lookup("bande de Gaza").get(0).country());
    assertTrue(index.lookup("Liptako-Gourma").get(0).country().isEmpty(), "spans three states");
  }

  @Test
  void admin1RegionsCarryTheirNameAndTheirPlacesPointToThem() {
    assertTrue(index.lookup("Kharkiv").stream().anyMatch(GazetteerEntry::isAdmin1));
    GazetteerEntry goranboy = index.lookup("Goranboy").stream()
        .filter(GazetteerEntry::isPopulatedPlace).findFirst().orElseThrow();
    assertEquals("Goranboy District", goranboy.admin1());
  }

  @Test
  void demonymsNameTheirCountry() {
    assertEquals(Optional.of("ARM"), index.countryOfDemonym("arméniens"));
    assertEquals(Optional.of("AZE"), index.countryOfDemonym("Azerbaïdjanaise"));
    assertEquals(Optional.of("LBN"), index.countryOfDemonym("Lebanese"));
  }

  @Test
  void anUnknownNameHasNoCandidate() {
    assertTrue(index.lookup("Zzyzxqwerty").isEmpty());
    assertFalse(index.contains("Zzyzxqwerty"));
  }

  @Test
  void foldingIgnoresCaseAccentsApostrophesAndHyphens() {
    assertEquals("nagorno karabakh", NameFolding.fold("Nagorno-Karabakh"));
    assertEquals("tartar", NameFolding.fold("T’art’ar"));
    assertEquals("gence", NameFolding.fold("GƏNCƏ"));
    assertEquals("agcabedi", NameFolding.fold("Ağcabǝdi"));
  }
}
