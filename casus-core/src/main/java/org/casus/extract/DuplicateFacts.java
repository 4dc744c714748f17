package org.casus.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casus.contract.ContractJson;
import org.casus.model.Fact;

/**
 * One fact for a figure or an incident told twice in the same article (a headline repeated in the
 * body, an incident taken up again): facts whose contract fields all agree, evidence and
 * confidence aside, are kept once, at their first mention.
 */
public final class DuplicateFacts {
  private DuplicateFacts() {}

  public static List<Fact> removeFrom(List<Fact> facts) {
    Set<String> seen = new HashSet<>();
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      ObjectNode key = ContractJson.fact(f);
      key.remove("evidence");
      key.remove("confidence");
      key.remove("claim");
      if (seen.add(key.toString())) {
        out.add(f);
      }
    }
    return out;
  }
}
