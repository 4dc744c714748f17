package org.casus.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a query's table in the formats other tools read: CSV, JSON Lines, GeoJSON and Parquet. */
public final class Exports {
  /** The formats, by the name the command line gives them. */
  public enum Format {
    csv,
    jsonl,
    geojson,
    parquet
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Columns whose cells are JSON, by the nested type Parquet keeps them as. */
  private static final Map<String, String> NESTED = Map.of("breakdown", BreakdownTable.SQL_LIST_TYPE);

  private Exports() {}

  public static void write(QueryTable table, Format format, Path file) throws IOException, SQLException {
    switch (format) {
      case csv -> {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          csv(table, w);
        }
      }
      case jsonl -> {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          jsonLines(table, w);
        }
      }
      case geojson -> {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          w.write(geoJson(table).toString());
        }
      }
      case parquet -> parquet(table, file);
    }
  }

  /** RFC 4180: a header, commas, fields quoted when they hold a comma, quote or line break. */
  public static void csv(QueryTable table, Writer w) throws IOException {
    w.write(String.join(",", table.columns()));
    w.write("\r\n");
    for (QueryTable.Row r : table.rows()) {
      List<String> fields = new ArrayList<>();
      for (Object cell : r.cells()) {
        fields.add(csvField(cell));
      }
      w.write(String.join(",", fields));
      w.write("\r\n");
    }
  }

  private static String csvField(Object cell) {
    if (cell == null) {
      return "";
    }
    String s = cell.toString();
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /** One object per fact: the table's columns, and the fact itself as the contract writes it. */
  public static void jsonLines(QueryTable table, Writer w) throws IOException {
    for (QueryTable.Row r : table.rows()) {
      ObjectNode o = properties(table, r);
      o.set("fact", JSON.readTree(r.factJson()));
      w.write(o.toString());
      w.write("\n");
    }
  }

  /** RFC 7946: a FeatureCollection of points ([longitude, latitude]) for the facts that have coordinates. */
  public static ObjectNode geoJson(QueryTable table) {
    ObjectNode fc = JSON.createObjectNode();
    fc.put("type", "FeatureCollection");
    ArrayNode features = fc.putArray("features");
    int lat = table.column("latitude");
    int lon = table.column("longitude");
    for (QueryTable.Row r : table.rows()) {
      if (r.get(lat) == null || r.get(lon) == null) {
        continue;
      }
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      ObjectNode g = f.putObject("geometry");
      g.put("type", "Point");
      g.putArray("coordinates").add((Double) r.get(lon)).add((Double) r.get(lat));
      f.set("properties", properties(table, r));
    }
    return fc;
  }

  private static ObjectNode properties(QueryTable table, QueryTable.Row r) {
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < table.columns().size(); i++) {
      Object v = r.get(i);
      String k = table.columns().get(i);
      if (v == null) {
        o.putNull(k);
      } else if (v instanceof Integer n) {
        o.put(k, n);
      } else if (v instanceof Long n) {
        o.put(k, n);
      } else if (v instanceof Double d) {
        o.put(k, d);
      } else if (v instanceof JsonNode n) {
        o.set(k, n);
      } else {
        o.put(k, v.toString());
      }
    }
    return o;
  }

  /** Parquet through an in-memory DuckDB, whatever the store: typed columns, then DuckDB's writer. */
  public static void parquet(QueryTable table, Path file) throws SQLException, IOException {
    Files.deleteIfExists(file);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      List<String> defs = new ArrayList<>();
      List<String> marks = new ArrayList<>();
      for (int i = 0; i < table.columns().size(); i++) {
        String nested = NESTED.get(table.columns().get(i));
        defs.add(table.columns().get(i) + " " + (nested != null ? nested : sqlType(table, i)));
        marks.add(nested != null ? "CAST(CAST(? AS JSON) AS " + nested + ")" : "?");
      }
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE export (" + String.join(", ", defs) + ")");
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO export VALUES (" + String.join(", ", marks) + ")")) {
        for (QueryTable.Row r : table.rows()) {
          for (int i = 0; i < r.cells().size(); i++) {
            Object v = r.get(i);
            ps.setObject(i + 1, v instanceof JsonNode n ? n.toString() : v);
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute("COPY export TO '" + file.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT parquet)");
      }
    }
  }

  private static String sqlType(QueryTable table, int column) {
    for (QueryTable.Row r : table.rows()) {
      Object v = r.get(column);
      if (v instanceof Integer) {
        return "INTEGER";
      } else if (v instanceof Long) {
        return "BIGINT";
      } else if (v instanceof Double) {
        return "DOUBLE";
      } else if (v != null) {
        return "VARCHAR";
      }
    }
    return "VARCHAR";
  }

  /** The format a file name's extension names, if any. */
  public static java.util.Optional<Format> byExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (Format f : Format.values()) {
      if (name.endsWith("." + f.name()) || (f == Format.jsonl && name.endsWith(".ndjson"))
          || (f == Format.geojson && name.endsWith(".geo.json"))) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }
}
