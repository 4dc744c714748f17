package org.casus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A scored field of a matched fact that is not fully right.
 *
 * @param field as scored: {@code victims}, {@code claimant.kind}
 * @param credit what the field earned, below 1 (a name's words can earn a share)
 * @param gold the gold value; {@code null} JSON when the gold says null
 * @param predicted the pipeline's value; {@code null} JSON when it has none
 */
public record FieldMismatch(String field, double credit, JsonNode gold, JsonNode predicted) {

  public FieldMismatch {
    gold = gold.deepCopy();
    predicted = predicted.deepCopy();
  }

  /** The mismatch of {@code outcome}, with both values looked up along the field's dotted path. */
  static FieldMismatch of(FieldOutcome outcome, ObjectNode gold, ObjectNode predicted) {
    return new FieldMismatch(outcome.field(), outcome.credit(),
        valueAt(gold, outcome.field()), valueAt(predicted, outcome.field()));
  }

  static JsonNode valueAt(JsonNode fact, String field) {
    JsonNode value = fact;
    for (String part : field.split("\\.")) {
      value = value.path(part);
    }
    return value.isMissingNode() ? NullNode.getInstance() : value;
  }

  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("field", field);
    json.put("credit", credit);
    json.set("gold", gold.deepCopy());
    json.set("predicted", predicted.deepCopy());
    return json;
  }
}
