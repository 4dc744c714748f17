package org.casus.clean.html;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Evaluation tier: the extractor on the 181 pages of the peer article-extraction benchmark. */
class PeerBenchmarkTest {
  /** Measured F1 less 0.01 of headroom; raise it when the extractor improves, never lower it. */
  private static final double MIN_F1 = 0.965;

  private static Path peerFolder() {
    String shared = System.getProperty("casus.shared");
    Path base = shared != null && !shared.isBlank() ? Path.of(shared) : Path.of("../../shared");
    return base.resolve("peer").resolve("article-extraction");
  }

  @Test
  void extractorScoresAtLeastTheMeasuredF1OnThePeerSet() {
    Path folder = peerFolder();
    assumeTrue(Files.isRegularFile(folder.resolve("ground-truth.json")),
        "peer benchmark not present at " + folder.toAbsolutePath());

    PeerBenchmark.Result result = new PeerBenchmark(new HtmlArticleExtractor()).score(folder);

    assertTrue(result.f1() >= MIN_F1, String.format(
        "F1 %.3f (P %.3f, R %.3f) fell below %.3f", result.f1(), result.precision(),
        result.recall(), MIN_F1));
  }
}
