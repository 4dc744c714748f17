package org.casus.model;

import java.util.Locale;

/** What kind of source claims a fact. */
public enum ClaimantKind {
  GOVERNMENT,
  MILITARY,
  JUDICIARY,
  INTERNATIONAL_ORG,
  NGO,
  POLITICIAN,
  MEDIA,
  UNATTRIBUTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ClaimantKind fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
