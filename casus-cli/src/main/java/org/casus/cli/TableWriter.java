package org.casus.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.casus.model.Casualties;
import org.casus.model.Count;
import org.casus.model.Damage;
import org.casus.model.DocumentResult;
import org.casus.model.Event;
import org.casus.model.Fact;
import org.casus.model.Materiel;
import org.casus.model.Place;

/** Prints facts as a table a person reads in a terminal. */
final class TableWriter {
  private static final int EVIDENCE_WIDTH = 70;
  private final PrintStream out;

  TableWriter(PrintStream out) {
    this.out = out;
  }

  void write(DocumentResult result) {
    if (result instanceof DocumentResult.Failed f) {
      out.printf("%s  FAILED at %s: %s%n%n", f.id(), f.stage(), f.error());
      return;
    }
    DocumentResult.Extracted x = (DocumentResult.Extracted) result;
    var doc = x.annotated().clean().document();
    out.printf("%s  lang=%s  published=%s  %d facts%n", doc.id(), x.annotated().language().code(),
        doc.published().map(Object::toString).orElse("?"), x.facts().size());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"type", "what", "count", "who", "sides", "claimant", "place", "date", "evidence [start-end]"});
    for (Fact f : x.facts()) {
      rows.add(row(f));
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        sb.append(i == r.length - 1 ? r[i] : String.format("%-" + widths[i] + "s  ", r[i]));
      }
      out.println(sb.toString().stripTrailing());
    }
    out.println();
  }

  private static String[] row(Fact f) {
    String what = "";
    String count = "";
    String who = "";
    String sides = "";
    if (f instanceof Casualties c) {
      what = c.outcome().code();
      count = BreakdownText.withTotal(c.count().toString(), BreakdownText.of(c.breakdown()), Count::toString);
      who = c.victims().code();
      sides = c.perpetratorSide().orElse("?") + ">" + c.victimSide().orElse("?");
    } else if (f instanceof Materiel m) {
      what = m.outcome().code();
      count = m.count().toString();
      who = m.system().map(s -> s + " (" + m.category() + ")").orElse(m.category());
      sides = m.ownerSide().map(s -> "owner " + s).orElse("");
    } else if (f instanceof Damage d) {
      what = d.outcome().code();
      count = d.count().toString();
      who = d.object();
    } else if (f instanceof Event e) {
      what = e.eventType() + (e.civilianTargeting() ? " (civilians)" : "");
      sides = e.actor1Side().orElse("?") + ">" + e.actor2Side().orElse("?");
    }
    var p = f.provenance();
    String claimant = p.claim().claimant().name() + " (" + p.claim().claimant().kind().code()
        + p.claim().claimant().side().map(s -> " " + s).orElse("") + ")";
    String place = String.join("; ", p.places().stream().map(TableWriter::place).toList());
    String date = p.date().map(d -> d.start().equals(d.end()) ? d.start().toString() : d.start() + ".." + d.end()).orElse("");
    String ev = p.evidence().text().replaceAll("\\s+", " ");
    if (ev.length() > EVIDENCE_WIDTH) {
      ev = ev.substring(0, EVIDENCE_WIDTH - 1) + "…";
    }
    ev = "\"" + ev + "\" [" + p.evidence().words().start() + "-" + p.evidence().words().end() + "]";
    return new String[] {f.type(), what, count, who, sides, claimant, place, date, ev};
  }

  private static String place(Place p) {
    return p.name() + p.country().map(c -> "/" + c).orElse("");
  }
}
