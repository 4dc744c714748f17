package org.casus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether two facts name the same place, as the gold README defines it: same country, and within
 * {@value #MAX_DISTANCE_KM} km when both places have coordinates.
 */
public final class PlaceProximity {
  public static final double MAX_DISTANCE_KM = 25.0;
  private static final double EARTH_RADIUS_KM = 6371.0088;

  private PlaceProximity() {}

  /** True when some place of {@code a} and some place of {@code b} are the same place. */
  public static boolean shareAPlace(JsonNode a, JsonNode b) {
    for (JsonNode one : places(a)) {
      for (JsonNode other : places(b)) {
        if (samePlace(one, other)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the field holds at least one place object. */
  public static boolean hasPlace(JsonNode place) {
    return !places(place).isEmpty();
  }

  /** A place field is one object or a list of them; anything else holds no place. */
  static List<JsonNode> places(JsonNode place) {
    List<JsonNode> places = new ArrayList<>();
    if (place == null) {
      return places;
    }
    if (place.isObject()) {
      places.add(place);
    } else if (place.isArray()) {
      place.forEach(p -> {
        if (p.isObject()) {
          places.add(p);
        }
      });
    }
    return places;
  }

  static boolean samePlace(JsonNode one, JsonNode other) {
    String country = one.path("country").asText("");
    if (country.isEmpty() || !country.equals(other.path("country").asText(""))) {
      return false;
    }
    if (!hasCoordinates(one) || !hasCoordinates(other)) {
      return true;
    }
    double km = kilometresBetween(one.get("lat").asDouble(), one.get("lon").asDouble(),
        other.get("lat").asDouble(), other.get("lon").asDouble());
    return km <= MAX_DISTANCE_KM;
  }

  private static boolean hasCoordinates(JsonNode place) {
    return place.path("lat").isNumber() && place.path("lon").isNumber();
  }

  /** Great-circle (haversine) distance on a spherical Earth of mean radius. */
  public static double kilometresBetween(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
