package org.casus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casus.model.Count;
import org.casus.store.Exports;
import org.casus.store.FactQuery;
import org.casus.store.FactStore;
import org.casus.store.IncidentStatus;
import org.casus.store.QueryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** casus query: stored facts by date, place, type, side, claimant and status; as a table or an export. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
        "Selects stored facts, one row per fact with its claimant and its incident's status, and prints them",
        "or exports them: ACLED-style CSV (ACLED's column names, with casus's claimant and status columns),",
        "GeoJSON, Parquet or JSON Lines."})
final class QueryCommand implements Callable<Integer> {
  /** table for a person; the others are exports. */
  enum OutputFormat {
    table,
    csv,
    jsonl,
    geojson,
    parquet
  }

  @Option(names = "--db", paramLabel = "FILE|URL", description = "Default: ${DEFAULT-VALUE}.")
  String db = "casus.duckdb";

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Facts that end on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Facts that start on or before this day.")
  LocalDate to;

  @Option(names = "--country", paramLabel = "ISO3", description = "Facts with a place in this country.")
  String country;

  @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Facts with a place in this box (degrees: minLon,minLat,maxLon,maxLat).")
  String bbox;

  @Option(names = "--event-type", paramLabel = "TYPE", description = "ACLED sub-event type in snake case, of the fact or its incident.")
  String eventType;

  @Option(names = "--actor-side", paramLabel = "SIDE", description = "A side on either end of the fact (actor, perpetrator, victim, owner).")
  String actorSide;

  @Option(names = "--claimant-kind", paramLabel = "KIND", description = "government, military, judiciary, international_org, ngo, politician, media or unattributed.")
  String claimantKind;

  @Option(names = "--status", paramLabel = "STATUS", description = "single_source, corroborated or contested.")
  String status;

  @Option(names = "--type", paramLabel = "TYPE", description = "casualties, materiel, damage or event.")
  String factType;

  @Option(names = "--format", description = "table, csv, jsonl, geojson or parquet. Default: by the extension of -o, else table.")
  OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (required for parquet).")
  Path output;

  @Override
  public Integer call() throws SQLException, IOException {
    FactQuery query = new FactQuery(Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(country),
        Optional.ofNullable(bbox).map(FactQuery.BoundingBox::parse), Optional.ofNullable(eventType),
        Optional.ofNullable(actorSide), Optional.ofNullable(claimantKind),
        Optional.ofNullable(status).map(IncidentStatus::fromCode), Optional.ofNullable(factType));
    OutputFormat f = format != null ? format
        : Optional.ofNullable(output).flatMap(Exports::byExtension).map(e -> OutputFormat.valueOf(e.name()))
            .orElse(OutputFormat.table);
    QueryTable table;
    try (FactStore store = FactStore.open(db)) {
      table = query.run(store);
    }
    if (f == OutputFormat.table) {
      printTable(table, output == null ? System.out : new PrintStream(output.toFile(), StandardCharsets.UTF_8));
    } else if (output != null) {
      Exports.write(table, Exports.Format.valueOf(f.name()), output);
    } else if (f == OutputFormat.parquet) {
      System.err.println("casus: parquet needs -o FILE");
      return Casus.USAGE;
    } else {
      Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      switch (f) {
        case csv -> Exports.csv(table, w);
        case jsonl -> Exports.jsonLines(table, w);
        default -> w.write(Exports.geoJson(table).toString() + "\n");
      }
      w.flush();
    }
    System.err.println("casus: " + table.rows().size() + " facts");
    return 0;
  }

  private static void printTable(QueryTable t, PrintStream out) {
    String[] cols = {"event_id_cnty", "event_date", "fact_type", "sub_event_type", "outcome", "count_min", "count_max",
        "breakdown", "location", "claimant", "claimant_kind", "incident_status", "document_id"};
    out.println(String.join("\t", cols));
    for (QueryTable.Row r : t.rows()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cols.length; i++) {
        line.append(i == 0 ? "" : "\t").append(cell(r.get(t.column(cols[i]))));
      }
      out.println(line);
    }
    out.flush();
  }

  /** A cell as a person reads it: a figure's subsets as "5 children, 2 women", not their JSON. */
  private static String cell(Object v) {
    if (v instanceof JsonNode parts) {
      return BreakdownText.list(BreakdownText.of(parts), Count::toString);
    }
    return v == null ? "" : v.toString();
  }
}
