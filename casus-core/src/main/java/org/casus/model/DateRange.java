package org.casus.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a fact happened, resolved against the publication date.
 *
 * @param precision "day", "week", "month" or "period", after UCDP's date precision
 * @param mention the words that gave the date, when the text states it
 */
public record DateRange(LocalDate start, LocalDate end, String precision, Optional<Span> mention) {
  public DateRange {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end before start: " + start + " " + end);
    }
  }

  public static DateRange day(LocalDate d, Optional<Span> mention) {
    return new DateRange(d, d, "day", mention);
  }
}
