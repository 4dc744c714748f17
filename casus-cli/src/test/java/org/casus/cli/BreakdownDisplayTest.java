package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casus.store.FactStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A casualty figure's demographic subsets ("12 morts, dont 4 enfants"; "14 people, including five
 * children") reach every view a person reads: the extract table, the query table and the incident.
 */
class BreakdownDisplayTest {
  @TempDir static Path dir;
  static Path french;
  static Path english;
  static Path db;

  @BeforeAll
  static void articles() throws Exception {
    french = dir.resolve("frappe-fr.txt");
    Files.writeString(french, "Le bombardement de la ville a fait 12 morts, dont 4 enfants, samedi, selon les secours.\n");
    english = dir.resolve("strike-en.txt");
    Files.writeString(english, "The air strike on the market killed 14 people, including five children, on Saturday, rescuers said.\n");
    db = dir.resolve("casus.duckdb");
    assertEquals(0, Casus.run("ingest", "--quiet", "--db", db.toString(), "--published", "2024-03-11",
        french.toString(), english.toString()));
  }

  @Test
  void theExtractTableShowsTheSubsetsBesideTheTotal() throws Exception {
    Path out = dir.resolve("extract.txt");
    assertEquals(0, Casus.run("extract", "--quiet", "--format", "table", "--published", "2024-03-11",
        "-o", out.toString(), french.toString(), english.toString()));
    String table = Files.readString(out);
    assertTrue(table.contains("12 (incl. 4 enfants)"), table);
    assertTrue(table.contains("14 (incl. 5 children)"), table);
  }

  @Test
  void theQueryTableHasABreakdownColumn() throws Exception {
    Path out = dir.resolve("query.txt");
    assertEquals(0, Casus.run("query", "--db", db.toString(), "--type", "casualties", "--format", "table",
        "-o", out.toString()));
    List<String> lines = Files.readAllLines(out);
    List<String> header = Arrays.asList(lines.get(0).split("\t"));
    int min = header.indexOf("count_min");
    int breakdown = header.indexOf("breakdown");
    assertTrue(breakdown >= 0, lines.get(0));
    Set<String> shown = new LinkedHashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      shown.add(cells[min] + " " + cells[breakdown]);
    }
    assertTrue(shown.contains("12 4 enfants"), shown::toString);
    assertTrue(shown.contains("14 5 children"), shown::toString);
  }

  @Test
  void eachClaimOfAnIncidentShowsItsSubsets() throws Exception {
    Set<String> incidents = incidentIds();
    assertTrue(!incidents.isEmpty(), "the figures belong to incidents");
    StringBuilder text = new StringBuilder();
    try (FactStore store = FactStore.open(db.toString())) {
      for (String id : incidents) {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        IncidentCommand.print(store.incident(id).orElseThrow(), new PrintStream(shown, true, StandardCharsets.UTF_8));
        text.append(shown.toString(StandardCharsets.UTF_8));
      }
    }
    assertTrue(text.toString().matches("(?s).*casualties killed 12 \\w+ \\(incl\\. 4 enfants\\).*"), text::toString);
    assertTrue(text.toString().matches("(?s).*casualties killed 14 \\w+ \\(incl\\. 5 children\\).*"), text::toString);
  }

  /** The incidents of the stored casualty figures, as casus query lists them. */
  private static Set<String> incidentIds() throws Exception {
    Path out = dir.resolve("incidents.txt");
    assertEquals(0, Casus.run("query", "--db", db.toString(), "--type", "casualties", "-o", out.toString(),
        "--format", "table"));
    Set<String> ids = new LinkedHashSet<>();
    Files.readAllLines(out).stream().skip(1).map(l -> l.split("\t", -1)[0]).filter(s -> !s.isEmpty()).forEach(ids::add);
    return ids;
  }
}
