package org.casus.eval;

import static org.casus.eval.FactJson.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FactSummaryTest {

  @Test
  void aCasualtyReadsOutcomeCountAndVictims() {
    assertEquals("casualties killed 10..? civilians",
        FactSummary.of(fact("{type:'casualties', outcome:'killed', count:{min:10, max:null}, victims:'civilians'}")));
  }

  @Test
  void anExactCountIsOneNumberAndAVagueOneAQuestionMark() {
    assertEquals("3", FactSummary.count(fact("{min:3, max:3}")));
    assertEquals("?", FactSummary.count(fact("{min:null, max:null}")));
  }

  @Test
  void sidesPlacesDatesAndClaimantKindFollow() {
    assertEquals(
        "casualties injured 35 civilians of AZE by ARM @Ganja 2020-10-11 [unattributed]",
        FactSummary.of(fact("{type:'casualties', outcome:'injured', count:{min:35, max:35}, victims:'civilians',"
            + " victim_side:'AZE', perpetrator_side:'ARM', place:{name:'Ganja', country:'AZE'},"
            + " date:{start:'2020-10-11', end:'2020-10-11'}, claimant:{name:'article', kind:'unattributed'}}")));
  }

  @Test
  void anEventReadsItsTypeActorsAndEveryPlace() {
    String summary = FactSummary.of(fact("{type:'event', event_type:'shelling_artillery_missile_attack',"
        + " actor1_side:'ARM', actor2_side:'AZE', place:[{name:'Aghdam', country:'AZE'}, {name:'Tartar', country:'AZE'}],"
        + " date:{start:'2020-10-12', end:'2020-10-13'}}"));

    assertTrue(summary.startsWith("event shelling_artillery_missile_attack ARM vs AZE @Aghdam,Tartar 2020-10-12..2020-10-13"),
        summary);
  }
}
