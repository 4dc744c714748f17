package org.casus.model;

import java.util.List;
import java.util.Optional;

/**
 * An incident or agreement, typed with an ACLED sub-event type in snake case.
 *
 * @param actor1Side who acted (alpha-3 or group name)
 * @param actor2Side on whom
 * @param deniedBy who denies the event took place or was theirs
 */
public record Event(
    String eventType,
    boolean civilianTargeting,
    boolean ceasefireViolation,
    Optional<String> actor1Side,
    Optional<String> actor2Side,
    List<Claimant> deniedBy,
    Provenance provenance)
    implements Fact {

  public Event {
    deniedBy = List.copyOf(deniedBy);
  }

  /** The same event, denied also by {@code denier}. */
  public Event deniedBy(Claimant denier) {
    List<Claimant> all = new java.util.ArrayList<>(deniedBy);
    if (!all.contains(denier)) {
      all.add(denier);
    }
    return new Event(eventType, civilianTargeting, ceasefireViolation, actor1Side, actor2Side, all, provenance);
  }

  @Override
  public Event withProvenance(Provenance p) {
    return new Event(eventType, civilianTargeting, ceasefireViolation, actor1Side, actor2Side, deniedBy, p);
  }

  @Override
  public String type() {
    return "event";
  }
}
