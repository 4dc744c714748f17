package org.casus.model;

/**
 * Buildings or infrastructure destroyed or damaged.
 *
 * @param object "houses", "apartments", "public_buildings", "infrastructure" or "other"
 */
public record Damage(LossOutcome outcome, Count count, String object, Provenance provenance)
    implements Fact {

  @Override
  public Damage withProvenance(Provenance p) {
    return new Damage(outcome, count, object, p);
  }

  @Override
  public String type() {
    return "damage";
  }
}
