package org.casus.eval;

import static org.casus.eval.FactJson.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldScorerTest {

  private static Map<String, Double> credits(String gold, String predicted) {
    Map<String, Double> credits = new LinkedHashMap<>();
    for (FieldOutcome outcome : FieldScorer.score(fact(gold), fact(predicted))) {
      credits.put(outcome.field(), outcome.credit());
    }
    return credits;
  }

  @Test
  void aSideIsRightOnlyWhenEqual() {
    Map<String, Double> credits = credits(
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, victim_side:'AZE', perpetrator_side:'ARM'}",
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, victim_side:'AZE', perpetrator_side:'AZE'}");

    assertEquals(Map.of("victim_side", 1.0, "perpetrator_side", 0.0), credits);
  }

  @Test
  void aFieldAbsentFromThePredictionIsWrong() {
    Map<String, Double> credits = credits(
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, victims:'civilians'}",
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}}");

    assertEquals(Map.of("victims", 0.0), credits);
  }

  @Test
  void onlyFieldsPresentInTheGoldFactAreScored() {
    Map<String, Double> credits = credits(
        "{type:'event', event_type:'armed_clash', place:{country:'AZE'}}",
        "{type:'event', event_type:'armed_clash', place:{country:'AZE'}, actor1_side:'ARM', civilian_targeting:true}");

    assertEquals(Map.of(), credits);
  }

  @Test
  void matchingKeysCountEvidenceAndNotesAreNotScored() {
    List<FieldOutcome> outcomes = FieldScorer.score(
        fact("{type:'materiel', outcome:'destroyed', category:'mlrs', count:{min:3, max:3},"
            + " evidence:'trois Grad', note:'a note', system:'BM-21 Grad'}"),
        fact("{type:'materiel', outcome:'destroyed', category:'mlrs', count:{min:3, max:3},"
            + " evidence:{text:'trois Grad', start:0, end:10}, system:'BM-21 Grad', confidence:0.8}"));

    assertEquals(List.of("outcome", "system"), outcomes.stream().map(FieldOutcome::field).toList());
  }

  @Test
  void theSystemIsScoredAsAnExactString() {
    assertEquals(Map.of("system", 0.0), credits(
        "{type:'materiel', category:'mlrs', count:{min:3, max:3}, system:'BM-21 Grad'}",
        "{type:'materiel', category:'mlrs', count:{min:3, max:3}, system:'Grad'}"));
  }

  @Test
  void aBooleanIsScoredExactly() {
    assertEquals(Map.of("civilian_targeting", 0.0), credits(
        "{type:'event', event_type:'attack', place:{country:'NGA'}, civilian_targeting:true}",
        "{type:'event', event_type:'attack', place:{country:'NGA'}, civilian_targeting:false}"));
  }

  @Test
  void theClaimantIsScoredByKindSideAndNameWords() {
    Map<String, Double> credits = credits(
        "{type:'damage', object:'houses', count:{min:1, max:1},"
            + " claimant:{name:'Azerbaijani Ministry of Defence', kind:'military', side:'AZE'}}",
        "{type:'damage', object:'houses', count:{min:1, max:1},"
            + " claimant:{name:'Ministry of Defence', kind:'government', side:'AZE'}}");

    assertEquals(0.0, credits.get("claimant.kind"));
    assertEquals(1.0, credits.get("claimant.side"));
    assertEquals(2.0 / 3, credits.get("claimant.name"), 1e-9);
  }

  @Test
  void aClaimantSideAbsentFromGoldAndPredictionIsRight() {
    Map<String, Double> credits = credits(
        "{type:'damage', object:'houses', count:{min:1, max:1}, claimant:{name:'article', kind:'unattributed'}}",
        "{type:'damage', object:'houses', count:{min:1, max:1}, claimant:{name:'article', kind:'unattributed'}}");

    assertEquals(Map.of("claimant.kind", 1.0, "claimant.side", 1.0, "claimant.name", 1.0), credits);
  }

  @Test
  void aClaimantSideThatGoldDoesNotHaveIsWrong() {
    Map<String, Double> credits = credits(
        "{type:'damage', object:'houses', count:{min:1, max:1}, claimant:{name:'article', kind:'unattributed'}}",
        "{type:'damage', object:'houses', count:{min:1, max:1}, claimant:{name:'article', kind:'unattributed', side:'AZE'}}");

    assertEquals(0.0, credits.get("claimant.side"));
  }

  @Test
  void aMissingClaimantGetsNoCreditForItsKindOrName() {
    Map<String, Double> credits = credits(
        "{type:'damage', object:'houses', count:{min:1, max:1}, claimant:{name:'UN OCHA', kind:'international_org'}}",
        "{type:'damage', object:'houses', count:{min:1, max:1}}");

    assertEquals(Map.of("claimant.kind", 0.0, "claimant.side", 1.0, "claimant.name", 0.0), credits);
  }

  @Test
  void aDenialIsScoredLikeAClaimant() {
    Map<String, Double> credits = credits(
        "{type:'event', event_type:'air_drone_strike', place:{country:'ARM'},"
            + " denied_by:{name:'Azerbaijani army', kind:'military', side:'AZE'}}",
        "{type:'event', event_type:'air_drone_strike', place:{country:'ARM'},"
            + " denied_by:{name:'army of Azerbaijan', kind:'military', side:'AZE'}}");

    assertEquals(Map.of("denied_by.kind", 1.0, "denied_by.side", 1.0, "denied_by.name", 0.5), credits);
  }

  @Test
  void overlappingPeriodsAreTheRightDate() {
    assertEquals(Map.of("date", 1.0), credits(
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, date:{start:'2020-10-16', end:'2020-10-17'}}",
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, date:{start:'2020-10-17', end:'2020-10-17'}}"));
  }

  @Test
  void disjointPeriodsAreTheWrongDate() {
    assertEquals(Map.of("date", 0.0), credits(
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, date:{start:'2020-10-16', end:'2020-10-17'}}",
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, date:{start:'2020-10-18', end:'2020-10-18'}}"));
  }

  @Test
  void thePlaceOfANonEventIsRightWithinTheDistance() {
    assertEquals(Map.of("place", 1.0), credits(
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, place:{name:'Ganja', country:'AZE', lat:40.68278, lon:46.36056}}",
        "{type:'casualties', outcome:'killed', count:{min:1, max:1}, place:[{name:'Ganja', country:'AZE', lat:40.68, lon:46.36}]}"));
  }

  @Test
  void aCountryOnlyGoldPlaceIsRightForAnyPlaceInThatCountry() {
    assertEquals(Map.of("place", 1.0), credits(
        "{type:'damage', object:'houses', count:{min:1, max:1}, place:{name:'Azerbaijan', country:'AZE'}}",
        "{type:'damage', object:'houses', count:{min:1, max:1}, place:{name:'Ganja', country:'AZE', lat:40.68, lon:46.36}}"));
  }
}
