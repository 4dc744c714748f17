package org.casus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.casus.contract.ContractJson;
import org.casus.model.Breakdown;
import org.casus.model.Count;

/**
 * A casualty figure's demographic subsets in a few words a person reads beside the total: "14 (incl.
 * 5 children, 2 women)". Descriptors stay as the article wrote them, since they are the evidence.
 */
final class BreakdownText {
  /** What the text shows of one subset: how many, and the word that names them. */
  record Subset(Count count, String descriptor) {
    static Subset of(Breakdown b) {
      return new Subset(b.count(), b.descriptor());
    }

    /** A subset as the contract writes it ({@code {"count": {"min", "max"}, "descriptor", ...}}). */
    static Subset of(JsonNode b) {
      return new Subset(ContractJson.readCount(b.path("count")), b.path("descriptor").asText());
    }
  }

  private BreakdownText() {}

  static List<Subset> of(List<Breakdown> parts) {
    return parts.stream().map(Subset::of).toList();
  }

  /** The subsets of a contract {@code breakdown} array; none for a missing cell. */
  static List<Subset> of(JsonNode parts) {
    List<Subset> out = new ArrayList<>();
    if (parts != null) {
      parts.forEach(b -> out.add(Subset.of(b)));
    }
    return out;
  }

  /** "5 children, 2 women"; a vague count ("dont des enfants") leaves the descriptor alone. */
  static String list(List<Subset> parts, Function<Count, String> countText) {
    return String.join(", ", parts.stream()
        .map(s -> s.count().isVague() ? s.descriptor() : countText.apply(s.count()) + " " + s.descriptor())
        .toList());
  }

  /** "incl. 5 children, 2 women", or "" without subsets. */
  static String included(List<Subset> parts, Function<Count, String> countText) {
    return parts.isEmpty() ? "" : "incl. " + list(parts, countText);
  }

  /** "14 (incl. 5 children)": the total as given, then its subsets when it has some. */
  static String withTotal(String total, List<Subset> parts, Function<Count, String> countText) {
    return parts.isEmpty() ? total : total + " (" + included(parts, countText) + ")";
  }
}
