package org.casus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real gold files, scored against themselves, must be perfect: the scorer agrees with its data. */
class GoldSelfScoreTest {
  private static Path devGold;
  private static EvalReport seedReport;

  @BeforeAll
  static void scoreSeedGoldAgainstItself() throws Exception {
    Path shared = Path.of(System.getProperty("casus.shared", "../../shared"));
    devGold = shared.resolve("gold/dev");
    Path seedFile = devGold.resolve("seed-fr.json");
    assumeTrue(Files.isRegularFile(seedFile), "no shared gold at " + seedFile.toAbsolutePath());
    GoldDocument seed = GoldSet.read(seedFile);
    seedReport = Scorer.score(List.of(seed), Map.of(seed.id(), seed.facts()));
  }

  @Test
  void everyTypeOfTheSeedHasF1One() {
    seedReport.detection().byType().forEach((type, score) -> assertEquals(1.0, score.f1(), type));
    assertEquals(20, seedReport.overall().truePositives());
  }

  @Test
  void everyFieldOfTheSeedIsAlwaysRight() {
    seedReport.fieldAccuracyByType().forEach((field, accuracy) -> assertEquals(1.0, accuracy.accuracy(), field));
    assertEquals(20, seedReport.fieldAccuracy().get("claimant.kind").total());
  }

  @Test
  void seedEventsAreOnlyConfusedWithThemselves() {
    EventTypeConfusion confusion = seedReport.eventTypeConfusion();
    for (String gold : confusion.types()) {
      for (String predicted : confusion.types()) {
        if (!gold.equals(predicted)) {
          assertEquals(0, confusion.count(gold, predicted), gold + " -> " + predicted);
        }
      }
    }
    assertEquals(2, confusion.count("armed_clash", "armed_clash"));
  }

  @Test
  void thePrinterEndsWithAPerfectScore() {
    List<String> lines = ReportPrinter.render(seedReport).lines().toList();

    assertEquals("overall F1 1.000", lines.get(lines.size() - 1));
  }

  @Test
  void everyDevGoldFileInReverseFactOrderIsPerfectToo() throws Exception {
    List<GoldDocument> gold = GoldSet.load(devGold);
    Map<String, List<ObjectNode>> reversed = new HashMap<>();
    for (GoldDocument document : gold) {
      List<ObjectNode> facts = new ArrayList<>(document.facts());
      Collections.reverse(facts);
      reversed.put(document.id(), facts);
    }

    EvalReport report = Scorer.score(gold, reversed);

    assertEquals(1.0, report.overall().f1());
    report.fieldAccuracy().forEach((field, accuracy) -> assertEquals(1.0, accuracy.accuracy(), field));
  }
}
