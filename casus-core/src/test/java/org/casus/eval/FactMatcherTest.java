package org.casus.eval;

import static org.casus.eval.FactJson.fact;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FactMatcherTest {

  @Test
  void casualtiesMatchOnOutcomeAndCount() {
    assertTrue(FactMatcher.matches(
        fact("{type:'casualties', outcome:'killed', count:{min:42, max:42}, victims:'civilians'}"),
        fact("{type:'casualties', outcome:'killed', count:{min:42, max:42}, victims:'military'}")));
  }

  @Test
  void casualtiesWithAnotherOutcomeDoNotMatch() {
    assertFalse(FactMatcher.matches(
        fact("{type:'casualties', outcome:'killed', count:{min:42, max:42}}"),
        fact("{type:'casualties', outcome:'injured', count:{min:42, max:42}}")));
  }

  @Test
  void casualtiesWithAnotherCountDoNotMatch() {
    assertFalse(FactMatcher.matches(
        fact("{type:'casualties', outcome:'killed', count:{min:42, max:42}}"),
        fact("{type:'casualties', outcome:'killed', count:{min:41, max:41}}")));
  }

  @Test
  void aLowerBoundIsNotAnExactCount() {
    assertFalse(FactMatcher.matches(
        fact("{type:'casualties', outcome:'killed', count:{min:10, max:null}}"),
        fact("{type:'casualties', outcome:'killed', count:{min:10, max:10}}")));
  }

  @Test
  void aLowerBoundMatchesTheSameLowerBound() {
    assertTrue(FactMatcher.matches(
        fact("{type:'casualties', outcome:'killed', count:{min:10, max:null}}"),
        fact("{type:'casualties', outcome:'killed', count:{min:10}}")));
  }

  @Test
  void aVagueCountMatchesOnlyAVagueCount() {
    String vague = "{type:'casualties', outcome:'killed', count:{min:null, max:null}}";
    assertTrue(FactMatcher.matches(fact(vague), fact(vague)));
    assertFalse(FactMatcher.matches(fact(vague),
        fact("{type:'casualties', outcome:'killed', count:{min:1, max:null}}")));
  }

  @Test
  void factsOfDifferentTypesNeverMatch() {
    assertFalse(FactMatcher.matches(
        fact("{type:'materiel', outcome:'destroyed', category:'tank', count:{min:2, max:2}}"),
        fact("{type:'damage', outcome:'destroyed', category:'tank', count:{min:2, max:2}}")));
  }

  @Test
  void materielMatchesOnCategoryAndCountWhateverTheSystem() {
    assertTrue(FactMatcher.matches(
        fact("{type:'materiel', outcome:'destroyed', system:'BM-21 Grad', category:'mlrs', count:{min:3, max:3}}"),
        fact("{type:'materiel', outcome:'destroyed', system:'TOS-1', category:'mlrs', count:{min:3, max:3}}")));
  }

  @Test
  void materielOfAnotherCategoryDoesNotMatch() {
    assertFalse(FactMatcher.matches(
        fact("{type:'materiel', category:'mlrs', count:{min:3, max:3}}"),
        fact("{type:'materiel', category:'artillery', count:{min:3, max:3}}")));
  }

  @Test
  void damageMatchesOnObjectAndCount() {
    assertTrue(FactMatcher.matches(
        fact("{type:'damage', outcome:'destroyed', object:'houses', count:{min:479, max:479}}"),
        fact("{type:'damage', outcome:'damaged', object:'houses', count:{min:479, max:479}}")));
    assertFalse(FactMatcher.matches(
        fact("{type:'damage', object:'houses', count:{min:479, max:479}}"),
        fact("{type:'damage', object:'apartments', count:{min:479, max:479}}")));
  }

  @Test
  void eventsMatchOnTypeAndASharedPlace() {
    assertTrue(FactMatcher.matches(
        fact("{type:'event', event_type:'air_drone_strike', place:{name:'Ganja', country:'AZE', lat:40.68278, lon:46.36056}}"),
        fact("{type:'event', event_type:'air_drone_strike', place:{name:'Gandja', country:'AZE', lat:40.7, lon:46.4}}")));
  }

  @Test
  void eventsOfAnotherTypeAtTheSamePlaceDoNotMatch() {
    assertFalse(FactMatcher.matches(
        fact("{type:'event', event_type:'air_drone_strike', place:{country:'AZE'}}"),
        fact("{type:'event', event_type:'armed_clash', place:{country:'AZE'}}")));
  }

  @Test
  void anEventMatchesThroughOnePlaceOfTheGoldList() {
    String gold = "{type:'event', event_type:'shelling_artillery_missile_attack', place:["
        + "{name:'Aghjabadi', country:'AZE', lat:40.05015, lon:47.45937},"
        + "{name:'Aghdam', country:'AZE', lat:39.99096, lon:46.92736},"
        + "{name:'Tartar', country:'AZE', lat:40.34201, lon:46.93161},"
        + "{name:'Goranboy', country:'AZE', lat:40.61028, lon:46.78972}]}";
    String predicted = "{type:'event', event_type:'shelling_artillery_missile_attack',"
        + " place:{name:'Tartar', country:'AZE', lat:40.342, lon:46.932}}";

    assertTrue(FactMatcher.matches(fact(gold), fact(predicted)));
  }

  @Test
  void eventsMoreThan25KilometresApartDoNotMatch() {
    // Ganja to Goranboy is about 36 km.
    assertFalse(FactMatcher.matches(
        fact("{type:'event', event_type:'armed_clash', place:{country:'AZE', lat:40.68278, lon:46.36056}}"),
        fact("{type:'event', event_type:'armed_clash', place:{country:'AZE', lat:40.61028, lon:46.78972}}")));
  }

  @Test
  void eventsWithoutPlacesMatchOnTheSameDate() {
    assertTrue(FactMatcher.matches(
        fact("{type:'event', event_type:'agreement', date:{start:'2023-11-24', end:'2023-11-24'}}"),
        fact("{type:'event', event_type:'agreement', date:{start:'2023-11-24', end:'2023-11-24'}}")));
  }

  @Test
  void eventsWithoutPlacesOnAnotherDateDoNotMatch() {
    assertFalse(FactMatcher.matches(
        fact("{type:'event', event_type:'agreement', date:{start:'2023-11-24', end:'2023-11-24'}}"),
        fact("{type:'event', event_type:'agreement', date:{start:'2023-11-23', end:'2023-11-24'}}")));
  }

  @Test
  void anEventWithAPlaceDoesNotMatchOneWithoutEvenOnTheSameDate() {
    assertFalse(FactMatcher.matches(
        fact("{type:'event', event_type:'agreement', place:{country:'QAT'}, date:{start:'2023-11-24', end:'2023-11-24'}}"),
        fact("{type:'event', event_type:'agreement', date:{start:'2023-11-24', end:'2023-11-24'}}")));
  }
}
