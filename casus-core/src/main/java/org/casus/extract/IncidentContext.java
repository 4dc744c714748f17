package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Casualties;
import org.casus.model.DateRange;
import org.casus.model.Event;
import org.casus.model.Fact;
import org.casus.model.Materiel;
import org.casus.model.Place;
import org.casus.model.Victims;

/**
 * Ties each figure to the incident it belongs to and fills the sides its own sentence leaves
 * open from that incident: the event told in the same sentence, else the last one told before
 * it, else the first of the article. A figure's perpetrator is the incident's attacker; its
 * victims' side the side attacked, or, for civilians, the state where they fell; equipment
 * belongs to the side attacked; a figure whose words give no date takes the incident's. Runs once
 * places and dates are known.
 */
public final class IncidentContext {
  private IncidentContext() {}

  public static List<Fact> apply(List<Fact> facts) {
    List<Integer> events = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      if (facts.get(i) instanceof Event) {
        events.add(i);
      }
    }
    if (events.isEmpty()) {
      return facts;
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      if (f instanceof Event) {
        out.add(f);
        continue;
      }
      int ref = incidentOf(facts, events, f);
      Event e = (Event) facts.get(ref);
      Fact linked = f.withProvenance(f.provenance().withEventRef(Optional.of(ref)).withDate(dateOf(f, e)));
      out.add(withSides(linked, e));
    }
    return out;
  }

  /** A figure whose own words give no date happened when its incident did. */
  private static Optional<DateRange> dateOf(Fact f, Event e) {
    Optional<DateRange> own = f.provenance().date();
    boolean stated = own.isPresent() && own.get().mention().isPresent();
    boolean incidentStated = e.provenance().date().map(d -> d.mention().isPresent()).orElse(false);
    return !stated && incidentStated ? e.provenance().date() : own;
  }

  private static int incidentOf(List<Fact> facts, List<Integer> events, Fact f) {
    int before = -1;
    for (int i : events) {
      Fact e = facts.get(i);
      if (e.evidence().sentence().equals(f.evidence().sentence())) {
        return i;
      }
      if (e.evidence().words().start() <= f.evidence().words().start()) {
        before = i;
      }
    }
    return before >= 0 ? before : events.get(0);
  }

  private static Fact withSides(Fact f, Event e) {
    if (f instanceof Casualties c) {
      Optional<String> perpetrator = c.perpetratorSide().or(() -> incidentPerpetrator(c, e));
      Optional<String> victim = c.victimSide().or(() -> victimSide(c, e, perpetrator));
      return c.withSides(victim, perpetrator);
    }
    if (f instanceof Materiel m && m.ownerSide().isEmpty()) {
      return new Materiel(m.outcome(), m.count(), m.system(), m.category(), owner(m, e), m.provenance());
    }
    return f;
  }

  /**
   * The incident's attacker, unless the figure's own victims are of that side: then they fell to
   * the side attacked ("two attackers were among the dead", "the army lost ten soldiers").
   */
  private static Optional<String> incidentPerpetrator(Casualties c, Event e) {
    if (c.victimSide().isPresent() && c.victimSide().equals(e.actor1Side())) {
      return e.actor2Side().filter(s -> !c.victimSide().equals(Optional.of(s)));
    }
    return e.actor1Side();
  }

  /**
   * Equipment whose words name no owner belongs to the side attacked, unless that is the side of
   * whoever reports the loss: a party tells of the enemy's losses ("l'ennemi a perdu 95 drones").
   */
  private static Optional<String> owner(Materiel m, Event e) {
    Optional<String> reporter = m.provenance().claim().claimant().side();
    if (reporter.isPresent() && reporter.equals(e.actor2Side())) {
      return e.actor1Side();
    }
    return e.actor2Side();
  }

  private static Optional<String> victimSide(Casualties c, Event e, Optional<String> perpetrator) {
    Optional<String> attacked = e.actor2Side().filter(s -> !Optional.of(s).equals(perpetrator));
    if (c.victims() == Victims.MILITARY) {
      return attacked;
    }
    Optional<String> country = c.provenance().places().stream().map(Place::country).flatMap(Optional::stream)
        .filter(s -> !Optional.of(s).equals(perpetrator)).findFirst();
    return country.or(() -> attacked);
  }
}
