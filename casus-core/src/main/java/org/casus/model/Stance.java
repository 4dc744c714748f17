package org.casus.model;

import java.util.Locale;

/** How the claimant holds a fact. */
public enum Stance {
  ASSERTED,
  DENIED,
  HEDGED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
