package org.casus.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casus.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceRecognizerTest {
  private PlaceRecognizer recognizer;

  @BeforeAll
  void loadOnce() {
    recognizer = PlaceRecognizer.withAllLexicons(GazetteerIndex.load());
  }

  private List<String> names(Language lang, String... sentences) {
    return recognizer.recognize(Texts.of(lang, sentences)).stream().map(PlaceMention::name).toList();
  }

  @Test
  void takesTheLocationsTheTaggerFound() {
    assertEquals(List.of("Stepanakert"),
        names(Language.EN, "Shelling/O hit/O Stepanakert/CITY overnight/O"));
  }

  @Test
  void keepsAPlaceTheTaggerCalledAPersonWhenALocativePrecedesIt() {
    assertEquals(List.of("Ganja"),
        names(Language.FR, "Des/O missiles/O sont/O tombés/O à/O Ganja/PER"));
  }

  @Test
  void keepsAPlaceTheTaggerMissedInACoordinatedListAfterALocative() {
    List<PlaceMention> mentions = recognizer.recognize(Texts.of(Language.FR,
        "Les/O bombardements/O visent/O les/O provinces/O d'/O Aghjabadi/O ,/O Aghdam/LOC ,/O"
            + " Tartar/PER et/O Goranboy/O"));
    assertEquals(List.of("Aghjabadi", "Aghdam", "Tartar", "Goranboy"),
        mentions.stream().map(PlaceMention::name).toList());
    assertTrue(mentions.stream().allMatch(m -> m.scope().equals(Optional.of(PlaceScope.ADMIN1))),
        "the plural 'provinces' covers every member of the list");
  }

  @Test
  void stripsAnElisionTheTokenizerLeftOnTheName() {
    assertEquals(List.of("Agdam"),
        names(Language.FR, "Un/O drone/O abattu/O en/O direction/O d'Agdam/O"));
  }

  @Test
  void readsTheEnglishRegionNounAfterTheName() {
    List<PlaceMention> mentions = recognizer.recognize(Texts.of(Language.EN,
        "Drones/O attacked/O the/O Belgorod/LOCATION region/O"));
    assertEquals(Optional.of(PlaceScope.ADMIN1), mentions.get(0).scope());
  }

  @Test
  void findsMultiWordNamesWrittenInLowerCase() {
    assertEquals(List.of("bande de Gaza"),
        names(Language.FR, "Des/O frappes/O dans/O la/O bande/O de/O Gaza/O"));
  }

  @Test
  void leavesCapitalisedCommonWordsAlone() {
    assertEquals(List.of(),
        names(Language.FR, "Selon/O/ADP le/O/DET ministère/O/NOUN ,/O/PUNCT Bien/O/ADV que/O/SCONJ"));
  }

  @Test
  void leavesASmallPlaceNamedBareWithoutLocativeContextAlone() {
    // Hadrut (2,500 inhabitants) is a place, but a bare capitalised word of that size could be anything.
    assertEquals(List.of(), names(Language.EN, "Hadrut/PERSON/PROPN said/O/VERB nothing/O/PRON"));
  }

  @Test
  void doesNotCutAPlaceNameOutOfAPersonsName() {
    assertEquals(List.of(),
        names(Language.EN, "Paris/PERSON/PROPN Hilton/PERSON/PROPN arrived/O/VERB in/O/ADP style/O/NOUN"));
  }

  @Test
  void takesALargeCityNamedBareEvenWhenTheTaggerMissedIt() {
    assertEquals(List.of("Kharkiv"),
        names(Language.EN, "Kharkiv/O/PROPN was/O/AUX shelled/O/VERB again/O/ADV"));
  }

  @Test
  void readsTheIobLabelsOfTheFrenchTagger() {
    assertEquals(List.of("Boulkessi", "Mali"), names(Language.FR,
        "Deux/O morts/O à/O Boulkessi/I-LOC ,/O au/O Mali/I-LOC"));
  }

  @Test
  void weekdaysMonthsAndArmedGroupsAreNeverPlaces() {
    assertEquals(List.of(), names(Language.EN,
        "On/O Thursday/O in/O June/O ,/O Hamas/ORGANIZATION fighters/O attacked/O"));
    assertEquals(List.of(), names(Language.FR, "Jeudi/O ,/O le/O Hamas/I-LOC a/O tiré/O"));
  }

  @Test
  void anAcronymOrAPlaceNounTheTaggerCalledALocationIsNoUnknownPlace() {
    assertEquals(List.of(), names(Language.FR,
        "Les/O soldats/O des/O FAMa/I-LOC déployés/O au/O nom/O de/O l'/O État/I-LOC"));
  }

  @Test
  void aNameTaggedAPersonInTheHeadlineIsTheLocationTheBodyTags() {
    assertEquals(List.of("Kharkiv", "Kharkiv"), names(Language.FR,
        "Des/O immeubles/O de/O Kharkiv/I-PER touchés/O",
        "Une/O frappe/O sur/O Kharkiv/I-LOC"));
  }

  @Test
  void aFrontNamedByItsTwoSidesGivesTwoPlaces() {
    assertEquals(List.of("Artsakh", "Azerbaïdjan"), names(Language.FR,
        "Les/O combats/O Artsakh-Azerbaïdjan/I-LOC continuent/O"));
  }

  @Test
  void aNameQualifyingAThingIsNoPlace() {
    assertEquals(List.of(), names(Language.EN,
        "They/O fired/O Katyusha/O/PROPN/4/compound rockets/O/NOUN/2/obj"));
  }
}
