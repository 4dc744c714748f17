package org.casus.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casus.model.Place;
import org.casus.store.FactStore;
import org.casus.store.FigureEstimate;
import org.casus.store.Incident;
import org.casus.store.IncidentLinker;
import org.casus.store.LinkedFact;
import org.casus.store.StoredFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** casus incident ID: an incident, its figures, every claim side by side, and why each report was linked. */
@Command(
    name = "incident",
    mixinStandardHelpOptions = true,
    description = "Prints an incident of the store: its status, the low/best/high of each figure, and every claim with its claimant and the reason it was linked.")
final class IncidentCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "An incident id (inc-...), as casus query lists them.")
  String id;

  @Option(names = "--db", paramLabel = "FILE|URL", description = "Default: ${DEFAULT-VALUE}.")
  String db = "casus.duckdb";

  @Override
  public Integer call() throws SQLException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (FactStore store = FactStore.open(db)) {
      Optional<Incident> found = store.incident(id);
      if (found.isEmpty()) {
        System.err.println("casus: no incident " + id + " in " + db);
        return Casus.USAGE;
      }
      print(found.get(), out);
      return 0;
    }
  }

  static void print(Incident i, PrintStream out) {
    out.printf("%s  %s  %s%s  %s%n", i.id(), i.eventType(),
        i.start().map(Object::toString).orElse("?"),
        i.end().filter(e -> !i.start().equals(Optional.of(e))).map(e -> ".." + e).orElse(""),
        i.place().map(IncidentCommand::place).orElse("(no place)"));
    out.printf("status: %s (%s)%n", i.status().code(), i.statusReason());
    out.printf("%d independent source(s), %d report(s)%n", i.sources(), i.reports().size());
    if (!i.figures().isEmpty()) {
      out.println();
      // as wide as the longest name, so "materiel destroyed/air_defence" keeps the columns aligned
      int width = i.figures().stream().mapToInt(f -> figure(f).length()).max().orElse(0);
      String line = "%-" + Math.max(width, 24) + "s %6s %6s %6s  %s%n";
      out.printf(line, "figure", "low", "best", "high", "best from");
      for (FigureEstimate f : i.figures()) {
        out.printf(line, figure(f), n(f.low()), n(f.best()), n(f.high()), f.bestFrom().orElse("-"));
      }
    }
    out.println();
    out.println("claims:");
    for (LinkedFact l : i.reports()) {
      StoredFact f = l.fact();
      String what = f.eventType().orElseGet(() -> f.type() + " " + f.outcome().orElse("") + " "
          + BreakdownText.withTotal(IncidentLinker.describe(f.count()) + f.subject().map(s -> " " + s).orElse(""),
              BreakdownText.of(f.breakdown()), IncidentLinker::describe));
      out.printf("  %-14s %s  %s%n", f.label(), f.published().map(Object::toString).orElse("?"), what);
      out.printf("      claimed by %s (%s%s), %s%n", f.claimant().name(), f.claimant().kind().code(),
          f.claimant().side().map(s -> ", " + s).orElse(""), f.stance().code());
      f.deniers().forEach(d -> out.printf("      denied by %s (%s%s)%n", d.name(), d.kind().code(),
          d.side().map(s -> ", " + s).orElse("")));
      out.printf("      \"%s\"%n", f.evidenceText());
      out.printf("      why: %s%n", l.reason());
    }
  }

  private static String figure(FigureEstimate f) {
    return f.factType() + " " + f.outcome();
  }

  private static String place(Place p) {
    return p.name() + p.country().map(c -> ", " + c).orElse("")
        + (p.hasCoordinates() ? String.format(java.util.Locale.ROOT, " (%.4f, %.4f)", p.lat().get(), p.lon().get()) : "");
  }

  private static String n(java.util.OptionalInt v) {
    return v.isPresent() ? String.valueOf(v.getAsInt()) : "-";
  }
}
