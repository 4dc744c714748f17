package org.casus.eval;

import static org.casus.eval.FactJson.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportPrinterTest {

  private static final EvalReport REPORT = Scorer.score(
      List.of(
          new GoldDocument("fr-1", "fr", LocalDate.of(2020, 10, 13), Path.of("fr-1.txt"), facts(
              "{type:'casualties', outcome:'killed', count:{min:10, max:null}, victims:'civilians', evidence:'au moins 10 morts'}",
              "{type:'casualties', outcome:'injured', count:{min:35, max:35}, victims:'civilians', evidence:'35 autres blessés'}",
              "{type:'event', event_type:'shelling_artillery_missile_attack', place:{name:'Ganja', country:'AZE'}, evidence:'attaque'}")),
          new GoldDocument("en-1", "en", LocalDate.of(2020, 10, 16), Path.of("en-1.txt"), facts(
              "{type:'damage', outcome:'destroyed', object:'houses', count:{min:20, max:null}, evidence:'more than 20 houses'}"))),
      Map.of("fr-1", facts(
          "{type:'casualties', outcome:'injured', count:{min:35, max:35}, victims:'military'}",
          "{type:'event', event_type:'air_drone_strike', place:{name:'Ganja', country:'AZE'}, evidence:{text:'frappe', start:0, end:6}}")));

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  @Test
  void theLastLineIsTheOverallF1() {
    List<String> lines = lines(ReportPrinter.render(REPORT));

    // 1 TP of 2 predicted and 4 gold: P 0.5, R 0.25, F1 1/3.
    assertEquals("overall F1 0.333", lines.get(lines.size() - 1));
  }

  @Test
  void theOverallF1StaysLastWithEveryOptionalSection() {
    List<String> lines = lines(ReportPrinter.render(REPORT, EnumSet.allOf(ReportSection.class)));

    assertEquals("overall F1 0.333", lines.get(lines.size() - 1));
  }

  @Test
  void showsOneRowPerTypeWithGoldPredictedTruePositivesAndScores() {
    String text = ReportPrinter.render(REPORT);

    assertTrue(text.contains("type           gold   pred     TP       P       R      F1"), text);
    assertTrue(lines(text).contains("casualties        2      1      1   1.000   0.500   0.667"), text);
    assertTrue(lines(text).contains("materiel          0      0      0   1.000   1.000   1.000"), text);
  }

  @Test
  void showsOneRowPerLanguage() {
    List<String> lines = lines(ReportPrinter.render(REPORT));

    assertTrue(lines.contains("en                1      0      0   0.000   0.000   0.000"), String.join("\n", lines));
    assertTrue(lines.contains("fr                3      2      1   0.500   0.333   0.400"), String.join("\n", lines));
  }

  @Test
  void showsFieldAccuracyOverallAndPerType() {
    String text = ReportPrinter.render(REPORT);

    assertTrue(text.lines().anyMatch(line -> line.matches("victims\\s+0\\.000 \\(1\\)\\s+0\\.000 \\(1\\)\\s*")), text);
  }

  @Test
  void namesTheMissingDocuments() {
    assertTrue(ReportPrinter.render(REPORT).contains("missing from the predictions (all their facts are FN): en-1"));
  }

  @Test
  void errorsAreListedOnlyWhenAsked() {
    assertFalse(ReportPrinter.render(REPORT).contains("au moins 10 morts"));
    String text = ReportPrinter.render(REPORT, Set.of(ReportSection.ERRORS));

    assertTrue(text.contains("  FN casualties killed 10..? civilians\n     \"au moins 10 morts\"\n"), text);
    assertTrue(text.contains("  FP event air_drone_strike @Ganja\n     \"frappe\"\n"), text);
    assertTrue(text.contains("en-1: missing from the predictions, 1 gold facts not found"), text);
  }

  @Test
  void theEventTypeMatrixIsShownOnlyWhenAsked() {
    assertFalse(ReportPrinter.render(REPORT).contains("rows gold, columns predicted"));
    List<String> lines = lines(ReportPrinter.render(REPORT, Set.of(ReportSection.EVENT_TYPES)));

    assertTrue(lines.contains("  1 air_drone_strike                     .    .    ."), String.join("\n", lines));
    assertTrue(lines.contains("  2 shelling_artillery_missile_attack    1    .    ."), String.join("\n", lines));
  }

  @Test
  void fieldMismatchesAreListedOnlyWhenAsked() {
    assertFalse(ReportPrinter.render(REPORT).contains("field mismatches"));
    String text = ReportPrinter.render(REPORT, Set.of(ReportSection.FIELDS));

    assertTrue(text.contains("field mismatches: 1 matched facts with fields that disagree with gold\n"
        + "fr-1\n"
        + "  casualties injured 35 civilians\n"
        + "     victims gold \"civilians\", predicted \"military\"\n"
        + "     \"35 autres blessés\"\n"), text);
  }
}
