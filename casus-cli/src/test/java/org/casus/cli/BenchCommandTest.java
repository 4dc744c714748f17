package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench runs and reports; how fast is its output, never an assertion here. */
class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void runsACycledCorpusAndReportsThroughputStagesAndBothReferences() throws Exception {
    Path article = dir.resolve("ganja.txt");
    Files.writeString(article, "La frappe de missiles a fait au moins 12 morts et 40 blessés dimanche à Gandja.\n"
        + "La ville compte plus de 300 000 habitants.\n");
    Path report = dir.resolve("bench.json");

    int code = Casus.run("bench", "--docs", "3", "--warmup", "1", "--threads", "2", "--lang", "fr",
        "--published", "2020-10-11", "--json", report.toString(), article.toString());

    assertEquals(0, code);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals(3, json.get("documents").asInt(), "the one-document corpus is cycled to three");
    assertEquals(2, json.get("sentences").asInt() / 3);
    assertEquals(3, json.get("sentences_fully_annotated").asInt(), "the fact sentence, not the other");
    assertTrue(json.get("documents_per_second").asDouble() > 0);
    // Sampled every 10 ms, a run of three short documents may end before the first sample: the
    // sampled shares are reported as an object, whole when the sampler caught anything.
    JsonNode sampled = json.get("stage_shares");
    assertTrue(sampled.isObject());
    double sampledSum = 0;
    for (JsonNode share : sampled) {
      sampledSum += share.asDouble();
    }
    assertTrue(sampled.isEmpty() || Math.abs(sampledSum - 1.0) < 1e-9, sampled.toString());
    JsonNode timed = json.get("stage_shares_timed");
    assertTrue(timed.get("nlp").asDouble() > 0 && timed.get("extract").asDouble() > 0, timed.toString());
    double sum = 0;
    for (JsonNode share : timed) {
      sum += share.asDouble();
    }
    assertEquals(1.0, sum, 1e-9, "the timed stages are the whole of the pipeline's time");
    assertEquals(1.0 - timed.get("nlp").asDouble(), json.get("extraction_share").asDouble(), 1e-9);
    assertTrue(json.get("floor").get("ratio").asDouble() > 0);
    assertTrue(json.get("naive").get("ratio").asDouble() > 0);
    assertTrue(json.get("every_sentence").get("ratio").asDouble() > 0);
    assertTrue(json.get("load_seconds").asDouble() > 0);
  }
}
