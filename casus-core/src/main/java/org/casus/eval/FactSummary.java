package org.casus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fact on one line, for people reading error lists:
 * {@code casualties killed 10..? civilians of AZE by ARM @Ganja 2020-10-11 [unattributed]}.
 */
public final class FactSummary {
  private FactSummary() {}

  public static String of(ObjectNode fact) {
    List<String> parts = new ArrayList<>();
    String type = Scorer.typeOf(fact);
    parts.add(type);
    switch (type) {
      case "casualties" -> {
        add(parts, fact, "outcome");
        parts.add(count(fact.get("count")));
        add(parts, fact, "victims");
        addWithWord(parts, "of", fact.get("victim_side"));
        addWithWord(parts, "by", fact.get("perpetrator_side"));
      }
      case "materiel" -> {
        add(parts, fact, "outcome");
        parts.add(count(fact.get("count")));
        add(parts, fact, "category");
        add(parts, fact, "system");
        addWithWord(parts, "of", fact.get("owner_side"));
      }
      case "damage" -> {
        add(parts, fact, "outcome");
        parts.add(count(fact.get("count")));
        add(parts, fact, "object");
      }
      case "event" -> {
        add(parts, fact, "event_type");
        add(parts, fact, "actor1_side");
        addWithWord(parts, "vs", fact.get("actor2_side"));
        if (fact.path("civilian_targeting").asBoolean(false)) {
          parts.add("(civilians targeted)");
        }
      }
      default -> { }
    }
    List<JsonNode> places = PlaceProximity.places(fact.get("place"));
    if (!places.isEmpty()) {
      parts.add("@" + places.stream().map(FactSummary::placeName).collect(Collectors.joining(",")));
    }
    DatePeriod.of(fact.get("date")).ifPresent(period -> parts.add(period.start().equals(period.end())
        ? period.start().toString()
        : period.start() + ".." + period.end()));
    String claimantKind = fact.path("claimant").path("kind").asText("");
    if (!claimantKind.isEmpty()) {
      parts.add("[" + claimantKind + "]");
    }
    return String.join(" ", parts);
  }

  /** Exact: {@code 10}; at least: {@code 10..?}; vague: {@code ?}. */
  static String count(JsonNode count) {
    String min = bound(count == null ? null : count.get("min"));
    String max = bound(count == null ? null : count.get("max"));
    return min.equals(max) ? min : min + ".." + max;
  }

  private static String bound(JsonNode value) {
    return value == null || value.isNull() ? "?" : value.asText();
  }

  private static String placeName(JsonNode place) {
    String name = place.path("name").asText("");
    return name.isEmpty() ? place.path("country").asText("?") : name;
  }

  private static void add(List<String> parts, ObjectNode fact, String field) {
    String value = fact.path(field).asText("");
    if (!value.isEmpty()) {
      parts.add(value);
    }
  }

  private static void addWithWord(List<String> parts, String word, JsonNode value) {
    if (value != null && !value.isNull() && !value.asText("").isEmpty()) {
      parts.add(word + " " + value.asText());
    }
  }
}
