package org.casus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A matched fact whose scored fields do not all agree with gold, so a person can see which field
 * went wrong and in which words.
 *
 * @param gold the gold fact
 * @param evidence the sentence of the pipeline's evidence when its document's text is known, else
 *     the pipeline's evidence words, else the gold's quotation
 * @param fields the fields that disagree, in the gold fact's field order; never empty
 */
public record MismatchedFact(String documentId, String type, ObjectNode gold, String evidence,
    List<FieldMismatch> fields) {

  public MismatchedFact {
    gold = gold.deepCopy();
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a mismatched fact has at least one mismatched field");
    }
  }

  /**
   * The pair's fields that earned less than full credit; empty when all agree.
   *
   * @param text the cleaned text the pipeline's evidence offsets point into; empty when unknown
   */
  static Optional<MismatchedFact> of(String documentId, MatchedPair pair, String text) {
    List<FieldMismatch> mismatches = FieldScorer.score(pair.gold(), pair.predicted()).stream()
        .filter(outcome -> outcome.credit() < 1)
        .map(outcome -> FieldMismatch.of(outcome, pair.gold(), pair.predicted()))
        .toList();
    if (mismatches.isEmpty()) {
      return Optional.empty();
    }
    String evidence = sentence(pair.predicted().path("evidence").path("sentence"), text)
        .orElse(FactError.evidenceText(pair.predicted().get("evidence")));
    if (evidence.isEmpty()) {
      evidence = FactError.evidenceText(pair.gold().get("evidence"));
    }
    return Optional.of(new MismatchedFact(documentId, Scorer.typeOf(pair.gold()), pair.gold(), evidence, mismatches));
  }

  private static Optional<String> sentence(JsonNode span, String text) {
    int start = span.path("start").asInt(-1);
    int end = span.path("end").asInt(-1);
    if (start < 0 || end <= start || end > text.length()) {
      return Optional.empty();
    }
    return Optional.of(text.substring(start, end).strip());
  }

  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("document", documentId);
    json.put("type", type);
    json.put("evidence", evidence);
    json.set("gold", gold.deepCopy());
    ArrayNode list = json.putArray("fields");
    fields.forEach(field -> list.add(field.toJson()));
    return json;
  }
}
