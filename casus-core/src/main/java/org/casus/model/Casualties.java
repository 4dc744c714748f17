package org.casus.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A figure of people killed, injured, missing, captured or displaced.
 *
 * @param breakdown demographic subsets of the figure ("including six children"), part of its count
 */
public record Casualties(
    CasualtyOutcome outcome,
    Count count,
    Victims victims,
    Optional<String> victimSide,
    Optional<String> perpetratorSide,
    Provenance provenance,
    List<Breakdown> breakdown)
    implements Fact {

  public Casualties {
    breakdown = List.copyOf(breakdown);
  }

  /** A figure without a breakdown. */
  public Casualties(CasualtyOutcome outcome, Count count, Victims victims, Optional<String> victimSide,
      Optional<String> perpetratorSide, Provenance provenance) {
    this(outcome, count, victims, victimSide, perpetratorSide, provenance, List.of());
  }

  @Override
  public Casualties withProvenance(Provenance p) {
    return new Casualties(outcome, count, victims, victimSide, perpetratorSide, p, breakdown);
  }

  public Casualties withSides(Optional<String> victim, Optional<String> perpetrator) {
    return new Casualties(outcome, count, victims, victim, perpetrator, provenance, breakdown);
  }

  public Casualties withSubset(Breakdown subset) {
    List<Breakdown> more = new ArrayList<>(breakdown);
    more.add(subset);
    return new Casualties(outcome, count, victims, victimSide, perpetratorSide, provenance, more);
  }

  @Override
  public String type() {
    return "casualties";
  }
}
