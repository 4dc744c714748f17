package org.casus.extract;

import java.util.EnumMap;
import java.util.Map;
import org.casus.model.Language;

/** The extraction lexicons of every supported language, loaded once and shared by the extractors. */
public final class ExtractionLexicons {
  private final Map<Language, LanguageLexicon> byLanguage;

  private ExtractionLexicons(Map<Language, LanguageLexicon> byLanguage) {
    this.byLanguage = byLanguage;
  }

  public static ExtractionLexicons load() {
    Map<Language, LanguageLexicon> m = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      m.put(l, LanguageLexicon.load(l));
    }
    return new ExtractionLexicons(m);
  }

  public LanguageLexicon of(Language language) {
    return byLanguage.get(language);
  }
}
