package org.casus.place;

/**
 * One place the gazetteer knows: a country, an admin1 region, a curated region or a populated place.
 *
 * @param id "country:AZE", "admin1:AZ.20", "geonames:586523" or "region:Nagorno-Karabakh"
 * @param country ISO 3166-1 alpha-3; empty for a region that spans several states (the Sahel)
 * @param featureClass GeoNames feature class: "P" populated place, "A" country or admin1, "L" region
 * @param featureCode GeoNames feature code: "PPLC", "PPLA", "PPL"..., "PCLI", "ADM1", "RGN"
 * @param population inhabitants; for an admin1 region the sum of its places, for a country and a
 *     curated region 0 (unknown)
 * @param admin1 name of the first-level division the place lies in, empty when unknown
 */
public record GazetteerEntry(
    String id,
    String name,
    String country,
    double lat,
    double lon,
    String featureClass,
    String featureCode,
    long population,
    String admin1) {

  public boolean isCountry() {
    return featureCode.startsWith("PCL");
  }

  public boolean isAdmin1() {
    return featureCode.equals("ADM1");
  }

  public boolean isRegion() {
    return featureClass.equals("L");
  }

  public boolean isPopulatedPlace() {
    return featureClass.equals("P");
  }

  public boolean isCapital() {
    return featureCode.equals("PPLC");
  }

  /** Great-circle distance in kilometres. */
  public double distanceKm(GazetteerEntry other) {
    double p1 = Math.toRadians(lat);
    double p2 = Math.toRadians(other.lat);
    double dp = p2 - p1;
    double dl = Math.toRadians(other.lon - lon);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
