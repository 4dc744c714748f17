package org.casus.model;

import java.util.List;
import java.util.Optional;

/**
 * What every fact carries besides its own fields: its evidence, who claims it, where and when it
 * happened, and how sure the rule that produced it is.
 *
 * @param eventRef index of the event fact (in the document's fact list) this fact belongs to, if known
 */
public record Provenance(
    Evidence evidence,
    Claim claim,
    List<Place> places,
    Optional<DateRange> date,
    double confidence,
    Optional<Integer> eventRef) {

  public Provenance {
    places = List.copyOf(places);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }

  public static Provenance of(Evidence evidence, double confidence) {
    return new Provenance(evidence, Claim.unattributed(), List.of(), Optional.empty(), confidence,
        Optional.empty());
  }

  public Provenance withClaim(Claim c) {
    return new Provenance(evidence, c, places, date, confidence, eventRef);
  }

  public Provenance withPlaces(List<Place> p) {
    return new Provenance(evidence, claim, p, date, confidence, eventRef);
  }

  public Provenance withDate(Optional<DateRange> d) {
    return new Provenance(evidence, claim, places, d, confidence, eventRef);
  }

  public Provenance withEventRef(Optional<Integer> ref) {
    return new Provenance(evidence, claim, places, date, confidence, ref);
  }
}
