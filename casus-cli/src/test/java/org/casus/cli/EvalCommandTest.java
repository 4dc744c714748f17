package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** casus eval scores what it can and names what it could not read; it never stops on one document. */
class EvalCommandTest {
  @TempDir Path dir;

  @Test
  void aGoldFileWhoseInputIsMissingIsScoredAsMissedAndNamed() throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("strike.txt"), "La frappe de missiles a fait 12 morts dimanche à Gandja.\n");
    Files.writeString(gold.resolve("strike.json"), goldFile("strike", "strike.txt"));
    Files.writeString(gold.resolve("lost.json"), goldFile("lost", "nowhere/lost.txt"));
    Path report = dir.resolve("report.json");

    int code = Casus.run("eval", gold.toString(), "-o", report.toString());

    assertEquals(Casus.SOME_FAILED, code);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals(2, json.get("overall").get("gold").asInt(), "both documents' gold facts are counted");
    assertEquals(1, json.get("overall").get("tp").asInt(), "the readable document is scored");
    assertEquals("lost", json.get("missing_documents").get(0).asText());
  }

  private static String goldFile(String id, String input) {
    return "{\"id\": \"" + id + "\", \"input\": \"" + input + "\", \"lang\": \"fr\", \"published\": \"2020-10-11\","
        + " \"facts\": [{\"type\": \"casualties\", \"outcome\": \"killed\", \"count\": {\"min\": 12, \"max\": 12},"
        + " \"victims\": \"unknown\", \"claimant\": {\"name\": \"article\", \"kind\": \"unattributed\"},"
        + " \"evidence\": \"12 morts\"}]}";
  }
}
