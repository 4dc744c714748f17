package org.casus.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which event type the pipeline gave to the events it placed where gold has one: events are paired
 * one-to-one by the event match rule without its type condition, preferring pairs of the same type.
 * An event without a partner is counted against {@value #NONE}.
 *
 * @param counts gold event type, then predicted event type, to the number of pairs
 */
public record EventTypeConfusion(Map<String, Map<String, Integer>> counts) {
  public static final String NONE = "(none)";

  public EventTypeConfusion {
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    counts.forEach((gold, row) -> copy.put(gold, Collections.unmodifiableMap(new TreeMap<>(row))));
    counts = Collections.unmodifiableMap(copy);
  }

  public int count(String goldType, String predictedType) {
    return counts.getOrDefault(goldType, Map.of()).getOrDefault(predictedType, 0);
  }

  /** Every type met on either side, sorted, {@value #NONE} left out. */
  public Set<String> types() {
    Set<String> types = new TreeSet<>(counts.keySet());
    counts.values().forEach(row -> types.addAll(row.keySet()));
    types.remove(NONE);
    return Collections.unmodifiableSet(types);
  }

  public ObjectNode toJson() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    counts.forEach((gold, row) -> {
      ObjectNode cells = json.putObject(gold);
      row.forEach(cells::put);
    });
    return json;
  }
}
