package org.casus.store;

import java.util.Locale;

/** How far the sources of an incident agree, in the spirit of UCDP's source coding. */
public enum IncidentStatus {
  /** One independent source reports it. */
  SINGLE_SOURCE,
  /** Independent sources report it and their figures fit within each other's bounds. */
  CORROBORATED,
  /** A party denies it, or sources give figures beyond each other's stated bounds. */
  CONTESTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static IncidentStatus fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
