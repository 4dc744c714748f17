package org.casus.clean.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  private static final double EPSILON = 1e-9;

  @Test
  void tokensAreRunsOfUnicodeWordCharacters() {
    assertEquals(List.of("L", "armée", "a", "tiré", "3", "obus", "snake_case", "Київ"),
        ShingleScore.tokens("L'armée a tiré 3 obus — snake_case, «Київ»!"));
  }

  @Test
  void identicalTextsScorePerfectly() {
    ShingleScore score = ShingleScore.of("one two three four five", "one two three four five");

    assertEquals(1.0, score.truePositives(), EPSILON);
    assertEquals(OptionalDouble.of(1.0), score.precision());
    assertEquals(OptionalDouble.of(1.0), score.recall());
  }

  @Test
  void punctuationAndLayoutDoNotMatter() {
    ShingleScore score = ShingleScore.of("one, two. three\nfour", "one two three four");

    assertEquals(1.0, score.f1(), EPSILON);
  }

  @Test
  void extraTextCountsAsFalsePositivesNormalisedBySum() {
    // truth: shingles "a b c d", "b c d e"; prediction adds "c d e f", "d e f g".
    ShingleScore score = ShingleScore.of("a b c d e", "a b c d e f g");

    assertEquals(0.5, score.truePositives(), EPSILON);
    assertEquals(0.5, score.falsePositives(), EPSILON);
    assertEquals(0.0, score.falseNegatives(), EPSILON);
    assertEquals(0.5, score.precision().getAsDouble(), EPSILON);
    assertEquals(1.0, score.recall().getAsDouble(), EPSILON);
  }

  @Test
  void repeatedShinglesCountWithMultiplicity() {
    ShingleScore score = ShingleScore.of("x y z w", "x y z w x y z w");

    // prediction: "x y z w" twice, "y z w x", "z w x y", "w x y z"; truth: "x y z w" once.
    assertEquals(1.0 / 5, score.truePositives(), EPSILON);
    assertEquals(4.0 / 5, score.falsePositives(), EPSILON);
  }

  @Test
  void textShorterThanAShingleIsOneShingle() {
    assertEquals(1.0, ShingleScore.of("two words", "two words").f1(), EPSILON);
    assertEquals(0.0, ShingleScore.of("two words", "two other").truePositives(), EPSILON);
  }

  @Test
  void emptyPredictionHasNoPrecisionAndZeroRecall() {
    ShingleScore score = ShingleScore.of("a b c d", "");

    assertTrue(score.precision().isEmpty());
    assertEquals(0.0, score.recall().getAsDouble(), EPSILON);
  }

  @Test
  void benchmarkMeansArePerPageThenHarmonic() {
    PeerBenchmark.Result result = PeerBenchmark.summarise(List.of(
        new PeerBenchmark.PageResult("perfect", "", ShingleScore.of("a b c d e", "a b c d e")),
        new PeerBenchmark.PageResult("half", "", ShingleScore.of("a b c d e", "a b c d e f g")),
        new PeerBenchmark.PageResult("missed", "", ShingleScore.of("a b c d e", ""))));

    assertEquals((1.0 + 0.5) / 2, result.precision(), EPSILON);
    assertEquals((1.0 + 1.0 + 0.0) / 3, result.recall(), EPSILON);
    double p = 0.75;
    double r = 2.0 / 3;
    assertEquals(2 * p * r / (p + r), result.f1(), EPSILON);
    assertEquals("missed", result.worst(1).get(0).key());
  }
}
