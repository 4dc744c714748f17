package org.casus.model;

import java.util.Locale;

/** Who the victims of a casualty figure are. */
public enum Victims {
  CIVILIANS,
  MILITARY,
  MIXED,
  UNKNOWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Victims fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }

  /** What a group of victims of both kinds is. */
  public Victims combine(Victims other) {
    if (this == other || other == UNKNOWN) {
      return this;
    }
    if (this == UNKNOWN) {
      return other;
    }
    return MIXED;
  }
}
