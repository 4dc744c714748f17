package org.casus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.Block;
import org.casus.model.Casualties;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Count;
import org.casus.model.Document;
import org.casus.model.DocumentResult;
import org.casus.model.Fact;
import org.casus.model.Victims;
import org.casus.testing.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model article through the whole pipeline. */
class SeedArticleTest {
  private static String text;
  private static DocumentResult.Extracted result;

  @BeforeAll
  static void run() throws IOException {
    Optional<Path> shared = SharedNlp.shared();
    assumeTrue(shared.isPresent(), "shared folder with the seed article not found");
    text = Files.readString(shared.get().resolve("seed/article-fr.txt"));
    Document d = Document.text("article-fr", "seed", text, Optional.of(LocalDate.of(2020, 10, 13)));
    DocumentResult r = SharedNlp.pipeline().process(d, Optional.empty());
    assertTrue(r instanceof DocumentResult.Extracted, () -> r.toString());
    result = (DocumentResult.Extracted) r;
  }

  private static boolean has(CasualtyOutcome outcome, Count count, Victims victims) {
    return result.facts().stream().anyMatch(f -> f instanceof Casualties c
        && c.outcome() == outcome && c.count().equals(count) && c.victims() == victims);
  }

  @Test
  void isReadAsFrench() {
    assertEquals("fr", result.annotated().language().code());
  }

  @Test
  void prosecutorFiguresOfCivilians() {
    assertTrue(has(CasualtyOutcome.KILLED, Count.exact(42), Victims.CIVILIANS));
    assertTrue(has(CasualtyOutcome.INJURED, Count.exact(206), Victims.CIVILIANS));
  }

  @Test
  void ganjaFigures() {
    assertTrue(has(CasualtyOutcome.KILLED, Count.atLeast(10), Victims.CIVILIANS));
    assertTrue(has(CasualtyOutcome.INJURED, Count.exact(35), Victims.CIVILIANS));
  }

  @Test
  void everyEvidenceIsTheTextAtItsOffsets() {
    for (Fact f : result.facts()) {
      assertEquals(f.evidence().text(), f.evidence().words().of(text));
      assertTrue(f.evidence().sentence().contains(f.evidence().words()));
    }
  }

  @Test
  void boilerplateYieldsNoFact() {
    List<Block> furniture = result.annotated().clean().boilerplate();
    assertFalse(furniture.isEmpty());
    for (Fact f : result.facts()) {
      for (Block b : furniture) {
        assertFalse(b.span().overlaps(f.evidence().words()), () -> "fact in boilerplate: " + f);
      }
    }
  }

  @Test
  void numbersThatAreNoLossesYieldNoFigure() {
    for (Fact f : result.facts()) {
      if (f instanceof org.casus.model.Event) {
        continue; // an event's words may hold its date; only figures must not come from such numbers
      }
      String ev = f.evidence().text();
      for (String notALoss : List.of("20%", "1991", "1992", "1994", "trois décennies", "Quatre résolutions", "27 septembre", "10 octobre")) {
        assertFalse(ev.contains(notALoss), () -> "not a loss: " + ev);
      }
    }
  }
}
