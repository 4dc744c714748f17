package org.casus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the fields of a matched pair: every field present in the gold fact except the keys that
 * matched it, the count, and what is there for people (evidence, note).
 */
public final class FieldScorer {
  private static final Set<String> NEVER_SCORED = Set.of("type", "count", "evidence", "note", "confidence");

  private FieldScorer() {}

  /** One outcome per scored field, in the gold fact's field order. */
  public static List<FieldOutcome> score(ObjectNode gold, ObjectNode predicted) {
    Set<String> matchingKeys = FactMatcher.matchingKeys(gold.path("type").asText());
    List<FieldOutcome> outcomes = new ArrayList<>();
    Iterator<String> fields = gold.fieldNames();
    while (fields.hasNext()) {
      String field = fields.next();
      if (NEVER_SCORED.contains(field) || matchingKeys.contains(field)) {
        continue;
      }
      JsonNode expected = gold.get(field);
      JsonNode actual = predicted.get(field);
      switch (field) {
        case "claimant", "denied_by" -> outcomes.addAll(party(field, expected, actual));
        case "place" -> outcomes.add(FieldOutcome.of(field, PlaceProximity.shareAPlace(expected, actual)));
        case "date" -> outcomes.add(FieldOutcome.of(field, overlap(expected, actual)));
        default -> outcomes.add(FieldOutcome.of(field, sameValue(expected, actual)));
      }
    }
    return List.copyOf(outcomes);
  }

  /** The sum of the credits: how much a pair agrees beyond the keys that matched it. */
  public static double agreement(ObjectNode gold, ObjectNode predicted) {
    return score(gold, predicted).stream().mapToDouble(FieldOutcome::credit).sum();
  }

  /**
   * A claimant or a denier is scored by its kind and side, which a pipeline can get exactly right,
   * and by the words of its name, which it can only approximate.
   */
  private static List<FieldOutcome> party(String field, JsonNode expected, JsonNode actual) {
    if (!expected.isObject()) {
      return List.of(FieldOutcome.of(field, sameValue(expected, actual)));
    }
    JsonNode predicted = actual != null && actual.isObject() ? actual : null;
    List<FieldOutcome> outcomes = new ArrayList<>();
    if (expected.has("kind")) {
      outcomes.add(FieldOutcome.of(field + ".kind",
          predicted != null && sameValue(expected.get("kind"), predicted.get("kind"))));
    }
    String goldSide = text(expected.get("side"));
    String predictedSide = predicted == null ? null : text(predicted.get("side"));
    outcomes.add(FieldOutcome.of(field + ".side", Objects.equals(goldSide, predictedSide)));
    String goldName = text(expected.get("name"));
    if (goldName != null && NameOverlap.hasContentWords(goldName)) {
      String predictedName = predicted == null ? null : text(predicted.get("name"));
      double share = predictedName == null ? 0 : NameOverlap.shareFound(goldName, predictedName);
      outcomes.add(new FieldOutcome(field + ".name", share));
    }
    return outcomes;
  }

  private static boolean overlap(JsonNode expected, JsonNode actual) {
    Optional<DatePeriod> gold = DatePeriod.of(expected);
    Optional<DatePeriod> predicted = DatePeriod.of(actual);
    return gold.isPresent() && predicted.isPresent() && gold.get().overlaps(predicted.get());
  }

  /** Exact equality; numbers by value (3 = 3.0); an absent prediction is right only for a gold null. */
  static boolean sameValue(JsonNode expected, JsonNode actual) {
    boolean expectedNull = expected == null || expected.isNull() || expected.isMissingNode();
    boolean actualNull = actual == null || actual.isNull() || actual.isMissingNode();
    if (expectedNull || actualNull) {
      return expectedNull && actualNull;
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    return expected.equals(actual);
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode() ? null : value.asText();
  }
}
