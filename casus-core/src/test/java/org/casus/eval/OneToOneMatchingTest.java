package org.casus.eval;

import static org.casus.eval.FactJson.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneToOneMatchingTest {

  private static final String TEN_KILLED =
      "{type:'casualties', outcome:'killed', count:{min:10, max:10}, victims:'civilians'}";

  @Test
  void aPipelineFactMatchesOnlyOneOfTwoIdenticalGoldFacts() {
    Matching matching = FactMatcher.match(facts(TEN_KILLED, TEN_KILLED), facts(TEN_KILLED));

    assertEquals(1, matching.pairs().size());
    assertEquals(1, matching.unmatchedGold().size());
    assertEquals(0, matching.unmatchedPredicted().size());
  }

  @Test
  void aGoldFactMatchesOnlyOneOfTwoIdenticalPipelineFacts() {
    Matching matching = FactMatcher.match(facts(TEN_KILLED), facts(TEN_KILLED, TEN_KILLED));

    assertEquals(1, matching.pairs().size());
    assertEquals(0, matching.unmatchedGold().size());
    assertEquals(1, matching.unmatchedPredicted().size());
  }

  @Test
  void amongCandidatesTheOneAgreeingOnMoreFieldsIsChosen() {
    List<ObjectNode> gold = facts(
        "{type:'casualties', outcome:'killed', count:{min:10, max:10}, victims:'civilians', victim_side:'AZE'}",
        "{type:'casualties', outcome:'killed', count:{min:10, max:10}, victims:'military', victim_side:'ARM'}");
    List<ObjectNode> predicted = facts(
        "{type:'casualties', outcome:'killed', count:{min:10, max:10}, victims:'military', victim_side:'ARM'}",
        "{type:'casualties', outcome:'killed', count:{min:10, max:10}, victims:'civilians', victim_side:'AZE'}");

    Matching matching = FactMatcher.match(gold, predicted);

    assertSame(predicted.get(1), matching.pairs().get(0).predicted());
    assertSame(predicted.get(0), matching.pairs().get(1).predicted());
  }

  @Test
  void moreMatchesComeBeforeBetterAgreement() {
    // The Tartar prediction agrees best with the second gold event, but pairing them would leave
    // the first gold event without a partner; both gold events can be matched the other way.
    List<ObjectNode> gold = facts(
        "{type:'event', event_type:'armed_clash', place:{name:'Tartar', country:'AZE', lat:40.342, lon:46.932}}",
        "{type:'event', event_type:'armed_clash', actor1_side:'ARM', place:["
            + "{name:'Tartar', country:'AZE', lat:40.342, lon:46.932},"
            + "{name:'Ganja', country:'AZE', lat:40.683, lon:46.361}]}");
    List<ObjectNode> predicted = facts(
        "{type:'event', event_type:'armed_clash', actor1_side:'ARM', place:{name:'Tartar', country:'AZE', lat:40.342, lon:46.932}}",
        "{type:'event', event_type:'armed_clash', place:{name:'Ganja', country:'AZE', lat:40.683, lon:46.361}}");

    Matching matching = FactMatcher.match(gold, predicted);

    assertEquals(2, matching.pairs().size());
    assertSame(predicted.get(0), matching.pairs().get(0).predicted());
    assertSame(predicted.get(1), matching.pairs().get(1).predicted());
  }

  @Test
  void unmatchedFactsKeepTheirOrder() {
    List<ObjectNode> gold = facts(
        "{type:'damage', object:'houses', count:{min:1, max:1}}",
        "{type:'damage', object:'houses', count:{min:2, max:2}}",
        "{type:'damage', object:'houses', count:{min:3, max:3}}");
    List<ObjectNode> predicted = facts("{type:'damage', object:'houses', count:{min:2, max:2}}");

    Matching matching = FactMatcher.match(gold, predicted);

    assertEquals(List.of(gold.get(0), gold.get(2)), matching.unmatchedGold());
  }

  @Test
  void theSameInputGivesTheSamePairs() {
    List<ObjectNode> gold = facts(TEN_KILLED, TEN_KILLED, TEN_KILLED);
    List<ObjectNode> predicted = facts(TEN_KILLED, TEN_KILLED);

    Matching first = FactMatcher.match(gold, predicted);
    Matching second = FactMatcher.match(gold, predicted);

    for (int i = 0; i < first.pairs().size(); i++) {
      assertSame(first.pairs().get(i).gold(), second.pairs().get(i).gold());
      assertSame(first.pairs().get(i).predicted(), second.pairs().get(i).predicted());
    }
  }
}
