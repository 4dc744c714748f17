package org.casus.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.contract.ContractJson;
import org.casus.model.AnnotatedText;
import org.casus.model.Block;
import org.casus.model.BlockKind;
import org.casus.model.Fact;

/**
 * One fact for a figure told twice in the same article: facts whose contract fields all agree
 * (evidence, claim and confidence aside) are kept once, at their first mention; and a headline's
 * figure that the body states again (same type, outcome, count and kind of victims or things) is
 * the body's fact. Runs once facts are placed, and again once they have taken sides and claimants
 * from their incident, when two mentions of one figure have come to agree.
 */
public final class DuplicateFacts {
  private DuplicateFacts() {}

  public static List<Fact> removeFrom(AnnotatedText text, List<Fact> facts) {
    Set<String> seen = new HashSet<>();
    Set<String> inBody = new HashSet<>();
    for (Fact f : facts) {
      if (!inTitle(text, f)) {
        inBody.add(figure(f));
      }
    }
    List<Fact> out = new ArrayList<>();
    // where each kept fact now stands, for the figures that point at their incident by index
    int[] moved = new int[facts.size()];
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      moved[i] = -1;
      if (inTitle(text, f) && inBody.contains(figure(f))) {
        continue;
      }
      ObjectNode key = ContractJson.fact(f);
      key.remove("evidence");
      key.remove("confidence");
      key.remove("claim");
      // A breakdown's evidence has its own offsets; the figure it belongs to is what repeats.
      key.remove("breakdown");
      if (seen.add(key.toString())) {
        moved[i] = out.size();
        out.add(f);
      }
    }
    return out.size() == facts.size() ? out : pointedAgain(out, moved);
  }

  private static List<Fact> pointedAgain(List<Fact> facts, int[] moved) {
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      Optional<Integer> ref = f.provenance().eventRef()
          .map(r -> r < moved.length ? moved[r] : -1).filter(r -> r >= 0);
      out.add(ref.equals(f.provenance().eventRef()) ? f : f.withProvenance(f.provenance().withEventRef(ref)));
    }
    return out;
  }

  private static boolean inTitle(AnnotatedText text, Fact f) {
    for (Block b : text.clean().blocks()) {
      if (b.kind() == BlockKind.TITLE && b.span().contains(f.evidence().words())) {
        return true;
      }
    }
    return false;
  }

  /** What a figure says, whoever says it and wherever: type, outcome, count, kind. */
  private static String figure(Fact f) {
    ObjectNode n = ContractJson.fact(f);
    return String.join("|", n.path("type").asText(), n.path("outcome").asText(), n.path("event_type").asText(),
        n.path("count").toString(), n.path("victims").asText(), n.path("category").asText(), n.path("object").asText());
  }
}
