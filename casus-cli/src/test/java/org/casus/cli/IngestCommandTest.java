package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.casus.contract.ContractJson;
import org.casus.store.FactStore;
import org.casus.store.FigureEstimate;
import org.casus.store.Incident;
import org.casus.store.IncidentLinker;
import org.casus.store.LinkedFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * casus ingest on real documents with the real pipeline: a run killed with SIGKILL after its first
 * document resumes with nothing lost and nothing duplicated, a second ingest changes nothing, and the
 * Ganja strikes of 11 and 17 October 2020 become the incidents an analyst would code, and the
 * denial of fr-014 makes its incident contested.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestCommandTest {
  private static final List<String> GOLD = List.of("seed-fr", "fr-001", "fr-002", "en-001", "en-002", "fr-014");

  @TempDir static Path dir;
  static Path gold;
  static Path db;

  @BeforeAll
  static void goldSubset() throws Exception {
    Path shared = Path.of(System.getProperty("casus.shared", "../shared")).toAbsolutePath().normalize();
    Path dev = shared.resolve("gold/dev");
    gold = Files.createDirectory(dir.resolve("gold"));
    for (String id : GOLD) {
      ObjectNode g = (ObjectNode) ContractJson.mapper().readTree(Files.readString(dev.resolve(id + ".json")));
      g.put("input", dev.resolve(g.get("input").asText()).normalize().toString());
      Files.writeString(gold.resolve(id + ".json"), g.toString());
    }
    db = dir.resolve("casus.duckdb");
  }

  @Test
  @Order(1)
  void aRunKilledAfterItsFirstDocumentResumesWithNothingLostOrDuplicated() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-Xmx5g", "-cp", System.getProperty("java.class.path"),
        "org.casus.cli.Casus", "ingest", "--quiet", "--db", db.toString(), "--gold", gold.toString())
        .redirectError(dir.resolve("child.err").toFile())
        .start();
    List<String> before = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        before.add(line);
        if (line.startsWith("stored")) {
          break;
        }
      }
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no commit of the document in flight
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    }
    assertFalse(before.isEmpty(), () -> "the child stored nothing: " + read(dir.resolve("child.err")));
    assertEquals(137, child.exitValue(), "killed, not finished");

    List<String> resumed = ingest();

    assertEquals(GOLD.size(), before.stream().filter(l -> l.startsWith("stored")).count()
        + resumed.stream().filter(l -> l.startsWith("stored") || l.startsWith("failed")).count(), resumed::toString);
    assertTrue(resumed.stream().anyMatch(l -> l.startsWith("skipped")), "what the killed run stored is kept");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertEquals(GOLD.size(), count(c, "SELECT COUNT(*) FROM documents"));
      assertEquals(0, count(c, "SELECT COUNT(*) FROM documents d WHERE d.fact_count <> "
          + "(SELECT COUNT(*) FROM facts f WHERE f.content_hash = d.content_hash)"), "every document has all its facts");
    }
  }

  @Test
  @Order(2)
  void ingestingTheSameDocumentsAgainChangesNothing() throws Exception {
    long facts;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      facts = count(c, "SELECT COUNT(*) FROM facts");
    }

    List<String> again = ingest();

    assertEquals(GOLD.size(), again.stream().filter(l -> l.startsWith("skipped")).count(), again::toString);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      assertEquals(GOLD.size(), count(c, "SELECT COUNT(*) FROM documents"));
      assertEquals(facts, count(c, "SELECT COUNT(*) FROM facts"));
    }
  }

  @Test
  @Order(3)
  void theGanjaStrikeOfElevenOctoberIsOneIncidentAndThatOfSeventeenOctoberAnother() throws Exception {
    try (FactStore store = FactStore.open(db.toString())) {
      List<Incident> incidents = new IncidentLinker().link(store.facts());
      Incident eleventh = incidents.stream()
          .filter(i -> killedBy(i).containsAll(Set.of("article-fr", "fr-002")))
          .findFirst().orElseThrow(() -> new AssertionError("no incident joins the seed and fr-002: " + incidents));
      assertEquals("2020-10-11", eleventh.start().orElseThrow().toString());
      FigureEstimate killed = eleventh.figures().stream().filter(f -> f.outcome().equals("killed")).findFirst().orElseThrow();
      assertTrue(killed.claims() >= 2, killed::toString);
      assertEquals(OptionalInt.of(9), killed.low(), killed::toString);
      assertTrue(killed.high().getAsInt() >= 10, killed::toString);
      assertTrue(killed.bestFrom().isPresent());
      assertEquals(Set.of("article-fr", "fr-002"), killedBy(eleventh), "each source's figure is kept");
      assertEquals("shelling_artillery_missile_attack", eleventh.eventType());
      assertFalse(documents(eleventh).contains("fr-001"), "the strike of 17 October is another incident");
      assertTrue(incidents.stream().anyMatch(i -> documents(i).contains("fr-001") && i.reports().size() > 1
          && i.start().orElseThrow().toString().startsWith("2020-10-1")
          && !documents(i).contains("fr-002")), "fr-001's reports form their own incident");

      assertTrue(incidents.stream().filter(i -> documents(i).contains("fr-014"))
          .anyMatch(i -> i.status() == org.casus.store.IncidentStatus.CONTESTED && i.statusReason().contains("denied by")),
          "a party's denial contests the incident");

      ByteArrayOutputStream shown = new ByteArrayOutputStream();
      IncidentCommand.print(store.incident(eleventh.id()).orElseThrow(), new PrintStream(shown, true, StandardCharsets.UTF_8));
      String text = shown.toString(StandardCharsets.UTF_8);
      assertTrue(text.contains("why: linked to"), text);
      assertTrue(text.contains("casualties killed"), text);
    }
  }

  @Test
  @Order(4)
  void queriesExportEveryFormatAndIncidentsPrint() throws Exception {
    for (String ext : List.of("csv", "parquet", "geojson", "jsonl")) {
      assertEquals(0, Casus.run("query", "--db", db.toString(), "--country", "AZE", "-o", dir.resolve("out." + ext).toString()));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      long csv = count(c, "SELECT COUNT(*) FROM read_csv('" + dir.resolve("out.csv") + "', header = true)");
      long parquet = count(c, "SELECT COUNT(*) FROM read_parquet('" + dir.resolve("out.parquet") + "')");
      assertTrue(csv > 0);
      assertEquals(csv, parquet);
      assertEquals(csv, Files.readAllLines(dir.resolve("out.jsonl")).size());
    }
    assertEquals("FeatureCollection",
        ContractJson.mapper().readTree(Files.readString(dir.resolve("out.geojson"))).get("type").asText());
    assertEquals(0, Casus.run("query", "--db", db.toString(), "--status", "contested", "--claimant-kind", "government",
        "--from", "2020-10-01", "--to", "2020-10-31", "--bbox", "44,38,50,42", "-o", dir.resolve("some.csv").toString()));
    String id;
    try (FactStore store = FactStore.open(db.toString())) {
      id = new IncidentLinker().link(store.facts()).get(0).id();
    }
    assertEquals(0, Casus.run("incident", "--db", db.toString(), id));
    assertEquals(Casus.USAGE, Casus.run("incident", "--db", db.toString(), "inc-none"));
  }

  /** The documents whose figures of people killed the incident keeps. */
  private static Set<String> killedBy(Incident i) {
    return i.reports().stream().filter(l -> "killed".equals(l.fact().outcome().orElse("")))
        .map(l -> l.fact().documentId()).collect(Collectors.toSet());
  }

  private static Set<String> documents(Incident i) {
    return i.reports().stream().map(LinkedFact::fact).map(f -> f.documentId()).collect(Collectors.toSet());
  }

  /** Runs casus ingest in this JVM and returns its lines on standard output. */
  private static List<String> ingest() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Casus.run("ingest", "--quiet", "--db", db.toString(), "--gold", gold.toString());
    } finally {
      System.setOut(stdout);
    }
    List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(code == 0 || lines.stream().anyMatch(l -> l.startsWith("failed")), "exit " + code + ": " + lines);
    return lines;
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      return "";
    }
  }
}
