package org.casus.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Detection per fact type, and micro-averaged over all types.
 *
 * @param byType in the order casualties, materiel, damage, event, then any other type met
 */
public record DetectionScores(Map<String, DetectionScore> byType) {

  public DetectionScores {
    byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
  }

  /** Micro average: the counts of every type added up. */
  public DetectionScore overall() {
    return byType.values().stream().reduce(DetectionScore.NONE, DetectionScore::plus);
  }

  /** The score of a type, {@link DetectionScore#NONE} for a type never met. */
  public DetectionScore of(String type) {
    return byType.getOrDefault(type, DetectionScore.NONE);
  }

  public ObjectNode toJson() {
    ObjectNode json = overall().toJson();
    ObjectNode types = json.putObject("types");
    byType.forEach((type, score) -> types.set(type, score.toJson()));
    return json;
  }
}
