package org.casus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToLongBiFunction;

/** The gold README's rules for when a pipeline fact is a gold fact. */
public final class FactMatcher {
  // Weights of the assignment, in three tiers that do not mix for up to a few hundred facts of a
  // type in a document: any extra match outweighs any agreement, and a thousandth of agreement
  // outweighs any tie-break on document order. Sums stay far below Long.MAX_VALUE.
  private static final long MATCH = 1_000_000_000_000L;
  private static final long AGREEMENT_PER_THOUSANDTH = 100_000L;
  private static final int MAX_ORDER_PENALTY = 100;

  private FactMatcher() {}

  /** The fields that decide a match of this type; they are not scored again as fields. */
  public static Set<String> matchingKeys(String type) {
    return switch (type) {
      case "casualties" -> Set.of("outcome", "count");
      case "materiel" -> Set.of("category", "count");
      case "damage" -> Set.of("object", "count");
      case "event" -> Set.of("event_type", "place");
      default -> Set.of();
    };
  }

  /** Whether {@code predicted} is {@code gold} by the README's rule for their type. */
  public static boolean matches(ObjectNode gold, ObjectNode predicted) {
    String type = text(gold, "type");
    if (type == null || !type.equals(text(predicted, "type"))) {
      return false;
    }
    return switch (type) {
      case "casualties" -> sameText(gold, predicted, "outcome") && sameCount(gold, predicted);
      case "materiel" -> sameText(gold, predicted, "category") && sameCount(gold, predicted);
      case "damage" -> sameText(gold, predicted, "object") && sameCount(gold, predicted);
      case "event" -> sameText(gold, predicted, "event_type") && sameWhere(gold, predicted);
      default -> false;
    };
  }

  /**
   * Where two events happened, as far as matching goes: at least one shared place or, when neither
   * has a place, the same date.
   */
  public static boolean sameWhere(ObjectNode gold, ObjectNode predicted) {
    JsonNode goldPlace = gold.get("place");
    JsonNode predictedPlace = predicted.get("place");
    if (PlaceProximity.hasPlace(goldPlace) || PlaceProximity.hasPlace(predictedPlace)) {
      return PlaceProximity.shareAPlace(goldPlace, predictedPlace);
    }
    return DatePeriod.of(gold.get("date")).equals(DatePeriod.of(predicted.get("date")));
  }

  /**
   * Matches each gold fact with at most one pipeline fact and the reverse. Of all one-to-one
   * matchings it picks one with the most pairs; among those, the one whose pairs agree on the most
   * scored fields; among those, the one closest to document order.
   */
  public static Matching match(List<ObjectNode> gold, List<ObjectNode> predicted) {
    return match(gold, predicted, FactMatcher::matches,
        (g, p) -> Math.round(FieldScorer.agreement(g, p) * 1000));
  }

  /**
   * The assignment behind {@link #match(List, List)}, for any rule of which pairs qualify and any
   * preference among them (in thousandths, at most a few hundred thousand).
   */
  static Matching match(List<ObjectNode> gold, List<ObjectNode> predicted,
      BiPredicate<ObjectNode, ObjectNode> qualifies, ToLongBiFunction<ObjectNode, ObjectNode> preference) {
    long[][] weights = new long[gold.size()][predicted.size()];
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < predicted.size(); j++) {
        if (qualifies.test(gold.get(i), predicted.get(j))) {
          weights[i][j] = MATCH
              + preference.applyAsLong(gold.get(i), predicted.get(j)) * AGREEMENT_PER_THOUSANDTH
              - Math.min(Math.abs(i - j), MAX_ORDER_PENALTY);
        }
      }
    }
    int[] columnOfRow = MaximumWeightAssignment.assign(weights);
    List<MatchedPair> pairs = new ArrayList<>();
    List<ObjectNode> unmatchedGold = new ArrayList<>();
    boolean[] predictedUsed = new boolean[predicted.size()];
    for (int i = 0; i < gold.size(); i++) {
      if (columnOfRow[i] >= 0) {
        pairs.add(new MatchedPair(gold.get(i), predicted.get(columnOfRow[i])));
        predictedUsed[columnOfRow[i]] = true;
      } else {
        unmatchedGold.add(gold.get(i));
      }
    }
    List<ObjectNode> unmatchedPredicted = new ArrayList<>();
    for (int j = 0; j < predicted.size(); j++) {
      if (!predictedUsed[j]) {
        unmatchedPredicted.add(predicted.get(j));
      }
    }
    return new Matching(pairs, unmatchedGold, unmatchedPredicted);
  }

  /** min and max equal, an absent bound (or an absent count) being null. */
  private static boolean sameCount(ObjectNode gold, ObjectNode predicted) {
    JsonNode goldCount = gold.path("count");
    JsonNode predictedCount = predicted.path("count");
    return FieldScorer.sameValue(goldCount.get("min"), predictedCount.get("min"))
        && FieldScorer.sameValue(goldCount.get("max"), predictedCount.get("max"));
  }

  private static boolean sameText(ObjectNode gold, ObjectNode predicted, String field) {
    return Objects.equals(text(gold, field), text(predicted, field));
  }

  private static String text(ObjectNode fact, String field) {
    JsonNode value = fact.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
