package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.casus.contract.ContractJson;
import org.casus.model.Breakdown;
import org.casus.model.Count;
import org.casus.model.Evidence;
import org.casus.model.Span;
import org.casus.model.Victims;
import org.casus.store.IncidentLinker;
import org.junit.jupiter.api.Test;

class BreakdownTextTest {
  private static Breakdown subset(Count count, String descriptor) {
    return new Breakdown(count, Victims.CIVILIANS, descriptor, new Evidence("doc", new Span(0, 40), new Span(20, 29), descriptor));
  }

  @Test
  void aTotalShowsItsSubsetsInBrackets() {
    var parts = BreakdownText.of(List.of(subset(Count.exact(5), "children"), subset(Count.exact(2), "women")));
    assertEquals("14 (incl. 5 children, 2 women)", BreakdownText.withTotal("14", parts, Count::toString));
  }

  @Test
  void aTotalWithoutSubsetsIsLeftAsItIs() {
    assertEquals("14", BreakdownText.withTotal("14", BreakdownText.of(List.<Breakdown>of()), Count::toString));
    assertEquals("", BreakdownText.included(List.of(), Count::toString));
  }

  @Test
  void boundsAreWrittenTheWayTheCallerWritesCountsAndAVagueSubsetKeepsItsWordAlone() {
    var parts = BreakdownText.of(List.of(subset(Count.atLeast(3), "enfants"), subset(Count.vague(), "femmes")));
    assertEquals("incl. at least 3 enfants, femmes", BreakdownText.included(parts, IncidentLinker::describe));
    assertEquals(">=3 enfants, femmes", BreakdownText.list(parts, Count::toString));
  }

  @Test
  void theContractsJsonReadsBackAsTheSameSubsets() {
    List<Breakdown> parts = List.of(subset(Count.exact(4), "enfants"), subset(Count.atLeast(2), "femmes"));
    assertEquals(BreakdownText.of(parts), BreakdownText.of(ContractJson.breakdown(parts)));
    assertEquals(List.of(), BreakdownText.of((com.fasterxml.jackson.databind.JsonNode) null));
  }
}
