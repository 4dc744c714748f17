package org.casus.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Brings a store's schema to the current version by applying, in order and each in its own
 * transaction, the migrations it has not yet applied. The SQL is written once for DuckDB and
 * PostgreSQL alike.
 */
final class SchemaMigrations {
  /** In order; a released migration is never edited, a change is a new one. */
  static final List<String> MIGRATIONS = List.of("V1__documents_and_facts.sql", "V2__incidents.sql",
      "V3__breakdowns.sql");

  /** What a script cannot do in SQL written once for both databases: filling its table from stored JSON. */
  private static final Map<String, Step> THEN = Map.of("V3__breakdowns.sql", BreakdownTable::fillFromStoredJson);

  /** A migration's step in Java, run after its script in the same transaction. */
  @FunctionalInterface
  private interface Step {
    void run(Connection c) throws SQLException;
  }

  private SchemaMigrations() {}

  /** The schema version after {@link #apply}. */
  static int current() {
    return MIGRATIONS.size();
  }

  static void apply(Connection c) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
            + " applied_at TIMESTAMP NOT NULL)");
      }
      c.commit();
      int applied = version(c);
      for (int v = applied + 1; v <= MIGRATIONS.size(); v++) {
        String name = MIGRATIONS.get(v - 1);
        try (Statement s = c.createStatement()) {
          for (String sql : statements(read(name))) {
            s.execute(sql);
          }
        }
        if (THEN.containsKey(name)) {
          THEN.get(name).run(c);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_migrations VALUES (?, ?, ?)")) {
          ps.setInt(1, v);
          ps.setString(2, name);
          ps.setTimestamp(3, Timestamp.from(Instant.now()));
          ps.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String read(String name) {
    try (InputStream in = SchemaMigrations.class.getResourceAsStream("migrations/" + name)) {
      if (in == null) {
        throw new IllegalStateException("migration missing from the class path: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements of a script: split at semicolons ending a line, comments dropped. */
  static List<String> statements(String script) {
    StringBuilder sb = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        sb.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(sb.toString().split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
