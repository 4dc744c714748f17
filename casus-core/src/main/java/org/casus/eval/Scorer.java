package org.casus.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Compares the pipeline's facts with the gold facts, document by document and type by type. */
public final class Scorer {
  /** The fact types of the contract, in the order reports show them. */
  public static final List<String> FACT_TYPES = List.of("casualties", "materiel", "damage", "event");
  static final String UNTYPED = "(untyped)";
  private static final Comparator<String> TYPE_ORDER = Comparator
      .<String>comparingInt(type -> FACT_TYPES.contains(type) ? FACT_TYPES.indexOf(type) : FACT_TYPES.size())
      .thenComparing(Comparator.naturalOrder());
  // Makes a same-type pair win over any agreement on the other event fields.
  private static final long SAME_EVENT_TYPE_PREFERENCE = 50_000;

  private Scorer() {}

  /**
   * Scores every gold document against the facts predicted for its id.
   *
   * @param predictedByDocId the pipeline's facts per document id, in the contract's JSON form; a
   *     document absent from the map is missing (all its gold facts are false negatives), one
   *     mapped to an empty list was run and found nothing
   */
  public static EvalReport score(List<GoldDocument> gold, Map<String, List<ObjectNode>> predictedByDocId) {
    return score(gold, predictedByDocId, Map.of());
  }

  /**
   * As {@link #score(List, Map)}, with the cleaned text of each document so that mismatched facts
   * can show the sentence their evidence offsets point to.
   */
  public static EvalReport score(List<GoldDocument> gold, Map<String, List<ObjectNode>> predictedByDocId,
      Map<String, String> textByDocId) {
    Tally all = new Tally();
    Map<String, Tally> byLanguage = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    Set<String> goldIds = new HashSet<>();
    List<MismatchedFact> mismatchedFacts = new ArrayList<>();
    for (GoldDocument document : gold) {
      goldIds.add(document.id());
      List<ObjectNode> predicted = predictedByDocId.get(document.id());
      if (predicted == null) {
        missing.add(document.id());
        predicted = List.of();
      }
      Tally language = byLanguage.computeIfAbsent(document.lang(), l -> new Tally());
      for (String type : typesOf(document.facts(), predicted)) {
        Matching matching = FactMatcher.match(ofType(document.facts(), type), ofType(predicted, type));
        all.add(document.id(), type, matching);
        matching.pairs().forEach(pair -> MismatchedFact.of(document.id(), pair,
            textByDocId.getOrDefault(document.id(), "")).ifPresent(mismatchedFacts::add));
        language.add(document.id(), type, matching);
      }
      countEventTypes(ofType(document.facts(), "event"), ofType(predicted, "event"), confusion);
    }
    List<String> unknown = predictedByDocId.keySet().stream()
        .filter(id -> !goldIds.contains(id)).sorted().toList();
    Map<String, DetectionScores> languageScores = new LinkedHashMap<>();
    byLanguage.forEach((lang, tally) -> languageScores.put(lang, tally.detection()));
    return new EvalReport(all.detection(), languageScores, all.fieldAccuracy(),
        all.fieldAccuracyByType(), missing, unknown, all.falsePositives, all.falseNegatives,
        mismatchedFacts, new EventTypeConfusion(confusion));
  }

  static String typeOf(ObjectNode fact) {
    String type = fact.path("type").asText("");
    return type.isEmpty() ? UNTYPED : type;
  }

  private static List<String> typesOf(List<ObjectNode> gold, List<ObjectNode> predicted) {
    Set<String> types = new LinkedHashSet<>(FACT_TYPES);
    gold.forEach(fact -> types.add(typeOf(fact)));
    predicted.forEach(fact -> types.add(typeOf(fact)));
    return types.stream().sorted(TYPE_ORDER).toList();
  }

  private static List<ObjectNode> ofType(List<ObjectNode> facts, String type) {
    return facts.stream().filter(fact -> typeOf(fact).equals(type)).toList();
  }

  private static void countEventTypes(List<ObjectNode> gold, List<ObjectNode> predicted,
      Map<String, Map<String, Integer>> confusion) {
    Matching pairing = FactMatcher.match(gold, predicted, FactMatcher::sameWhere,
        (g, p) -> (eventType(g).equals(eventType(p)) ? SAME_EVENT_TYPE_PREFERENCE : 0)
            + Math.round(FieldScorer.agreement(g, p) * 1000));
    pairing.pairs().forEach(pair -> increment(confusion, eventType(pair.gold()), eventType(pair.predicted())));
    pairing.unmatchedGold().forEach(g -> increment(confusion, eventType(g), EventTypeConfusion.NONE));
    pairing.unmatchedPredicted().forEach(p -> increment(confusion, EventTypeConfusion.NONE, eventType(p)));
  }

  private static String eventType(ObjectNode event) {
    return event.path("event_type").asText(EventTypeConfusion.NONE);
  }

  private static void increment(Map<String, Map<String, Integer>> confusion, String gold, String predicted) {
    confusion.computeIfAbsent(gold, g -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
  }

  /** Running counts for one scope (all documents, or one language). */
  private static final class Tally {
    private final Map<String, DetectionScore> byType = new TreeMap<>(TYPE_ORDER);
    private final Map<String, FieldAccuracy> byField = new TreeMap<>();
    private final Map<String, Map<String, FieldAccuracy>> byTypeAndField = new TreeMap<>(TYPE_ORDER);
    private final List<FactError> falsePositives = new ArrayList<>();
    private final List<FactError> falseNegatives = new ArrayList<>();

    Tally() {
      FACT_TYPES.forEach(type -> byType.put(type, DetectionScore.NONE));
    }

    void add(String documentId, String type, Matching matching) {
      int tp = matching.pairs().size();
      DetectionScore score = new DetectionScore(
          tp + matching.unmatchedGold().size(), tp + matching.unmatchedPredicted().size(), tp);
      byType.merge(type, score, DetectionScore::plus);
      for (MatchedPair pair : matching.pairs()) {
        for (FieldOutcome outcome : FieldScorer.score(pair.gold(), pair.predicted())) {
          byField.merge(outcome.field(), FieldAccuracy.NONE.plus(outcome.credit()), FieldAccuracy::plus);
          byTypeAndField.computeIfAbsent(type, t -> new TreeMap<>())
              .merge(outcome.field(), FieldAccuracy.NONE.plus(outcome.credit()), FieldAccuracy::plus);
        }
      }
      matching.unmatchedGold().forEach(fact -> falseNegatives.add(FactError.of(documentId, fact)));
      matching.unmatchedPredicted().forEach(fact -> falsePositives.add(FactError.of(documentId, fact)));
    }

    DetectionScores detection() {
      return new DetectionScores(byType);
    }

    Map<String, FieldAccuracy> fieldAccuracy() {
      return byField;
    }

    Map<String, FieldAccuracy> fieldAccuracyByType() {
      Map<String, FieldAccuracy> flat = new LinkedHashMap<>();
      byTypeAndField.forEach((type, fields) ->
          fields.forEach((field, accuracy) -> flat.put(type + "." + field, accuracy)));
      return flat;
    }
  }
}
