package org.casus.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.casus.model.Breakdown;
import org.casus.model.Casualties;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Count;
import org.casus.model.Evidence;
import org.casus.model.Provenance;
import org.casus.model.Span;
import org.casus.model.Victims;
import org.junit.jupiter.api.Test;

/** The breakdown of a casualty figure in the contract: present with its subsets, absent without. */
class CasualtyBreakdownJsonTest {
  private static final String TEXT = "Le bombardement a fait 25 morts, dont 8 enfants.";

  private static Casualties total() {
    Evidence e = new Evidence("doc", new Span(0, TEXT.length()), new Span(23, 31), "25 morts");
    return new Casualties(CasualtyOutcome.KILLED, Count.exact(25), Victims.CIVILIANS, Optional.empty(),
        Optional.empty(), Provenance.of(e, 0.9));
  }

  @Test
  void subsetsAreWrittenOnTheirTotal() {
    Evidence words = new Evidence("doc", new Span(0, TEXT.length()), new Span(38, 47), "8 enfants");
    ObjectNode json = ContractJson.fact(total().withSubset(new Breakdown(Count.exact(8), Victims.CIVILIANS, "enfants", words)));
    JsonNode part = json.path("breakdown").get(0);
    assertEquals(8, part.path("count").path("min").asInt());
    assertEquals(8, part.path("count").path("max").asInt());
    assertEquals("civilians", part.path("victims").asText());
    assertEquals("enfants", part.path("descriptor").asText());
    assertEquals(38, part.path("evidence").path("start").asInt());
    assertEquals("8 enfants", part.path("evidence").path("text").asText());
  }

  @Test
  void aFigureWithoutSubsetsHasNoBreakdown() {
    assertFalse(ContractJson.fact(total()).has("breakdown"));
  }

  @Test
  void newSidesKeepTheBreakdown() {
    Evidence words = new Evidence("doc", new Span(0, TEXT.length()), new Span(38, 47), "8 enfants");
    Casualties c = total().withSubset(new Breakdown(Count.exact(8), Victims.CIVILIANS, "enfants", words))
        .withSides(Optional.of("PSE"), Optional.of("ISR"));
    assertEquals(1, c.breakdown().size());
  }
}
