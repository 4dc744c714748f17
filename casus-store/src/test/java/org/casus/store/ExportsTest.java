package org.casus.store;

import static org.casus.store.StoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.contract.ContractJson;
import org.casus.model.Count;
import org.casus.model.DocumentResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
  @TempDir Path dir;
  FactStore store;
  List<DocumentResult> extracted;

  @BeforeEach
  void twoReportsOfOneStrikeAndAClashElsewhere() throws Exception {
    store = FactStore.open(dir.resolve("casus.duckdb").toString());
    var a = document("a", "2020-10-11", "text a, with \"quotes\", commas");
    var b = document("b", "2020-10-13", "text b");
    extracted = List.of(extracted(a, List.of(strike("a", 0, ARTICLE, GANJA, on("2020-10-11")),
            killed("a", 0, Count.exact(9), ARTICLE, GANJA, on("2020-10-11")).withSubset(children("a", 0, 6)))),
        extracted(b, List.of(strike("b", 0, AZE_PROSECUTOR, GANJA, on("2020-10-11")),
            killed("b", 0, Count.atLeast(10), AZE_PROSECUTOR, GANJA, on("2020-10-11")),
            clash("b", 90, ARTICLE, STEPANAKERT, on("2020-10-12")),
            killed("b", 200, Count.exact(3), ARTICLE, ARMENIA, on("2020-10-12")))));
    store.save(a, extracted.get(0));
    store.save(b, extracted.get(1));
    store.relink(new IncidentLinker());
  }

  @org.junit.jupiter.api.AfterEach
  void close() throws Exception {
    store.close();
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void filtersSelectByDateTypeSideClaimantStatusAndBox() throws Exception {
    assertEquals(6, FactQuery.all().run(store).rows().size());
    FactQuery none = FactQuery.all();
    assertEquals(2, new FactQuery(none.from(), none.to(), none.country(), none.box(), none.eventType(), none.actorSide(),
        Optional.of("judiciary"), none.status(), none.factType()).run(store).rows().size());
    assertEquals(2, new FactQuery(Optional.of(LocalDate.parse("2020-10-12")), none.to(), none.country(), none.box(),
        none.eventType(), none.actorSide(), none.claimantKind(), none.status(), none.factType()).run(store).rows().size());
    assertEquals(4, new FactQuery(none.from(), none.to(), none.country(), none.box(),
        Optional.of("shelling_artillery_missile_attack"), none.actorSide(), none.claimantKind(), none.status(),
        none.factType()).run(store).rows().size(), "figures take their incident's type");
    assertEquals(4, new FactQuery(none.from(), none.to(), none.country(),
        Optional.of(FactQuery.BoundingBox.parse("46,40.5,46.5,41")), none.eventType(), none.actorSide(),
        none.claimantKind(), none.status(), none.factType()).run(store).rows().size());
    assertEquals(4, new FactQuery(none.from(), none.to(), none.country(), none.box(), none.eventType(), none.actorSide(),
        none.claimantKind(), Optional.of(IncidentStatus.CORROBORATED), none.factType()).run(store).rows().size());
    assertEquals(3, new FactQuery(none.from(), none.to(), none.country(), none.box(), none.eventType(), none.actorSide(),
        none.claimantKind(), none.status(), Optional.of("casualties")).run(store).rows().size());
    assertEquals(5, new FactQuery(none.from(), none.to(), Optional.of("AZE"), none.box(), none.eventType(),
        Optional.of("ARM"), none.claimantKind(), none.status(), none.factType()).run(store).rows().size());
  }

  @Test
  void duckDbReadsTheCsvAndTheParquetBack() throws Exception {
    QueryTable t = FactQuery.all().run(store);
    Path csv = dir.resolve("facts.csv");
    Path parquet = dir.resolve("facts.parquet");
    Exports.write(t, Exports.Format.csv, csv);
    Exports.write(t, Exports.Format.parquet, parquet);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      String q = "'" + csv + "'";
      assertEquals(6, count(c, "SELECT COUNT(*) FROM read_csv(" + q + ", header = true)"));
      assertEquals(2, count(c, "SELECT COUNT(*) FROM read_csv(" + q + ", header = true) WHERE claimant_kind = 'judiciary'"));
      assertEquals(22, count(c, "SELECT SUM(fatalities) FROM read_csv(" + q + ", header = true)"));
      String p = "'" + parquet + "'";
      assertEquals(6, count(c, "SELECT COUNT(*) FROM read_parquet(" + p + ")"));
      assertEquals(FactQuery.COLUMNS.size(), count(c, "SELECT COUNT(*) FROM (DESCRIBE SELECT * FROM read_parquet(" + p + "))"));
      assertEquals(4, count(c, "SELECT COUNT(*) FROM read_parquet(" + p + ") WHERE sub_event_type = 'Shelling/artillery/missile attack'"));
      assertEquals(1, count(c, "SELECT COUNT(DISTINCT event_id_cnty) FROM read_parquet(" + p + ") WHERE incident_status = 'corroborated'"));
    }
    assertTrue(Files.readString(csv).startsWith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2"));
  }

  @Test
  void theGeoJsonIsAFeatureCollectionOfPointsInLongitudeLatitudeOrder() throws Exception {
    Path out = dir.resolve("facts.geojson");
    Exports.write(FactQuery.all().run(store), Exports.Format.geojson, out);
    JsonNode fc = new ObjectMapper().readTree(Files.readString(out));

    assertEquals("FeatureCollection", fc.get("type").asText());
    assertEquals(5, fc.get("features").size(), "the fact placed only by country name has no point");
    for (JsonNode f : fc.get("features")) {
      assertEquals("Feature", f.get("type").asText());
      assertEquals("Point", f.get("geometry").get("type").asText());
      JsonNode xy = f.get("geometry").get("coordinates");
      assertEquals(2, xy.size());
      assertTrue(xy.get(0).isNumber() && xy.get(1).isNumber());
      assertTrue(Math.abs(xy.get(0).asDouble()) <= 180 && Math.abs(xy.get(1).asDouble()) <= 90);
      assertEquals(f.get("properties").get("longitude").asDouble(), xy.get(0).asDouble());
      assertTrue(f.get("properties").isObject());
    }
  }

  @Test
  void jsonLinesCarryEachFactAsTheContractWritesIt() throws Exception {
    Path out = dir.resolve("facts.jsonl");
    Exports.write(FactQuery.all().run(store), Exports.Format.jsonl, out);
    List<String> lines = Files.readAllLines(out);

    assertEquals(6, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertTrue(first.get("fact").has("evidence"));
    assertTrue(first.has("incident_status"));
  }

  @Test
  void jsonLinesFactsAreWhatExtractPrintsBreakdownsIncluded() throws Exception {
    Path out = dir.resolve("facts.jsonl");
    Exports.write(FactQuery.all().run(store), Exports.Format.jsonl, out);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> printed = new ArrayList<>();
    for (DocumentResult r : extracted) {
      ContractJson.document(r).get("facts").forEach(printed::add);
    }
    List<JsonNode> exported = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      exported.add(json.readTree(line).get("fact"));
    }

    assertEquals(Set.copyOf(printed), Set.copyOf(exported));
    JsonNode nine = exported.stream().filter(f -> f.path("count").path("min").asInt() == 9).findFirst().orElseThrow();
    assertEquals("enfants", nine.get("breakdown").get(0).get("descriptor").asText());
  }

  @Test
  void everyExportKeepsAFiguresBreakdown() throws Exception {
    QueryTable t = FactQuery.all().run(store);
    int column = t.column("breakdown");
    QueryTable.Row nine = t.rows().stream().filter(r -> Integer.valueOf(9).equals(r.get(t.column("count_min"))))
        .findFirst().orElseThrow();
    assertEquals(new ObjectMapper().readTree(nine.factJson()).get("breakdown"), nine.get(column),
        "the column is the contract's breakdown, read from the breakdowns table");
    assertEquals(5, t.rows().stream().filter(r -> r.get(column) == null).count(), "only the figure with a subset");

    Path csv = dir.resolve("facts.csv");
    Path parquet = dir.resolve("facts.parquet");
    Path geojson = dir.resolve("facts.geojson");
    Exports.write(t, Exports.Format.csv, csv);
    Exports.write(t, Exports.Format.parquet, parquet);
    Exports.write(t, Exports.Format.geojson, geojson);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      assertEquals(6, count(c, "SELECT SUM(CAST(json_extract(CAST(breakdown AS JSON), '$[0].count.min') AS INTEGER))"
          + " FROM read_csv('" + csv + "', header = true, all_varchar = true)"));
      assertEquals(6, count(c, "SELECT SUM(breakdown[1].count.min) FROM read_parquet('" + parquet + "')"
          + " WHERE breakdown[1].descriptor = 'enfants' AND breakdown[1].evidence.\"end\" = 19"));
    }
    JsonNode features = new ObjectMapper().readTree(Files.readString(geojson)).get("features");
    long withSubsets = 0;
    for (JsonNode f : features) {
      JsonNode b = f.get("properties").get("breakdown");
      if (b.isArray()) {
        assertEquals(6, b.get(0).get("count").get("max").asInt());
        withSubsets++;
      } else {
        assertTrue(b.isNull());
      }
    }
    assertEquals(1, withSubsets);
  }
}
