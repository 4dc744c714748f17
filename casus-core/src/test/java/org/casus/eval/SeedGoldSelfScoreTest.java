package org.casus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real gold file of the seed article, scored against itself, must be perfect. */
class SeedGoldSelfScoreTest {
  private static EvalReport report;

  @BeforeAll
  static void scoreSeedGoldAgainstItself() throws Exception {
    Path shared = Path.of(System.getProperty("casus.shared", "../../shared"));
    Path file = shared.resolve("gold/dev/seed-fr.json");
    assumeTrue(Files.isRegularFile(file), "no shared gold at " + file.toAbsolutePath());
    GoldDocument seed = GoldSet.read(file);
    Map<String, List<ObjectNode>> predicted = Map.of(seed.id(), seed.facts());
    report = Scorer.score(List.of(seed), predicted);
  }

  @Test
  void everyTypeHasF1One() {
    report.detection().byType().forEach((type, score) -> {
      assertEquals(1.0, score.f1(), type);
    });
    assertEquals(20, report.overall().truePositives());
  }

  @Test
  void everyFieldIsAlwaysRight() {
    report.fieldAccuracyByType().forEach((field, accuracy) -> assertEquals(1.0, accuracy.accuracy(), field));
    assertEquals(20, report.fieldAccuracy().get("claimant.kind").total());
  }

  @Test
  void eventsAreOnlyConfusedWithThemselves() {
    EventTypeConfusion confusion = report.eventTypeConfusion();
    for (String gold : confusion.types()) {
      for (String predicted : confusion.types()) {
        assertEquals(gold.equals(predicted) ? confusion.count(gold, gold) : 0, confusion.count(gold, predicted));
      }
    }
    assertEquals(2, confusion.count("armed_clash", "armed_clash"));
  }

  @Test
  void thePrinterEndsWithAPerfectScore() {
    List<String> lines = ReportPrinter.render(report).lines().toList();

    assertEquals("overall F1 1.000", lines.get(lines.size() - 1));
  }
}
