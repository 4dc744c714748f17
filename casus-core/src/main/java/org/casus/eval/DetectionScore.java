package org.casus.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How many facts were to be found, how many the pipeline gave, how many of those matched.
 * With nothing to find and nothing given, precision, recall and F1 are 1: nothing was missed or
 * invented. With nothing given, precision is 0, as with nothing right.
 */
public record DetectionScore(int gold, int predicted, int truePositives) {
  public static final DetectionScore NONE = new DetectionScore(0, 0, 0);

  public DetectionScore {
    if (truePositives < 0 || truePositives > gold || truePositives > predicted) {
      throw new IllegalArgumentException(
          "true positives " + truePositives + " out of gold " + gold + ", predicted " + predicted);
    }
  }

  public int falsePositives() {
    return predicted - truePositives;
  }

  public int falseNegatives() {
    return gold - truePositives;
  }

  public double precision() {
    if (predicted == 0) {
      return gold == 0 ? 1 : 0;
    }
    return (double) truePositives / predicted;
  }

  public double recall() {
    if (gold == 0) {
      return predicted == 0 ? 1 : 0;
    }
    return (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public DetectionScore plus(DetectionScore other) {
    return new DetectionScore(
        gold + other.gold, predicted + other.predicted, truePositives + other.truePositives);
  }

  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("gold", gold);
    json.put("predicted", predicted);
    json.put("tp", truePositives);
    json.put("fp", falsePositives());
    json.put("fn", falseNegatives());
    json.put("precision", precision());
    json.put("recall", recall());
    json.put("f1", f1());
    return json;
  }
}
