package org.casus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The period of a fact's {@code date} field, both ends inclusive. */
public record DatePeriod(LocalDate start, LocalDate end) {

  public DatePeriod {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period ends before it starts: " + start + " " + end);
    }
  }

  /**
   * The period of {@code {"start": ..., "end": ...}}; a single given end stands for both. Empty when
   * the field is absent or not a pair of YYYY-MM-DD dates in order.
   */
  public static Optional<DatePeriod> of(JsonNode date) {
    if (date == null || !date.isObject()) {
      return Optional.empty();
    }
    Optional<LocalDate> start = day(date.get("start"));
    Optional<LocalDate> end = day(date.get("end"));
    if (start.isEmpty() && end.isEmpty()) {
      return Optional.empty();
    }
    LocalDate from = start.orElse(end.orElseThrow());
    LocalDate to = end.orElse(from);
    return to.isBefore(from) ? Optional.empty() : Optional.of(new DatePeriod(from, to));
  }

  private static Optional<LocalDate> day(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public boolean overlaps(DatePeriod other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }
}
