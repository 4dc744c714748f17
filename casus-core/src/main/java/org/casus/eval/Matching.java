package org.casus.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The one-to-one matching of a document's gold facts with its pipeline facts.
 *
 * @param pairs true positives, in gold order
 * @param unmatchedGold false negatives, in gold order
 * @param unmatchedPredicted false positives, in the pipeline's order
 */
public record Matching(
    List<MatchedPair> pairs, List<ObjectNode> unmatchedGold, List<ObjectNode> unmatchedPredicted) {

  public Matching {
    pairs = List.copyOf(pairs);
    unmatchedGold = List.copyOf(unmatchedGold);
    unmatchedPredicted = List.copyOf(unmatchedPredicted);
  }
}
