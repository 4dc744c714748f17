package org.casus.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.casus.model.Breakdown;
import org.casus.model.Claimant;
import org.casus.model.ClaimantKind;
import org.casus.model.Count;
import org.casus.model.DateRange;
import org.casus.model.Document;
import org.casus.model.DocumentResult;
import org.casus.model.Fact;
import org.casus.model.Place;
import org.casus.model.Stance;

/**
 * The store: one DuckDB file by default, or a PostgreSQL database for a shared server, with the same
 * schema (see {@link SchemaMigrations}). A document is stored with its facts, claims, places and
 * casualty breakdowns in one transaction, keyed by the hash of its content, so a run killed at any
 * point loses at most the document in flight and storing a document again changes nothing.
 */
public final class FactStore implements AutoCloseable {
  private final Connection connection;
  private final String location;

  private FactStore(Connection connection, String location) {
    this.connection = connection;
    this.location = location;
  }

  /**
   * Opens (creating and migrating it when needed) the store at a location: a DuckDB file path, or a
   * {@code postgresql://user:password@host:port/database} URL (or a {@code jdbc:} URL).
   */
  public static FactStore open(String location) throws SQLException {
    Connection c;
    if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
      URI uri = URI.create(location);
      Properties props = new Properties();
      if (uri.getRawUserInfo() != null) {
        String[] userPass = uri.getRawUserInfo().split(":", 2);
        props.setProperty("user", URLDecoder.decode(userPass[0], StandardCharsets.UTF_8));
        if (userPass.length > 1) {
          props.setProperty("password", URLDecoder.decode(userPass[1], StandardCharsets.UTF_8));
        }
      }
      String url = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
          + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      c = DriverManager.getConnection(url, props);
    } else if (location.startsWith("jdbc:")) {
      c = DriverManager.getConnection(location);
    } else {
      c = DriverManager.getConnection("jdbc:duckdb:" + Path.of(location).toAbsolutePath());
    }
    SchemaMigrations.apply(c);
    return new FactStore(c, location);
  }

  public String location() {
    return location;
  }

  public int schemaVersion() throws SQLException {
    return SchemaMigrations.version(connection);
  }

  /** The JDBC connection, for queries and exports over the store's tables. */
  Connection connection() {
    return connection;
  }

  public boolean contains(String contentHash) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM documents WHERE content_hash = ?")) {
      ps.setString(1, contentHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Stores a document and what the pipeline made of it, in one transaction.
   *
   * @return false when a document of the same content was already there (nothing is written)
   */
  public boolean save(Document document, DocumentResult result) throws SQLException {
    String hash = ContentHash.of(document.content());
    String outlet = outletOf(document);
    List<StoredFact> facts = new ArrayList<>();
    if (result instanceof DocumentResult.Extracted x) {
      List<Fact> fs = x.facts();
      for (int i = 0; i < fs.size(); i++) {
        facts.add(StoredFact.of(new FactKey(hash, i), document.id(), outlet, document.published(), fs.get(i)));
      }
    }
    connection.setAutoCommit(false);
    try {
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO documents (content_hash, id, source, url, outlet, published, lang, status, stage, error,"
              + " fact_count, ingested_at) VALUES (?, ?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING")) {
        ps.setString(1, hash);
        ps.setString(2, document.id());
        ps.setString(3, document.source());
        setString(ps, 4, document.url());
        ps.setString(5, outlet);
        setString(ps, 6, document.published().map(LocalDate::toString));
        if (result instanceof DocumentResult.Extracted x) {
          ps.setString(7, x.annotated().language().code());
          ps.setString(8, "extracted");
          ps.setNull(9, Types.VARCHAR);
          ps.setNull(10, Types.VARCHAR);
        } else {
          DocumentResult.Failed f = (DocumentResult.Failed) result;
          ps.setNull(7, Types.VARCHAR);
          ps.setString(8, "failed");
          ps.setString(9, f.stage());
          ps.setString(10, f.error());
        }
        ps.setInt(11, facts.size());
        ps.setTimestamp(12, Timestamp.from(Instant.now()));
        if (ps.executeUpdate() == 0) {
          connection.rollback();
          return false;
        }
      }
      insertFacts(facts);
      connection.commit();
      return true;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Who published a document: its URL's host, else the document itself. */
  static String outletOf(Document d) {
    return d.url().flatMap(u -> {
      try {
        return Optional.ofNullable(URI.create(u.strip()).getHost()).map(h -> h.startsWith("www.") ? h.substring(4) : h);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }).orElse(d.id());
  }

  private void insertFacts(List<StoredFact> facts) throws SQLException {
    try (PreparedStatement f = connection.prepareStatement(
            "INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS DATE),"
                + " CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement c = connection.prepareStatement("INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement p = connection.prepareStatement("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement b = connection.prepareStatement(BreakdownTable.INSERT)) {
      for (StoredFact s : facts) {
        var node = org.casus.contract.ContractJson.mapper().readTree(s.json());
        int i = 1;
        f.setString(i++, s.key().contentHash());
        f.setInt(i++, s.key().index());
        f.setString(i++, s.type());
        setString(f, i++, s.eventType());
        setString(f, i++, s.outcome());
        setInt(f, i++, s.count().min());
        setInt(f, i++, s.count().max());
        setString(f, i++, s.type().equals("casualties") ? s.subject() : Optional.empty());
        setString(f, i++, text(node, "victim_side"));
        setString(f, i++, text(node, "perpetrator_side"));
        setString(f, i++, s.type().equals("materiel") ? s.subject() : Optional.empty());
        setString(f, i++, text(node, "system"));
        setString(f, i++, text(node, "owner_side"));
        setString(f, i++, s.type().equals("damage") ? s.subject() : Optional.empty());
        if (s.isEvent()) {
          f.setBoolean(i++, s.civilianTargeting());
        } else {
          f.setNull(i++, Types.BOOLEAN);
        }
        setString(f, i++, text(node, "actor1_side"));
        setString(f, i++, text(node, "actor2_side"));
        setString(f, i++, s.date().map(d -> d.start().toString()));
        setString(f, i++, s.date().map(d -> d.end().toString()));
        setString(f, i++, s.date().map(DateRange::precision));
        f.setBoolean(i++, s.dateStated());
        f.setInt(i++, s.sentenceStart());
        f.setInt(i++, node.path("evidence").path("sentence").path("end").asInt(s.sentenceStart()));
        f.setString(i++, s.evidenceText());
        f.setDouble(i++, s.confidence());
        f.setString(i, s.json());
        f.addBatch();
        int ord = 0;
        claim(c, s, ord++, "claimant", s.claimant(), s.stance().code(), text(node.path("claim"), "verb"));
        for (Claimant d : s.deniers()) {
          claim(c, s, ord++, "denier", d, Stance.DENIED.code(), Optional.empty());
        }
        for (int k = 0; k < s.places().size(); k++) {
          Place pl = s.places().get(k);
          p.setString(1, s.key().contentHash());
          p.setInt(2, s.key().index());
          p.setInt(3, k);
          p.setString(4, pl.name());
          setString(p, 5, pl.country());
          setString(p, 6, pl.admin1());
          setDouble(p, 7, pl.lat());
          setDouble(p, 8, pl.lon());
          p.setString(9, pl.precision());
          p.addBatch();
        }
        BreakdownTable.add(b, s.key(), s.breakdown());
      }
      f.executeBatch();
      c.executeBatch();
      p.executeBatch();
      b.executeBatch();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("fact JSON does not parse", e);
    }
  }

  private static void claim(PreparedStatement c, StoredFact s, int ord, String role, Claimant who, String stance,
      Optional<String> verb) throws SQLException {
    c.setString(1, s.key().contentHash());
    c.setInt(2, s.key().index());
    c.setInt(3, ord);
    c.setString(4, role);
    c.setString(5, who.name());
    c.setString(6, who.kind().code());
    setString(c, 7, who.side());
    c.setString(8, stance);
    setString(c, 9, verb);
    c.addBatch();
  }

  /** Every stored fact, in document and text order. */
  public List<StoredFact> facts() throws SQLException {
    Map<FactKey, List<Place>> places = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT content_hash, fact_idx, name, country, admin1, lat, lon, precision"
            + " FROM places ORDER BY content_hash, fact_idx, ord")) {
      while (rs.next()) {
        places.computeIfAbsent(new FactKey(rs.getString(1), rs.getInt(2)), k -> new ArrayList<>())
            .add(new Place(rs.getString(3), opt(rs, 4), optDouble(rs, 6), optDouble(rs, 7), rs.getString(8),
                opt(rs, 5), Optional.empty()));
      }
    }
    Map<FactKey, Claimant> claimants = new HashMap<>();
    Map<FactKey, Stance> stances = new HashMap<>();
    Map<FactKey, List<Claimant>> deniers = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT content_hash, fact_idx, role, claimant_name, claimant_kind,"
            + " claimant_side, stance FROM claims ORDER BY content_hash, fact_idx, ord")) {
      while (rs.next()) {
        FactKey k = new FactKey(rs.getString(1), rs.getInt(2));
        Claimant who = new Claimant(rs.getString(4), ClaimantKind.fromCode(rs.getString(5)), opt(rs, 6));
        if (rs.getString(3).equals("claimant")) {
          claimants.put(k, who);
          stances.put(k, Stance.valueOf(rs.getString(7).toUpperCase(java.util.Locale.ROOT)));
        } else {
          deniers.computeIfAbsent(k, x -> new ArrayList<>()).add(who);
        }
      }
    }
    Map<FactKey, List<Breakdown>> breakdowns = BreakdownTable.read(connection);
    List<StoredFact> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT f.content_hash, f.idx, d.id, d.outlet, CAST(d.published AS VARCHAR),"
            + " f.type, f.event_type, f.outcome, f.count_min, f.count_max, COALESCE(f.victims, f.category, f.object),"
            + " COALESCE(f.actor1_side, f.perpetrator_side), COALESCE(f.actor2_side, f.victim_side),"
            + " f.civilian_targeting, CAST(f.date_start AS VARCHAR), CAST(f.date_end AS VARCHAR), f.date_precision,"
            + " f.date_stated, f.sentence_start, f.evidence_text, f.confidence, f.json"
            + " FROM facts f JOIN documents d ON d.content_hash = f.content_hash ORDER BY f.content_hash, f.idx")) {
      while (rs.next()) {
        FactKey k = new FactKey(rs.getString(1), rs.getInt(2));
        Optional<String> end = opt(rs, 16);
        Optional<String> precision = opt(rs, 17);
        Optional<DateRange> date = opt(rs, 15).map(st -> new DateRange(LocalDate.parse(st),
            LocalDate.parse(end.orElse(st)), precision.orElse("day"), Optional.empty()));
        out.add(new StoredFact(k, rs.getString(3), rs.getString(4), opt(rs, 5).map(LocalDate::parse),
            rs.getString(6), opt(rs, 7), opt(rs, 8), new Count(optInt(rs, 9), optInt(rs, 10)), opt(rs, 11),
            opt(rs, 12), opt(rs, 13), rs.getBoolean(14), date, rs.getBoolean(18), places.getOrDefault(k, List.of()),
            claimants.getOrDefault(k, Claimant.article()), stances.getOrDefault(k, Stance.ASSERTED),
            deniers.getOrDefault(k, List.of()), breakdowns.getOrDefault(k, List.of()), rs.getInt(19), rs.getString(20), rs.getDouble(21), rs.getString(22)));
      }
    }
    return out;
  }

  /** How many documents the store holds, by status. */
  public Map<String, Integer> documentCounts() throws SQLException {
    Map<String, Integer> out = new java.util.TreeMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM documents GROUP BY status")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getInt(2));
      }
    }
    return out;
  }

  /** Replaces the incidents with those linked from the facts now stored, in one transaction. */
  public void replaceIncidents(List<Incident> incidents) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement();
        PreparedStatement inc = connection.prepareStatement("INSERT INTO incidents VALUES (?, ?, CAST(? AS DATE),"
            + " CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement rep = connection.prepareStatement("INSERT INTO incident_reports VALUES (?, ?, ?, ?, ?)");
        PreparedStatement fig = connection.prepareStatement("INSERT INTO incident_figures VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.execute("DELETE FROM incident_figures");
      s.execute("DELETE FROM incident_reports");
      s.execute("DELETE FROM incidents");
      for (Incident i : incidents) {
        inc.setString(1, i.id());
        inc.setString(2, i.eventType());
        setString(inc, 3, i.start().map(LocalDate::toString));
        setString(inc, 4, i.end().map(LocalDate::toString));
        setString(inc, 5, i.place().map(Place::name));
        setString(inc, 6, i.place().flatMap(Place::country));
        setDouble(inc, 7, i.place().flatMap(Place::lat));
        setDouble(inc, 8, i.place().flatMap(Place::lon));
        inc.setString(9, i.status().code());
        inc.setString(10, i.statusReason());
        inc.setInt(11, i.sources());
        inc.setInt(12, i.reports().size());
        setString(inc, 13, i.place().map(Place::precision));
        inc.addBatch();
        for (LinkedFact l : i.reports()) {
          rep.setString(1, i.id());
          rep.setString(2, l.fact().key().contentHash());
          rep.setInt(3, l.fact().key().index());
          rep.setString(4, l.source());
          rep.setString(5, l.reason());
          rep.addBatch();
        }
        for (FigureEstimate e : i.figures()) {
          fig.setString(1, i.id());
          fig.setString(2, e.factType());
          fig.setString(3, e.outcome());
          setInt(fig, 4, e.low());
          setInt(fig, 5, e.best());
          setInt(fig, 6, e.high());
          setString(fig, 7, e.bestFrom());
          fig.setInt(8, e.claims());
          fig.addBatch();
        }
      }
      inc.executeBatch();
      rep.executeBatch();
      fig.executeBatch();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Links the stored facts into incidents again and stores them; returns how many there are. */
  public int relink(IncidentLinker linker) throws SQLException {
    List<Incident> incidents = linker.link(facts());
    replaceIncidents(incidents);
    return incidents.size();
  }

  /** An incident as last linked, read back from the store. */
  public Optional<Incident> incident(String id) throws SQLException {
    Incident header;
    try (PreparedStatement ps = connection.prepareStatement("SELECT event_type, CAST(date_start AS VARCHAR),"
        + " CAST(date_end AS VARCHAR), place_name, country, lat, lon, status, status_reason, source_count,"
        + " place_precision"
        + " FROM incidents WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Optional<String> name = opt(rs, 4);
        Optional<Place> place = name.isEmpty() ? Optional.empty() : Optional.of(new Place(name.get(), opt(rs, 5),
            optDouble(rs, 6), optDouble(rs, 7), opt(rs, 11).orElse("country"), Optional.empty(), Optional.empty()));
        header = new Incident(id, rs.getString(1), opt(rs, 2).map(LocalDate::parse), opt(rs, 3).map(LocalDate::parse),
            place, IncidentStatus.fromCode(rs.getString(8)), rs.getString(9), rs.getInt(10), List.of(), List.of());
      }
    }
    Map<FactKey, StoredFact> byKey = new HashMap<>();
    facts().forEach(f -> byKey.put(f.key(), f));
    List<LinkedFact> reports = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT content_hash, fact_idx, source_key, reason"
        + " FROM incident_reports WHERE incident_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          StoredFact f = byKey.get(new FactKey(rs.getString(1), rs.getInt(2)));
          if (f != null) {
            reports.add(new LinkedFact(f, rs.getString(3), rs.getString(4)));
          }
        }
      }
    }
    reports.sort(java.util.Comparator.comparing((LinkedFact l) -> l.fact().published().orElse(LocalDate.MIN))
        .thenComparing(l -> l.fact().documentId()).thenComparing(l -> l.fact().key().index()));
    List<FigureEstimate> figures = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT fact_type, outcome, low, best, high, best_source,"
        + " claim_count FROM incident_figures WHERE incident_id = ? ORDER BY fact_type, outcome")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          figures.add(new FigureEstimate(rs.getString(1), rs.getString(2), optInt(rs, 3), optInt(rs, 4), optInt(rs, 5),
              opt(rs, 6), rs.getInt(7)));
        }
      }
    }
    return Optional.of(new Incident(id, header.eventType(), header.start(), header.end(), header.place(),
        header.status(), header.statusReason(), header.sources(), reports, figures));
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  // ---- JDBC helpers: Optional in, SQL NULL out, and back

  static void setString(PreparedStatement ps, int i, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      ps.setString(i, v.get());
    } else {
      ps.setNull(i, Types.VARCHAR);
    }
  }

  static void setInt(PreparedStatement ps, int i, OptionalInt v) throws SQLException {
    if (v.isPresent()) {
      ps.setInt(i, v.getAsInt());
    } else {
      ps.setNull(i, Types.INTEGER);
    }
  }

  static void setDouble(PreparedStatement ps, int i, Optional<Double> v) throws SQLException {
    if (v.isPresent()) {
      ps.setDouble(i, v.get());
    } else {
      ps.setNull(i, Types.DOUBLE);
    }
  }

  static Optional<String> opt(ResultSet rs, int i) throws SQLException {
    return Optional.ofNullable(rs.getString(i));
  }

  static OptionalInt optInt(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
  }

  static Optional<Double> optDouble(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }

  private static Optional<String> text(com.fasterxml.jackson.databind.JsonNode n, String field) {
    var v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
