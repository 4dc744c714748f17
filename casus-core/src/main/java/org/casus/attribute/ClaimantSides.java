package org.casus.attribute;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Claim;
import org.casus.model.Claimant;
import org.casus.model.ClaimantKind;
import org.casus.model.Fact;
import org.casus.model.Place;

/**
 * A pass after places: a state institution named without its state ("the local authorities",
 * "le chef d'état-major général des armées", "the governor of the region") speaks for the state
 * where the facts it reports took place. Such a claimant takes the country most of its facts are
 * placed in; when none of its facts is placed, the country most facts of the document are placed
 * in. International organisations, NGOs, media and unattributed sources keep no side.
 */
public final class ClaimantSides {
  /** The kinds that belong to a state. */
  private static final Set<ClaimantKind> STATE_KINDS =
      EnumSet.of(ClaimantKind.GOVERNMENT, ClaimantKind.MILITARY, ClaimantKind.JUDICIARY, ClaimantKind.POLITICIAN);

  private ClaimantSides() {}

  /** The facts with each unsided state claimant given the state its facts are placed in. */
  public static List<Fact> complete(List<Fact> facts) {
    Map<Claimant, Map<String, Integer>> countriesByClaimant = new LinkedHashMap<>();
    Map<String, Integer> documentCountries = new LinkedHashMap<>();
    for (Fact f : facts) {
      Optional<String> country = countryOf(f);
      country.ifPresent(c -> documentCountries.merge(c, 1, Integer::sum));
      Claimant claimant = f.provenance().claim().claimant();
      if (unsidedState(claimant)) {
        Map<String, Integer> counts = countriesByClaimant.computeIfAbsent(claimant, k -> new LinkedHashMap<>());
        country.ifPresent(c -> counts.merge(c, 1, Integer::sum));
      }
    }
    if (countriesByClaimant.isEmpty()) {
      return List.copyOf(facts);
    }
    Optional<String> documentCountry = mostFrequent(documentCountries);
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      Claim claim = f.provenance().claim();
      Map<String, Integer> counts = countriesByClaimant.get(claim.claimant());
      Optional<String> side = counts == null ? Optional.empty() : mostFrequent(counts).or(() -> documentCountry);
      if (side.isEmpty()) {
        out.add(f);
        continue;
      }
      Claimant c = claim.claimant();
      Claim sided = new Claim(new Claimant(c.name(), c.kind(), side), claim.verb(), claim.verbSpan(), claim.stance());
      out.add(f.withProvenance(f.provenance().withClaim(sided)));
    }
    return List.copyOf(out);
  }

  private static boolean unsidedState(Claimant c) {
    return STATE_KINDS.contains(c.kind()) && c.side().isEmpty();
  }

  private static Optional<String> countryOf(Fact f) {
    return f.provenance().places().stream().map(Place::country).flatMap(Optional::stream).findFirst();
  }

  /** The most frequent key; on a tie, the one seen first. */
  private static Optional<String> mostFrequent(Map<String, Integer> counts) {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return Optional.ofNullable(best);
  }
}
