package org.casus.eval;

import static org.casus.eval.FactJson.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PlaceProximityTest {

  private static JsonNode place(String json) {
    return fact(json);
  }

  @Test
  void measuresGreatCircleDistance() {
    // Paris to London, about 343.5 km.
    assertEquals(343.5, PlaceProximity.kilometresBetween(48.8566, 2.3522, 51.5074, -0.1278), 1.0);
  }

  @Test
  void placesWithin25KilometresAreTheSamePlace() {
    // 0.2245 degrees of latitude is about 24.96 km.
    assertTrue(PlaceProximity.shareAPlace(
        place("{country:'AZE', lat:40.0, lon:47.0}"), place("{country:'AZE', lat:40.2245, lon:47.0}")));
  }

  @Test
  void placesJustBeyond25KilometresAreDifferentPlaces() {
    // 0.2255 degrees of latitude is about 25.07 km.
    assertFalse(PlaceProximity.shareAPlace(
        place("{country:'AZE', lat:40.0, lon:47.0}"), place("{country:'AZE', lat:40.2255, lon:47.0}")));
  }

  @Test
  void placesInDifferentCountriesAreDifferentEvenWhenClose() {
    assertFalse(PlaceProximity.shareAPlace(
        place("{country:'AZE', lat:40.0, lon:47.0}"), place("{country:'ARM', lat:40.0, lon:47.0}")));
  }

  @Test
  void aPlaceWithoutCoordinatesIsComparedByCountryAlone() {
    assertTrue(PlaceProximity.shareAPlace(
        place("{name:'Nagorno-Karabakh', country:'AZE'}"), place("{name:'Ganja', country:'AZE', lat:40.68, lon:46.36}")));
  }

  @Test
  void aPlaceWithoutCountrySharesNothing() {
    assertFalse(PlaceProximity.shareAPlace(place("{name:'Ganja'}"), place("{name:'Ganja'}")));
  }

  @Test
  void oneSharedPlaceOfTwoListsIsEnough() {
    JsonNode gold = fact("{p:[{name:'Aghjabadi', country:'AZE', lat:40.05015, lon:47.45937},"
        + " {name:'Tartar', country:'AZE', lat:40.34201, lon:46.93161}]}").get("p");
    JsonNode predicted = fact("{p:[{name:'Moscow', country:'RUS', lat:55.75, lon:37.62},"
        + " {name:'Tartar', country:'AZE', lat:40.34, lon:46.93}]}").get("p");

    assertTrue(PlaceProximity.shareAPlace(gold, predicted));
  }

  @Test
  void anAbsentPlaceSharesNothing() {
    assertFalse(PlaceProximity.shareAPlace(place("{country:'AZE'}"), null));
  }
}
