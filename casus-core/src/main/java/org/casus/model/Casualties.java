package org.casus.model;

import java.util.Optional;

/** A figure of people killed, injured, missing, captured or displaced. */
public record Casualties(
    CasualtyOutcome outcome,
    Count count,
    Victims victims,
    Optional<String> victimSide,
    Optional<String> perpetratorSide,
    Provenance provenance)
    implements Fact {

  @Override
  public Casualties withProvenance(Provenance p) {
    return new Casualties(outcome, count, victims, victimSide, perpetratorSide, p);
  }

  @Override
  public String type() {
    return "casualties";
  }
}
