package org.casus.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.Language;
import org.casus.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateResolverTest {
  private PlaceRecognizer recognizer;
  private CandidateResolver resolver;

  @BeforeAll
  void loadOnce() {
    GazetteerIndex index = GazetteerIndex.load();
    recognizer = PlaceRecognizer.withAllLexicons(index);
    resolver = new CandidateResolver(index);
  }

  private PlaceResolution resolve(Language lang, String... sentences) {
    AnnotatedText text = Texts.of(lang, sentences);
    return resolver.resolve(text, recognizer.recognize(text));
  }

  private Place place(PlaceResolution r, String name) {
    return r.places().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not resolved in " + r));
  }

  private static void assertAt(Place p, String country, double lat, double lon) {
    assertEquals(Optional.of(country), p.country(), p.name());
    assertEquals(lat, p.lat().orElseThrow(), 0.02, p.name() + " latitude");
    assertEquals(lon, p.lon().orElseThrow(), 0.02, p.name() + " longitude");
  }

  @Test
  void resolvesTheSeedArticlesAzerbaijaniProvincesToTheirTowns() {
    PlaceResolution r = resolve(Language.FR,
        "L'/O armée/O arménienne/O a/O bombardé/O la/O ville/O de/O Gandja/PER",
        "Les/O provinces/O d'/O Aghjabadi/O ,/O Aghdam/LOC ,/O Tartar/O et/O Goranboy/O"
            + " ont/O été/O visées/O");
    assertAt(place(r, "Gandja"), "AZE", 40.68, 46.36);
    assertAt(place(r, "Aghjabadi"), "AZE", 40.05, 47.46);
    assertAt(place(r, "Aghdam"), "AZE", 39.99, 46.93);
    assertAt(place(r, "Tartar"), "AZE", 40.34, 46.93);
    assertAt(place(r, "Goranboy"), "AZE", 40.61, 46.79);
  }

  @Test
  void moscowAloneIsTheRussianCapital() {
    PlaceResolution r = resolve(Language.FR, "Un/O accord/O a/O été/O signé/O à/O Moscou/LOC");
    assertAt(place(r, "Moscou"), "RUS", 55.75, 37.62);
  }

  @Test
  void moscowBesideIdahoIsTheIdahoTown() {
    PlaceResolution r = resolve(Language.EN,
        "Police/O in/O Moscow/CITY ,/O Idaho/STATE_OR_PROVINCE said/O");
    assertAt(place(r, "Moscow"), "USA", 46.73, -117.00);
  }

  @Test
  void parisAloneIsTheFrenchCapital() {
    PlaceResolution r = resolve(Language.EN, "Talks/O opened/O in/O Paris/CITY");
    assertAt(place(r, "Paris"), "FRA", 48.85, 2.35);
  }

  @Test
  void parisBesideTexasIsTheTexasTown() {
    PlaceResolution r = resolve(Language.EN,
        "A/O tornado/O hit/O Paris/CITY ,/O Texas/STATE_OR_PROVINCE");
    assertEquals(Optional.of("USA"), place(r, "Paris").country());
    assertEquals(Optional.of("Texas"), place(r, "Paris").admin1());
  }

  @Test
  void tripoliAloneIsTheLibyanCapital() {
    PlaceResolution r = resolve(Language.EN, "Clashes/O erupted/O in/O Tripoli/CITY");
    assertEquals(Optional.of("LBY"), place(r, "Tripoli").country());
  }

  @Test
  void tripoliInALebaneseStoryIsTheLebaneseCity() {
    PlaceResolution r = resolve(Language.FR,
        "Des/O heurts/O ont/O éclaté/O à/O Tripoli/LOC ,/O dans/O le/O nord/O du/O Liban/LOC");
    assertEquals(Optional.of("LBN"), place(r, "Tripoli").country());
  }

  @Test
  void tripoliBesideTheLebaneseArmyIsTheLebaneseCity() {
    PlaceResolution r = resolve(Language.EN,
        "The/O Lebanese/MISC army/O deployed/O in/O Tripoli/CITY");
    assertEquals(Optional.of("LBN"), place(r, "Tripoli").country());
  }

  @Test
  void georgiaAloneIsTheCountry() {
    PlaceResolution r = resolve(Language.EN, "Russian/O troops/O entered/O Georgia/COUNTRY");
    Place georgia = place(r, "Georgia");
    assertEquals(Optional.of("GEO"), georgia.country());
    assertEquals("country", georgia.precision());
  }

  @Test
  void georgiaBesideAtlantaIsTheUsState() {
    PlaceResolution r = resolve(Language.EN,
        "Storms/O hit/O Atlanta/CITY ,/O Georgia/STATE_OR_PROVINCE ,/O American/MISC officials/O said/O");
    Place georgia = place(r, "Georgia");
    assertEquals(Optional.of("USA"), georgia.country());
    assertEquals("admin1", georgia.precision());
  }

  @Test
  void anUnknownNameBesideKnownOnesIsPlacedInTheirCountryWithoutCoordinates() {
    PlaceResolution r = resolve(Language.FR,
        "Des/O obus/O sont/O tombés/O sur/O Zzyzxqwerty/LOC ,/O Ganja/LOC et/O Tartar/LOC");
    Place unknown = place(r, "Zzyzxqwerty");
    assertEquals(Optional.of("AZE"), unknown.country());
    assertFalse(unknown.hasCoordinates());
    assertEquals("country", unknown.precision());
    assertAt(place(r, "Ganja"), "AZE", 40.68, 46.36);
    assertAt(place(r, "Tartar"), "AZE", 40.34, 46.93);
  }

  @Test
  void anUnknownNameIsSetAsideWhenNoCountryStandsOut() {
    PlaceResolution r = resolve(Language.FR, "Des/O obus/O sont/O tombés/O à/O Zzyzxqwerty/LOC");
    assertEquals(List.of("Zzyzxqwerty"), r.unresolved().stream().map(PlaceMention::name).toList());
    assertTrue(r.resolved().isEmpty());
  }

  @Test
  void aVillageNamedLikeAForeignCapitalIsALocalVillage() {
    PlaceResolution r = resolve(Language.FR,
        "Des/O miliciens/O ont/O attaqué/O le/O village/O Damas/LOC près/O de/O Bunia/LOC ,/O"
            + " en/O République/LOC démocratique/LOC du/LOC Congo/LOC");
    Place village = place(r, "Damas");
    assertEquals(Optional.of("COD"), village.country());
    assertFalse(village.hasCoordinates());
  }

  @Test
  void damasAloneIsTheSyrianCapital() {
    PlaceResolution r = resolve(Language.FR, "Une/O frappe/O a/O visé/O Damas/LOC");
    assertAt(place(r, "Damas"), "SYR", 33.51, 36.29);
  }

  @Test
  void theCityOutranksItsOblastWhenTheNameIsRepeated() {
    PlaceResolution r = resolve(Language.FR,
        "Une/O frappe/O sur/O Kharkiv/LOC ,/O deuxième/O ville/O d'/O Ukraine/LOC",
        "Le/O maire/O de/O Kharkiv/LOC a/O parlé/O");
    assertEquals("exact", r.places().get(0).precision());
    assertAt(r.places().get(0), "UKR", 49.98, 36.25);
  }

  @Test
  void aRegionNounGivesTheRegionNotItsCapital() {
    PlaceResolution r = resolve(Language.EN,
        "Drones/O attacked/O the/O Kharkiv/LOCATION region/O");
    assertEquals("admin1", place(r, "Kharkiv").precision());
    assertEquals(Optional.of("UKR"), place(r, "Kharkiv").country());
  }

  @Test
  void nagornoKarabakhIsARegionOfAzerbaijan() {
    PlaceResolution r = resolve(Language.FR,
        "Les/O combats/O continuent/O au/O Haut-Karabakh/LOC");
    Place karabakh = place(r, "Haut-Karabakh");
    assertEquals(Optional.of("AZE"), karabakh.country());
    assertEquals("region", karabakh.precision());
  }

  @Test
  void everyPlaceKeepsTheSpanOfItsMention() {
    AnnotatedText text = Texts.of(Language.FR, "Des/O frappes/O sur/O Ganja/LOC");
    PlaceResolution r = resolver.resolve(text, recognizer.recognize(text));
    Place ganja = r.places().get(0);
    assertTrue(ganja.mention().isPresent());
    assertEquals("Ganja", ganja.mention().get().of(text.text()));
  }

  @Test
  void theCityOfAPressBriefingIsTheWorldCityNotATownOfACountryTheStoryNames() {
    PlaceResolution r = resolve(Language.FR,
        "La/O Russie/I-LOC ,/O la/O France/I-LOC et/O les/O États-Unis/I-LOC coprésident/O",
        "Le/O CICR/O a/O parlé/O/VERB/0/root lors/O d'/O une/O conférence/O/NOUN/4/obl à/O"
            + " Genève/I-LOC/PROPN/8/nmod");
    assertAt(place(r, "Genève"), "CHE", 46.20, 6.15);
  }
}
