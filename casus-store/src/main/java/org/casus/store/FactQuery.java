package org.casus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Breakdown;

/**
 * A selection of stored facts (each fact a row, with its claimant and its incident's status) and the
 * ACLED-style table they make. Every filter is optional; facts match when they pass all given ones.
 *
 * @param country ISO alpha-3 of any place of the fact
 * @param actorSide a side on either end of the fact: actor, perpetrator, victim or owner
 * @param claimantKind government, military, judiciary, international_org, ngo, politician, media, unattributed
 * @param eventType the sub-event type of the fact or of its incident (snake case)
 */
public record FactQuery(
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> country,
    Optional<BoundingBox> box,
    Optional<String> eventType,
    Optional<String> actorSide,
    Optional<String> claimantKind,
    Optional<IncidentStatus> status,
    Optional<String> factType) {

  /** Longitudes and latitudes in degrees, west, south, east, north. */
  public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    /** "minLon,minLat,maxLon,maxLat", the order of GeoJSON's bbox. */
    public static BoundingBox parse(String s) {
      String[] p = s.split(",");
      if (p.length != 4) {
        throw new IllegalArgumentException("a bounding box is minLon,minLat,maxLon,maxLat: " + s);
      }
      return new BoundingBox(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()),
          Double.parseDouble(p[2].strip()), Double.parseDouble(p[3].strip()));
    }
  }

  public static FactQuery all() {
    return new FactQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * ACLED's column names where they apply, then casus's own (claimant, status, figures, provenance,
   * and {@code breakdown}: a casualty figure's demographic subsets as the contract writes them).
   */
  public static final List<String> COLUMNS = List.of(
      "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
      "civilian_targeting", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source",
      "source_url", "notes", "fatalities", "timestamp",
      "fact_type", "outcome", "count_min", "count_max", "victims", "category", "object", "claimant", "claimant_kind",
      "claimant_side", "stance", "incident_status", "document_id", "fact_index", "published", "date_end",
      "breakdown");

  public QueryTable run(FactStore store) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT i.id, CAST(COALESCE(f.date_start, d.published) AS VARCHAR),"
        + " f.date_precision, COALESCE(f.event_type, i.event_type), COALESCE(f.actor1_side, f.perpetrator_side),"
        + " COALESCE(f.actor2_side, f.victim_side, f.owner_side), f.civilian_targeting, p.country, p.admin1, p.name,"
        + " p.lat, p.lon, p.precision, d.source, d.url, f.evidence_text, f.outcome, f.count_min, f.count_max,"
        + " d.ingested_at, f.type, f.victims, f.category, f.object, c.claimant_name, c.claimant_kind,"
        + " c.claimant_side, c.stance, i.status, d.id, f.idx, CAST(d.published AS VARCHAR),"
        + " CAST(f.date_end AS VARCHAR), f.json, f.content_hash"
        + " FROM facts f JOIN documents d ON d.content_hash = f.content_hash"
        + " JOIN claims c ON c.content_hash = f.content_hash AND c.fact_idx = f.idx AND c.role = 'claimant'"
        + " LEFT JOIN places p ON p.content_hash = f.content_hash AND p.fact_idx = f.idx AND p.ord = 0"
        + " LEFT JOIN incident_reports r ON r.content_hash = f.content_hash AND r.fact_idx = f.idx"
        + " LEFT JOIN incidents i ON i.id = r.incident_id WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    from.ifPresent(d -> {
      sql.append(" AND COALESCE(f.date_end, d.published) >= CAST(? AS DATE)");
      params.add(d.toString());
    });
    to.ifPresent(d -> {
      sql.append(" AND COALESCE(f.date_start, d.published) <= CAST(? AS DATE)");
      params.add(d.toString());
    });
    country.ifPresent(c -> {
      sql.append(" AND EXISTS (SELECT 1 FROM places q WHERE q.content_hash = f.content_hash AND q.fact_idx = f.idx"
          + " AND q.country = ?)");
      params.add(c);
    });
    box.ifPresent(b -> {
      sql.append(" AND EXISTS (SELECT 1 FROM places q WHERE q.content_hash = f.content_hash AND q.fact_idx = f.idx"
          + " AND q.lon BETWEEN ? AND ? AND q.lat BETWEEN ? AND ?)");
      params.addAll(List.of(b.minLon(), b.maxLon(), b.minLat(), b.maxLat()));
    });
    eventType.ifPresent(t -> {
      sql.append(" AND COALESCE(f.event_type, i.event_type) = ?");
      params.add(t);
    });
    actorSide.ifPresent(s -> {
      sql.append(" AND (f.actor1_side = ? OR f.actor2_side = ? OR f.perpetrator_side = ? OR f.victim_side = ?"
          + " OR f.owner_side = ?)");
      for (int k = 0; k < 5; k++) {
        params.add(s);
      }
    });
    claimantKind.ifPresent(k -> {
      sql.append(" AND c.claimant_kind = ?");
      params.add(k);
    });
    status.ifPresent(s -> {
      sql.append(" AND i.status = ?");
      params.add(s.code());
    });
    factType.ifPresent(t -> {
      sql.append(" AND f.type = ?");
      params.add(t);
    });
    sql.append(" ORDER BY 2, d.id, f.idx");
    Connection c = store.connection();
    Map<FactKey, List<Breakdown>> breakdowns = BreakdownTable.read(c);
    List<QueryTable.Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int k = 0; k < params.size(); k++) {
        ps.setObject(k + 1, params.get(k));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs, breakdowns.getOrDefault(new FactKey(rs.getString(35), rs.getInt(31)), List.of())));
        }
      }
    }
    return new QueryTable(COLUMNS, rows);
  }

  private static QueryTable.Row row(ResultSet rs, List<Breakdown> breakdown) throws SQLException {
    String date = rs.getString(2);
    String subType = rs.getString(4);
    Optional<AcledEventTypes.SubEvent> sub = Optional.ofNullable(subType).flatMap(AcledEventTypes::of);
    String outcome = rs.getString(17);
    Integer min = (Integer) intOrNull(rs, 18);
    Integer max = (Integer) intOrNull(rs, 19);
    boolean killed = "casualties".equals(rs.getString(21)) && "killed".equals(outcome);
    java.sql.Timestamp ingested = rs.getTimestamp(20);
    Object targeting = rs.getObject(7) == null ? null : (rs.getBoolean(7) ? "Civilian targeting" : "");
    List<Object> cells = java.util.Arrays.asList(
        rs.getString(1), date, date == null ? null : Integer.valueOf(date.substring(0, 4)),
        timePrecision(rs.getString(3)), sub.map(AcledEventTypes.SubEvent::eventType).orElse(null),
        sub.map(AcledEventTypes.SubEvent::label).orElse(null), rs.getString(5), rs.getString(6), targeting,
        rs.getString(8), rs.getString(9), rs.getString(10), doubleOrNull(rs, 11), doubleOrNull(rs, 12),
        geoPrecision(rs.getString(13)), rs.getString(14), rs.getString(15), rs.getString(16),
        killed ? (min != null ? min : max != null ? max : 0) : 0, ingested == null ? null : ingested.getTime() / 1000,
        rs.getString(21), outcome, min, max, rs.getString(22), rs.getString(23), rs.getString(24), rs.getString(25),
        rs.getString(26), rs.getString(27), rs.getString(28), rs.getString(29), rs.getString(30), rs.getInt(31),
        rs.getString(32), rs.getString(33), breakdown.isEmpty() ? null : org.casus.contract.ContractJson.breakdown(breakdown));
    return new QueryTable.Row(cells, rs.getString(34));
  }

  /** ACLED's time precision: 1 a day, 2 a few days or a week, 3 a month or longer. */
  private static Integer timePrecision(String precision) {
    if (precision == null) {
      return null;
    }
    return switch (precision) {
      case "day" -> 1;
      case "week" -> 2;
      default -> 3;
    };
  }

  /** ACLED's geo precision: 1 the town, 2 near it or its district, 3 a province, region or country. */
  private static Integer geoPrecision(String precision) {
    if (precision == null) {
      return null;
    }
    return switch (precision) {
      case "exact" -> 1;
      case "near", "admin2" -> 2;
      default -> 3;
    };
  }

  private static Object intOrNull(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }
}
