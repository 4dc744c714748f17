package org.casus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The report as plain text for a terminal. The summary tables come last and the overall F1 is the
 * last line, so the number that matters is where a person's eye (and a script's {@code tail -1})
 * lands.
 */
public final class ReportPrinter {
  private ReportPrinter() {}

  public static String render(EvalReport report) {
    return render(report, Set.of());
  }

  public static String render(EvalReport report, Set<ReportSection> sections) {
    StringBuilder out = new StringBuilder();
    if (sections.contains(ReportSection.ERRORS)) {
      errors(report, out);
    }
    if (sections.contains(ReportSection.FIELDS)) {
      mismatchedFacts(report, out);
    }
    if (sections.contains(ReportSection.EVENT_TYPES)) {
      eventTypes(report.eventTypeConfusion(), out);
    }
    documents(report, out);
    detection(report, out);
    fields(report, out);
    out.append(String.format(Locale.ROOT, "overall F1 %.3f%n", report.overall().f1()));
    return out.toString().lines().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
  }

  private static void documents(EvalReport report, StringBuilder out) {
    if (!report.missingDocuments().isEmpty()) {
      out.append("missing from the predictions (all their facts are FN): ")
          .append(String.join(", ", report.missingDocuments())).append('\n');
    }
    if (!report.unknownDocuments().isEmpty()) {
      out.append("predicted but without gold (not scored): ")
          .append(String.join(", ", report.unknownDocuments())).append('\n');
    }
    if (!report.missingDocuments().isEmpty() || !report.unknownDocuments().isEmpty()) {
      out.append('\n');
    }
  }

  private static void detection(EvalReport report, StringBuilder out) {
    String header = "%-12s %6s %6s %6s %7s %7s %7s%n";
    out.append(String.format(Locale.ROOT, header, "type", "gold", "pred", "TP", "P", "R", "F1"));
    report.detection().byType().forEach((type, score) -> detectionRow(type, score, out));
    detectionRow("all", report.overall(), out);
    out.append('\n');
    out.append(String.format(Locale.ROOT, header, "language", "gold", "pred", "TP", "P", "R", "F1"));
    report.byLanguage().forEach((lang, scores) -> detectionRow(lang, scores.overall(), out));
    out.append('\n');
  }

  private static void detectionRow(String label, DetectionScore score, StringBuilder out) {
    out.append(String.format(Locale.ROOT, "%-12s %6d %6d %6d %7.3f %7.3f %7.3f%n", label,
        score.gold(), score.predicted(), score.truePositives(),
        score.precision(), score.recall(), score.f1()));
  }

  /** One row per field, one column per type: a field's accuracy and how many matched facts had it. */
  private static void fields(EvalReport report, StringBuilder out) {
    if (report.fieldAccuracy().isEmpty()) {
      out.append("field accuracy: no matched facts\n\n");
      return;
    }
    List<String> types = new ArrayList<>();
    for (String type : report.detection().byType().keySet()) {
      if (report.fieldAccuracyByType().keySet().stream().anyMatch(key -> key.startsWith(type + "."))) {
        types.add(type);
      }
    }
    int width = Math.max(12, report.fieldAccuracy().keySet().stream().mapToInt(String::length).max().orElse(0));
    out.append("field accuracy on matched facts: accuracy (facts with the field in gold)\n");
    out.append(String.format(Locale.ROOT, "%-" + width + "s %-14s", "field", "all"));
    types.forEach(type -> out.append(String.format(Locale.ROOT, " %-14s", type)));
    out.append('\n');
    report.fieldAccuracy().forEach((field, accuracy) -> {
      out.append(String.format(Locale.ROOT, "%-" + width + "s %-14s", field, cell(accuracy)));
      types.forEach(type -> out.append(String.format(Locale.ROOT, " %-14s",
          cell(report.fieldAccuracyByType().get(type + "." + field)))));
      out.append('\n');
    });
    out.append('\n');
  }

  private static String cell(FieldAccuracy accuracy) {
    return accuracy == null
        ? "-"
        : String.format(Locale.ROOT, "%.3f (%d)", accuracy.accuracy(), accuracy.total());
  }

