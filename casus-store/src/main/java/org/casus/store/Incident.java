package org.casus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.Place;

/**
 * One thing that happened, with every report of it from every document, each claim kept side by
 * side, the figures' ranges and how far the sources agree.
 *
 * @param eventType the ACLED sub-event type most reports give, or "unknown" when only figures are reported
 * @param sources the independent sources among the reports
 */
public record Incident(
    String id,
    String eventType,
    Optional<LocalDate> start,
    Optional<LocalDate> end,
    Optional<Place> place,
    IncidentStatus status,
    String statusReason,
    int sources,
    List<LinkedFact> reports,
    List<FigureEstimate> figures) {

  public Incident {
    reports = List.copyOf(reports);
    figures = List.copyOf(figures);
  }
}
