package org.casus.lang;

import java.util.Optional;
import org.casus.model.Block;
import org.casus.model.CleanText;
import org.casus.model.Language;

/** Tells the language of a cleaned text. */
public interface LanguageIdentifier {
  /** The ISO 639-1 code of the text's language, whether or not casus can analyse it ("und" if unknown). */
  String identify(CleanText text);

  /** The analysable language of the text, if it is one. */
  default Optional<Language> supported(CleanText text) {
    return Language.fromCode(identify(text));
  }

  /** The first {@code chars} characters of a text's extractable blocks, a line break after each block. */
  static String opening(CleanText text, int chars) {
    StringBuilder sample = new StringBuilder();
    for (Block b : text.extractable()) {
      if (sample.length() >= chars) {
        break;
      }
      sample.append(b.span().of(text.text()), 0, Math.min(b.span().length(), chars - sample.length())).append('\n');
    }
    return sample.toString();
  }
}