  private static void errors(EvalReport report, StringBuilder out) {
    Map<String, List<String>> linesByDocument = new TreeMap<>();
    Set<String> missing = Set.copyOf(report.missingDocuments());
    for (FactError error : report.falseNegatives()) {
      if (!missing.contains(error.documentId())) {
        linesByDocument.computeIfAbsent(error.documentId(), d -> new ArrayList<>()).add(errorLines("FN", error));
      }
    }
    for (FactError error : report.falsePositives()) {
      linesByDocument.computeIfAbsent(error.documentId(), d -> new ArrayList<>()).add(errorLines("FP", error));
    }
    out.append(String.format(Locale.ROOT,
        "errors: %d false negatives (gold facts not found), %d false positives (facts not in gold)%n",
        report.falseNegatives().size(), report.falsePositives().size()));
    for (String document : report.missingDocuments()) {
      long facts = report.falseNegatives().stream().filter(e -> e.documentId().equals(document)).count();
      out.append(String.format(Locale.ROOT, "%s: missing from the predictions, %d gold facts not found%n",
          document, facts));
    }
    linesByDocument.forEach((document, lines) -> {
      out.append(document).append('\n');
      lines.forEach(out::append);
    });
    out.append('\n');
  }

  private static String errorLines(String kind, FactError error) {
    String evidence = error.evidence().isEmpty() ? "(no evidence)" : "\"" + error.evidence() + "\"";
    return "  " + kind + " " + FactSummary.of(error.fact()) + "\n     " + evidence + "\n";
  }

  /** Each matched fact under its document: its gold summary, one line per wrong field, its evidence. */
  private static void mismatchedFacts(EvalReport report, StringBuilder out) {
    out.append(String.format(Locale.ROOT, "field mismatches: %d matched facts with fields that disagree with gold%n",
        report.mismatchedFacts().size()));
    int width = report.mismatchedFacts().stream().flatMap(fact -> fact.fields().stream())
        .mapToInt(field -> field.field().length()).max().orElse(0);
    String document = null;
    for (MismatchedFact fact : report.mismatchedFacts()) {
      if (!fact.documentId().equals(document)) {
        document = fact.documentId();
        out.append(document).append('\n');
      }
      out.append("  ").append(FactSummary.of(fact.gold())).append('\n');
      for (FieldMismatch field : fact.fields()) {
        String credit = field.credit() > 0 ? String.format(Locale.ROOT, " (%.2f)", field.credit()) : "";
        out.append(String.format(Locale.ROOT, "     %-" + width + "s gold %s, predicted %s%s%n",
            field.field(), field.gold(), field.predicted(), credit));
      }
      out.append("     ").append(fact.evidence().isEmpty() ? "(no evidence)" : "\"" + fact.evidence() + "\"")
          .append('\n');
    }
    out.append('\n');
  }

  /** Rows are gold types, columns predicted types, numbered so that long names fit a terminal. */
  private static void eventTypes(EventTypeConfusion confusion, StringBuilder out) {
    List<String> types = new ArrayList<>(confusion.types());
    out.append("event types of events at a shared place (rows gold, columns predicted, - none there)\n");
    if (types.isEmpty()) {
      out.append("no events\n\n");
      return;
    }
    int labelWidth = Math.max(6, types.stream().mapToInt(String::length).max().orElse(0));
    out.append(String.format(Locale.ROOT, "%3s %-" + labelWidth + "s", "", ""));
    for (int column = 0; column < types.size(); column++) {
      out.append(String.format(Locale.ROOT, " %4d", column + 1));
    }
    out.append(String.format(Locale.ROOT, " %4s%n", "-"));
    List<String> rows = new ArrayList<>(types);
    rows.add(EventTypeConfusion.NONE);
    for (int row = 0; row < rows.size(); row++) {
      String gold = rows.get(row);
      String index = gold.equals(EventTypeConfusion.NONE) ? "-" : String.valueOf(row + 1);
      out.append(String.format(Locale.ROOT, "%3s %-" + labelWidth + "s", index, gold));
      for (String predicted : types) {
        out.append(String.format(Locale.ROOT, " %4s", number(confusion.count(gold, predicted))));
      }
      out.append(String.format(Locale.ROOT, " %4s%n",
          gold.equals(EventTypeConfusion.NONE) ? "" : number(confusion.count(gold, EventTypeConfusion.NONE))));
    }
    out.append('\n');
  }

  private static String number(int count) {
    return count == 0 ? "." : String.valueOf(count);
  }
}
