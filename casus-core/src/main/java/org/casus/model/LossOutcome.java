package org.casus.model;

import java.util.Locale;

/** What happened to equipment or buildings. */
public enum LossOutcome {
  DESTROYED,
  DAMAGED,
  CAPTURED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LossOutcome fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
