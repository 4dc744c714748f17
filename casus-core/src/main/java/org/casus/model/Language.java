package org.casus.model;

import java.util.Locale;
import java.util.Optional;

/** A language casus can analyse, named by its ISO 639-1 code. */
public enum Language {
  FR,
  EN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Language> fromCode(String code) {
    for (Language l : values()) {
      if (l.code().equalsIgnoreCase(code)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
