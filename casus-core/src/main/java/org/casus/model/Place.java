package org.casus.model;

import java.util.Optional;

/**
 * Where something happened.
 *
 * @param country ISO 3166-1 alpha-3
 * @param precision "exact", "near", "admin2", "admin1", "country" or "region"
 * @param mention where the place is named in the text, if it is
 */
public record Place(
    String name,
    Optional<String> country,
    Optional<Double> lat,
    Optional<Double> lon,
    String precision,
    Optional<String> admin1,
    Optional<Span> mention) {

  public static Place country(String name, String alpha3, Optional<Span> mention) {
    return new Place(name, Optional.of(alpha3), Optional.empty(), Optional.empty(), "country",
        Optional.empty(), mention);
  }

  public boolean hasCoordinates() {
    return lat.isPresent() && lon.isPresent();
  }
}
