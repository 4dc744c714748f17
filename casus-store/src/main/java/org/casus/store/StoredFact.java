package org.casus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.contract.ContractJson;
import org.casus.model.Breakdown;
import org.casus.model.Casualties;
import org.casus.model.Claimant;
import org.casus.model.Count;
import org.casus.model.Damage;
import org.casus.model.DateRange;
import org.casus.model.Event;
import org.casus.model.Fact;
import org.casus.model.Materiel;
import org.casus.model.Place;
import org.casus.model.Stance;

/**
 * A fact as the store keeps it: the typed fields that linking and queries need, and its contract
 * JSON. Built from a pipeline {@link Fact} when stored, and read back from the store's rows.
 *
 * @param outlet who published the document (the URL's host, else the document id): the voice of
 *     unattributed claims
 * @param subject what the figure counts, beyond its outcome: the victims of casualties, the
 *     category of materiel, the object of damage; empty for events
 * @param dateStated whether the text states the date (else it is the publication date, by default)
 * @param deniers the parties that deny an event
 * @param breakdown the demographic subsets of a casualty figure; empty for other facts
 */
public record StoredFact(
    FactKey key,
    String documentId,
    String outlet,
    Optional<LocalDate> published,
    String type,
    Optional<String> eventType,
    Optional<String> outcome,
    Count count,
    Optional<String> subject,
    Optional<String> actor1Side,
    Optional<String> actor2Side,
    boolean civilianTargeting,
    Optional<DateRange> date,
    boolean dateStated,
    List<Place> places,
    Claimant claimant,
    Stance stance,
    List<Claimant> deniers,
    List<Breakdown> breakdown,
    int sentenceStart,
    String evidenceText,
    double confidence,
    String json) {

  public StoredFact {
    places = List.copyOf(places);
    deniers = List.copyOf(deniers);
    breakdown = List.copyOf(breakdown);
  }

  public boolean isEvent() {
    return type.equals("event");
  }

  /** Reads the typed fields of a pipeline fact. */
  public static StoredFact of(FactKey key, String documentId, String outlet, Optional<LocalDate> published, Fact fact) {
    Optional<String> eventType = Optional.empty();
    Optional<String> outcome = Optional.empty();
    Count count = Count.vague();
    Optional<String> subject = Optional.empty();
    Optional<String> actor1 = Optional.empty();
    Optional<String> actor2 = Optional.empty();
    boolean civilians = false;
    List<Claimant> deniers = new ArrayList<>();
    List<Breakdown> breakdown = List.of();
    if (fact instanceof Casualties c) {
      outcome = Optional.of(c.outcome().code());
      count = c.count();
      subject = Optional.of(c.victims().code());
      actor1 = c.perpetratorSide();
      actor2 = c.victimSide();
      breakdown = c.breakdown();
    } else if (fact instanceof Materiel m) {
      outcome = Optional.of(m.outcome().code());
      count = m.count();
      subject = Optional.of(m.category());
    } else if (fact instanceof Damage d) {
      outcome = Optional.of(d.outcome().code());
      count = d.count();
      subject = Optional.of(d.object());
    } else if (fact instanceof Event e) {
      eventType = Optional.of(e.eventType());
      actor1 = e.actor1Side();
      actor2 = e.actor2Side();
      civilians = e.civilianTargeting();
      deniers.addAll(e.deniedBy());
    }
    var p = fact.provenance();
    boolean stated = p.date().map(d -> d.mention().isPresent()).orElse(false);
    return new StoredFact(key, documentId, outlet, published, fact.type(), eventType, outcome, count, subject,
        actor1, actor2, civilians, p.date(), stated, p.places(), p.claim().claimant(), p.claim().stance(),
        deniers, breakdown, p.evidence().sentence().start(), p.evidence().text(), p.confidence(),
        ContractJson.fact(fact).toString());
  }

  /** "fr-002#4": the document and the fact's index, for people. */
  public String label() {
    return documentId + "#" + key.index();
  }
}
