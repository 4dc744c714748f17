package org.casus.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code casus eval} measured over a gold set.
 *
 * @param detection precision, recall and F1 per fact type and overall
 * @param byLanguage the same, per gold language ({@code fr}, {@code en}), sorted by language
 * @param fieldAccuracy per scored field over all types ({@code victims}, {@code claimant.kind}), sorted
 * @param fieldAccuracyByType per type and field ({@code casualties.victims}), in type order then sorted
 * @param missingDocuments gold documents the predictions do not have: all their facts are false negatives
 * @param unknownDocuments predicted documents without gold: not scored
 * @param mismatchedFacts matched facts with at least one field that disagrees with gold
 */
public record EvalReport(
    DetectionScores detection,
    Map<String, DetectionScores> byLanguage,
    Map<String, FieldAccuracy> fieldAccuracy,
    Map<String, FieldAccuracy> fieldAccuracyByType,
    List<String> missingDocuments,
    List<String> unknownDocuments,
    List<FactError> falsePositives,
    List<FactError> falseNegatives,
    List<MismatchedFact> mismatchedFacts,
    EventTypeConfusion eventTypeConfusion) {

  public EvalReport {
    byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    fieldAccuracy = Collections.unmodifiableMap(new LinkedHashMap<>(fieldAccuracy));
    fieldAccuracyByType = Collections.unmodifiableMap(new LinkedHashMap<>(fieldAccuracyByType));
    missingDocuments = List.copyOf(missingDocuments);
    unknownDocuments = List.copyOf(unknownDocuments);
    falsePositives = List.copyOf(falsePositives);
    falseNegatives = List.copyOf(falseNegatives);
    mismatchedFacts = List.copyOf(mismatchedFacts);
  }

  /** Micro-averaged over every fact of every type. */
  public DetectionScore overall() {
    return detection.overall();
  }

  /** The whole report, for {@code casus eval --output report.json}. */
  public ObjectNode toJson() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode json = nodes.objectNode();
    json.set("overall", detection.overall().toJson());
    ObjectNode types = json.putObject("types");
    detection.byType().forEach((type, score) -> types.set(type, score.toJson()));
    ObjectNode languages = json.putObject("languages");
    byLanguage.forEach((lang, scores) -> languages.set(lang, scores.toJson()));
    ObjectNode fields = json.putObject("fields");
    fieldAccuracy.forEach((field, accuracy) -> fields.set(field, accuracy.toJson()));
    ObjectNode fieldsByType = json.putObject("fields_by_type");
    fieldAccuracyByType.forEach((field, accuracy) -> fieldsByType.set(field, accuracy.toJson()));
    missingDocuments.forEach(json.putArray("missing_documents")::add);
    unknownDocuments.forEach(json.putArray("unknown_documents")::add);
    ArrayNode falsePositiveList = json.putArray("false_positives");
    falsePositives.forEach(error -> falsePositiveList.add(error.toJson()));
    ArrayNode falseNegativeList = json.putArray("false_negatives");
    falseNegatives.forEach(error -> falseNegativeList.add(error.toJson()));
    ArrayNode mismatchedFactList = json.putArray("mismatched_facts");
    mismatchedFacts.forEach(fact -> mismatchedFactList.add(fact.toJson()));
    json.set("event_type_confusion", eventTypeConfusion.toJson());
    return json;
  }
}
