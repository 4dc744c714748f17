package org.casus.store;

import static org.casus.store.StoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.casus.model.Casualties;
import org.casus.model.Count;
import org.casus.model.DocumentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactStoreTest {
  @TempDir Path dir;

  /** A store backend; the PostgreSQL parity test runs the same checks against a server. */
  static void storesDocumentsOnceAndReadsTheirFactsBack(String location) throws Exception {
    var doc = document("ganja-a", "2020-10-11", "Le bilan de la frappe sur Gandja est passé à 9 morts.");
    var facts = List.<org.casus.model.Fact>of(
        strike("ganja-a", 0, ARTICLE, GANJA, on("2020-10-11")),
        killed("ganja-a", 0, Count.exact(9), AZE_MOD, GANJA, published("2020-10-11"))
            .withSubset(children("ganja-a", 0, 6)).withSubset(children("ganja-a", 55, 2)),
        strike("ganja-a", 60, ARTICLE, GANJA, on("2020-10-11")).deniedBy(ARM_MOD));
    try (FactStore store = FactStore.open(location)) {
      assertEquals(SchemaMigrations.current(), store.schemaVersion());
      assertTrue(store.save(doc, extracted(doc, facts)));
      assertFalse(store.save(doc, extracted(doc, facts)), "the same content is stored once");
      assertTrue(store.contains(ContentHash.of(doc.content())));

      List<StoredFact> back = store.facts();
      assertEquals(3, back.size());
      StoredFact killed = back.get(1);
      assertEquals("casualties", killed.type());
      assertEquals(OptionalInt.of(9), killed.count().min());
      assertEquals(AZE_MOD, killed.claimant());
      assertEquals(List.of(GANJA.name()), killed.places().stream().map(p -> p.name()).toList());
      assertFalse(killed.dateStated());
      assertTrue(back.get(0).dateStated());
      assertEquals(List.of(ARM_MOD), back.get(2).deniers());
      assertEquals(((Casualties) facts.get(1)).breakdown(), killed.breakdown(),
          "a figure's subsets come back in order, each with its words and its own sentence");
      assertEquals(List.of(), back.get(0).breakdown());
      assertEquals("ganja-a.example", killed.outlet());
      assertEquals(StoredFact.of(killed.key(), "ganja-a", "ganja-a.example", doc.published(), facts.get(1)).json(),
          killed.json(), "the contract JSON is kept as written");
    }
    try (FactStore again = FactStore.open(location)) {
      assertEquals(Map.of("extracted", 1), again.documentCounts(), "reopening migrates nothing and loses nothing");
      assertEquals(3, again.facts().size());
    }
  }

  @Test
  void storesADocumentOnceAndReadsItsFactsBack() throws Exception {
    storesDocumentsOnceAndReadsTheirFactsBack(dir.resolve("casus.duckdb").toString());
  }

  @Test
  void breakdownsInTheJsonOfAStoreFromBeforeTheirTableAreFilledInWhenItIsMigrated() throws Exception {
    String location = dir.resolve("casus.duckdb").toString();
    var doc = document("ganja-a", "2020-10-11", "Neuf civils, dont 6 enfants, ont été tués à Gandja.");
    Casualties killed = killed("ganja-a", 0, Count.exact(9), ARTICLE, GANJA, on("2020-10-11"))
        .withSubset(children("ganja-a", 0, 6));
    try (FactStore store = FactStore.open(location); Statement s = store.connection().createStatement()) {
      store.save(doc, extracted(doc, List.of(killed)));
      s.execute("DROP TABLE breakdowns");
      s.execute("DELETE FROM schema_migrations WHERE version = 3");
    }
    try (FactStore store = FactStore.open(location)) {
      assertEquals(SchemaMigrations.current(), store.schemaVersion());
      assertEquals(killed.breakdown(), store.facts().get(0).breakdown(),
          "filled from the contract JSON, the subset is in its figure's sentence");
    }
  }

  @Test
  void aFailedDocumentIsStoredWithItsStageSoItIsNotRetriedForever() throws Exception {
    var doc = document("bad", "2020-10-11", "???");
    try (FactStore store = FactStore.open(dir.resolve("casus.duckdb").toString())) {
      assertTrue(store.save(doc, new DocumentResult.Failed("bad", "bad.txt", "lang", "unsupported_language: xx")));
      assertEquals(Map.of("failed", 1), store.documentCounts());
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT stage, error FROM documents")) {
        rs.next();
        assertEquals("lang", rs.getString(1));
      }
    }
  }

  @Test
  void linkedIncidentsAreStoredWithTheirReasonsAndReadBack() throws Exception {
    var a = document("a", "2020-10-11", "text a");
    var b = document("b", "2020-10-13", "text b");
    try (FactStore store = FactStore.open(dir.resolve("casus.duckdb").toString())) {
      store.save(a, extracted(a, List.of(strike("a", 0, ARTICLE, GANJA, on("2020-10-11")),
          killed("a", 0, Count.exact(9), ARTICLE, GANJA, on("2020-10-11")))));
      store.save(b, extracted(b, List.of(strike("b", 0, AZE_PROSECUTOR, GANJA, on("2020-10-11")),
          killed("b", 0, Count.atLeast(10), AZE_PROSECUTOR, GANJA, on("2020-10-11")))));

      assertEquals(1, store.relink(new IncidentLinker()));
      assertEquals(1, store.relink(new IncidentLinker()), "relinking replaces, never adds");

      String id = new IncidentLinker().link(store.facts()).get(0).id();
      Incident i = store.incident(id).orElseThrow();
      assertEquals(4, i.reports().size());
      assertEquals("a", i.reports().get(0).fact().documentId());
      assertEquals("first report", i.reports().get(0).reason());
      FigureEstimate killed = i.figures().get(0);
      assertEquals(OptionalInt.of(9), killed.low());
      assertEquals(OptionalInt.of(10), killed.high());
      assertEquals("Ganja", i.place().orElseThrow().name());
    }
  }
}
