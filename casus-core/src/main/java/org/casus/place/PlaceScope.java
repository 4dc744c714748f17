package org.casus.place;

/** What a place name denotes, and so the precision of the {@code Place} it becomes. */
public enum PlaceScope {
  EXACT("exact"),
  ADMIN1("admin1"),
  REGION("region"),
  COUNTRY("country");

  private final String precision;

  PlaceScope(String precision) {
    this.precision = precision;
  }

  /** The precision word of {@code org.casus.model.Place}. */
  public String precision() {
    return precision;
  }

  public static PlaceScope fromCode(String code) {
    for (PlaceScope s : values()) {
      if (s.precision.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown place scope: " + code);
  }

  public static PlaceScope of(GazetteerEntry e) {
    if (e.isCountry()) {
      return COUNTRY;
    }
    if (e.isAdmin1()) {
      return ADMIN1;
    }
    return e.isRegion() ? REGION : EXACT;
  }
}
