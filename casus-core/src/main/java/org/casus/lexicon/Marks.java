package org.casus.lexicon;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Takes the diacritics off a text ("Gəncə" keeps its schwa, "Défense" gives "Defense"), the first
 * step of every look-up key casus folds words to. Plain ASCII, most words of the press, is
 * returned as it is without the cost of Unicode decomposition, which runs on every word a rule reads.
 */
public final class Marks {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Marks() {}

  /** The text with every combining mark removed after canonical decomposition; nothing else changes. */
  public static String strip(String text) {
    return isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  public static boolean isAscii(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
