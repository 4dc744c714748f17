package org.casus.store;

import static org.casus.store.StoreFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casus.model.Count;
import org.casus.model.Fact;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a real PostgreSQL, started for the test by scripts/postgres-test.sh from Debian's
 * package: the same schema, the same round trips, the same incidents and query rows as DuckDB.
 * Skipped, saying why, when no PostgreSQL can be started here.
 */
class PostgresParityTest {
  static String url;
  static String clusterDir;
  static String whyNot = "";
  @TempDir Path dir;

  static Path script() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../scripts/postgres-test.sh").normalize();
  }

  @BeforeAll
  static void startPostgres() throws Exception {
    Path script = script();
    if (!Files.isExecutable(script)) {
      whyNot = "no " + script;
      return;
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run(script.toString(), "install");
    List<String> out = run(script.toString(), "start", String.valueOf(port));
    if (out.size() >= 2 && out.get(0).startsWith("postgresql://")) {
      url = out.get(0);
      clusterDir = out.get(1);
    } else {
      whyNot = "scripts/postgres-test.sh could not start PostgreSQL: " + out;
    }
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (clusterDir != null) {
      run(script().toString(), "stop", clusterDir);
    }
  }

  private static List<String> run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return out.lines().toList();
  }

  @Test
  void storesADocumentOnceAndReadsItsFactsBackAsDuckDbDoes() throws Exception {
    assumeTrue(url != null, () -> "PostgreSQL parity skipped: " + whyNot);
    FactStoreTest.storesDocumentsOnceAndReadsTheirFactsBack(url);
  }

  @Test
  void theSameDocumentsGiveTheSameIncidentsAndRowsAsDuckDb() throws Exception {
    assumeTrue(url != null, () -> "PostgreSQL parity skipped: " + whyNot);
    String pg = url.substring(0, url.lastIndexOf('/')) + "/parity";
    createDatabase("parity");
    try (FactStore duck = FactStore.open(dir.resolve("parity.duckdb").toString()); FactStore post = FactStore.open(pg)) {
      for (FactStore s : List.of(duck, post)) {
        var a = document("a", "2020-10-11", "text a");
        var b = document("b", "2020-10-13", "text b");
        s.save(a, extracted(a, List.<Fact>of(strike("a", 0, ARTICLE, GANJA, on("2020-10-11")),
            killed("a", 0, Count.exact(9), ARTICLE, GANJA, on("2020-10-11")).withSubset(children("a", 0, 6)))));
        s.save(b, extracted(b, List.<Fact>of(strike("b", 0, AZE_PROSECUTOR, GANJA, on("2020-10-11")).deniedBy(ARM_MOD),
            killed("b", 0, Count.atLeast(10), AZE_PROSECUTOR, GANJA, published("2020-10-13")),
            clash("b", 90, ARTICLE, STEPANAKERT, on("2020-10-12")))));
        s.relink(new IncidentLinker());
      }
      List<Incident> fromDuck = new IncidentLinker().link(duck.facts());
      assertEquals(fromDuck, new IncidentLinker().link(post.facts()));
      for (Incident i : fromDuck) {
        assertEquals(duck.incident(i.id()), post.incident(i.id()));
      }
      QueryTable d = FactQuery.all().run(duck);
      QueryTable p = FactQuery.all().run(post);
      int timestamp = d.column("timestamp");
      assertEquals(d.rows().size(), p.rows().size());
      for (int r = 0; r < d.rows().size(); r++) {
        for (int c = 0; c < d.columns().size(); c++) {
          if (c != timestamp) {
            assertEquals(d.rows().get(r).get(c), p.rows().get(r).get(c), d.columns().get(c));
          }
        }
        assertEquals(d.rows().get(r).factJson(), p.rows().get(r).factJson());
      }
    }
  }

  private static void createDatabase(String name) throws Exception {
    try (var c = java.sql.DriverManager.getConnection(url.replace("postgresql://casus@", "jdbc:postgresql://"), "casus", "");
        var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    }
  }
}
