package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.DateRange;
import org.casus.model.Event;
import org.casus.model.Fact;
import org.casus.model.Place;

/**
 * One event per incident in an article: a later mention ("the strike", "l'attaque de dimanche")
 * joins the event reported before it when their types agree (or the later one only says
 * "attack", or is an explosion where a strike fell), their places agree (a shared place, the same country at country level, or no place
 * said) and their dates overlap (or one of them is not stated). The first mention keeps its evidence; sides, civilian
 * targeting and a denial that only the later mention says are added to it.
 */
public final class EventMentions {
  private static final String GENERIC = "armed_clash";
  private static final String AGREEMENT = "agreement";
  private static final String EXPLOSION = "remote_explosive_landmine_ied";
  private static final java.util.Set<String> STRIKES = java.util.Set.of("shelling_artillery_missile_attack", "air_drone_strike");

  private EventMentions() {}

  public static List<Fact> merge(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Event e && !e.eventType().equals(AGREEMENT)) {
        int target = earlierMention(out, e);
        if (target >= 0) {
          out.set(target, join((Event) out.get(target), e));
          continue;
        }
      }
      out.add(f);
    }
    return out;
  }

  private static int earlierMention(List<Fact> earlier, Event e) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      if (earlier.get(i) instanceof Event k && !k.eventType().equals(AGREEMENT)
          && typesAgree(k, e) && placesAgree(k.provenance().places(), e.provenance().places())
          && datesAgree(k.provenance().date(), e.provenance().date()) && sidesAgree(k, e)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean typesAgree(Event k, Event e) {
    return k.eventType().equals(e.eventType()) || e.eventType().equals(GENERIC)
        // "a more powerful explosion in the centre" of a town struck that day is the strike landing.
        || e.eventType().equals(EXPLOSION) && STRIKES.contains(k.eventType());
  }

  private static boolean sidesAgree(Event k, Event e) {
    return agree(k.actor1Side(), e.actor1Side()) && agree(k.actor2Side(), e.actor2Side());
  }

  private static boolean agree(Optional<String> a, Optional<String> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  static boolean placesAgree(List<Place> a, List<Place> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (Place p : a) {
      for (Place q : b) {
        if (p.name().equals(q.name())) {
          return true;
        }
        boolean countryLevel = p.precision().equals("country") || q.precision().equals("country");
        if (countryLevel && p.country().isPresent() && p.country().equals(q.country())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Overlapping dates agree, and so does a date the text does not state (the publication day). */
  private static boolean datesAgree(Optional<DateRange> a, Optional<DateRange> b) {
    if (a.isEmpty() || b.isEmpty() || a.get().mention().isEmpty() || b.get().mention().isEmpty()) {
      return true;
    }
    return !a.get().end().isBefore(b.get().start()) && !b.get().end().isBefore(a.get().start());
  }

  private static Event join(Event k, Event e) {
    return new Event(k.eventType(), k.civilianTargeting() || e.civilianTargeting(),
        k.ceasefireViolation() || e.ceasefireViolation(), k.actor1Side().or(e::actor1Side),
        k.actor2Side().or(e::actor2Side), k.deniedBy().isEmpty() ? e.deniedBy() : k.deniedBy(), k.provenance());
  }
}
