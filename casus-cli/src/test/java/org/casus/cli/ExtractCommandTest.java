package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path dir;

  @Test
  void writesOneJsonObjectPerDocumentAndAnErrorRecordForABadOne() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Path good = in.resolve("ganja.txt");
    Files.writeString(good, "La frappe de missiles a fait au moins 12 morts et 40 blessés dimanche à Gandja.\n");
    Path empty = in.resolve("empty.txt");
    Files.writeString(empty, "");
    Path binary = in.resolve("image.txt");
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
    Path out = dir.resolve("out.jsonl");

    int code = Casus.run("extract", "--quiet", "--published", "2020-10-11", "-o", out.toString(), in.toString());

    assertEquals(Casus.SOME_FAILED, code);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(3, lines.size(), lines::toString);
    ObjectMapper json = new ObjectMapper();
    JsonNode emptyRecord = json.readTree(lines.get(0));
    assertEquals("ingest", emptyRecord.get("stage").asText());
    assertTrue(emptyRecord.get("error").asText().contains("empty"));
    JsonNode ganja = json.readTree(lines.get(1));
    assertEquals("ganja", ganja.get("id").asText());
    assertEquals("fr", ganja.get("lang").asText());
    assertEquals("2020-10-11", ganja.get("published").asText());
    JsonNode first = null;
    for (JsonNode f : ganja.get("facts")) {
      if (f.get("type").asText().equals("casualties")) {
        first = f;
        break;
      }
    }
    assertTrue(first != null, ganja::toString);
    assertEquals("casualties", first.get("type").asText());
    assertEquals(12, first.get("count").get("min").asInt());
    assertTrue(first.get("count").get("max").isNull());
    assertTrue(first.get("evidence").get("end").asInt() > first.get("evidence").get("start").asInt());
    JsonNode binaryRecord = json.readTree(lines.get(2));
    assertTrue(binaryRecord.get("error").asText().contains("binary"));
  }

  @Test
  void theOutputFileIsNeverReadAsAnInput() throws Exception {
    Path good = dir.resolve("ganja.txt");
    Files.writeString(good, "La frappe a fait 3 morts dimanche.\n");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "stale\n");
    assertEquals(0, Casus.run("extract", "--quiet", "-o", out.toString(), dir.toString()));
    assertEquals(1, Files.readAllLines(out).size());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(Casus.USAGE, Casus.run("extract", "--no-such-option"));
    assertEquals(Casus.USAGE, Casus.run("extract", "--published", "yesterday", "x.txt"));
  }

  @Test
  void helpExitsWithZero() {
    assertEquals(0, Casus.run("extract", "--help"));
    assertEquals(0, Casus.run("--help"));
  }

  @Test
  void aDocumentInAnUnsupportedLanguageIsReported() throws Exception {
    Path german = dir.resolve("de.txt");
    Files.writeString(german, "Bei dem Angriff wurden gestern mindestens zwölf Menschen getötet, teilte die Polizei mit.\n");
    Path out = dir.resolve("out.jsonl");
    int code = Casus.run("extract", "--quiet", "-o", out.toString(), german.toString());
    assertEquals(Casus.SOME_FAILED, code);
    JsonNode record = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
    assertEquals("lang", record.get("stage").asText());
    assertTrue(record.get("error").asText().startsWith("unsupported_language"));
  }
}
