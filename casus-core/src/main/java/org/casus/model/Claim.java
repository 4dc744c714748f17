package org.casus.model;

import java.util.Optional;

/**
 * The claim a fact is reported under.
 *
 * @param verb the reporting words as written ("a déclaré", "said", "selon"), empty when unattributed
 * @param verbSpan where those words stand
 */
public record Claim(Claimant claimant, Optional<String> verb, Optional<Span> verbSpan, Stance stance) {
  public static Claim unattributed() {
    return new Claim(Claimant.article(), Optional.empty(), Optional.empty(), Stance.ASSERTED);
  }

  public Claim withStance(Stance s) {
    return new Claim(claimant, verb, verbSpan, s);
  }
}
