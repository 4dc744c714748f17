package org.casus.model;

import java.util.Optional;

/**
 * Equipment destroyed, damaged or captured.
 *
 * @param system canonical system name from the weapon lexicon ("BM-21 Grad"), when the text names one
 * @param category "mlrs", "air_defence", "ifv", "apc", "tank", "artillery", "uav", "aircraft",
 *     "helicopter", "vehicle" or "other"
 */
public record Materiel(
    LossOutcome outcome,
    Count count,
    Optional<String> system,
    String category,
    Optional<String> ownerSide,
    Provenance provenance)
    implements Fact {

  @Override
  public Materiel withProvenance(Provenance p) {
    return new Materiel(outcome, count, system, category, ownerSide, p);
  }

  @Override
  public String type() {
    return "materiel";
  }
}
