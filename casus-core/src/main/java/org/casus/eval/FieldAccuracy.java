package org.casus.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How often a field was right on matched facts.
 *
 * @param correct the credits added up: whole for exact fields, shares for name words
 * @param total how many matched facts had the field in gold
 */
public record FieldAccuracy(double correct, int total) {
  public static final FieldAccuracy NONE = new FieldAccuracy(0, 0);

  public double accuracy() {
    return total == 0 ? 0 : correct / total;
  }

  public FieldAccuracy plus(double credit) {
    return new FieldAccuracy(correct + credit, total + 1);
  }

  public FieldAccuracy plus(FieldAccuracy other) {
    return new FieldAccuracy(correct + other.correct, total + other.total);
  }

  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("correct", correct);
    json.put("total", total);
    json.put("accuracy", accuracy());
    return json;
  }
}
