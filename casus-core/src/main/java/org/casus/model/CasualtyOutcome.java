package org.casus.model;

import java.util.Locale;

/** What happened to people. */
public enum CasualtyOutcome {
  KILLED,
  INJURED,
  MISSING,
  CAPTURED,
  DISPLACED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CasualtyOutcome fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
