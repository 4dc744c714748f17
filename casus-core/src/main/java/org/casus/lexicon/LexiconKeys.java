package org.casus.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How lexicon entries and text words are compared: case, diacritics, typographic apostrophes and
 * hyphen-or-space variants are ignored, so "État islamique", "Etat-Islamique" and "ETAT ISLAMIQUE"
 * meet on the same key.
 */
final class LexiconKeys {
  /**
   * Separators inside a word that a writer may equally replace by a space or drop: white space
   * (as regex \\s reads it), hyphens and dashes, apostrophes, backquote and slash.
   */
  private static final String SEPARATORS = " \t\n\u000B\f\r-\u2010\u2011\u2012\u2013\u2014'\u2019\u02bc`/";

  private LexiconKeys() {}

  /** Lower case without diacritics, with ligatures spelled out. */
  static String fold(String text) {
    if (Marks.isAscii(text)) {
      // Nothing to decompose or spell out: the common case, on every word the rules read.
      return text.toLowerCase(Locale.ROOT);
    }
    String lower = text.toLowerCase(Locale.ROOT)
        .replace("\u0153", "oe").replace("\u00e6", "ae").replace("\u00df", "ss")
        .replace('\u0131', 'i').replace('\u0142', 'l').replace('\u00f8', 'o').replace('\u0111', 'd');
    return Marks.strip(lower);
  }

  /**
   * The comparable parts of a word or phrase: folded, split at spaces, hyphens, apostrophes and
   * slashes, each trimmed of surrounding punctuation ("(CICR)" gives "cicr", "U.S." gives "u.s").
   */
  static List<String> parts(String text) {
    List<String> out = new ArrayList<>();
    String folded = fold(text);
    int start = 0;
    for (int i = 0; i <= folded.length(); i++) {
      if (i == folded.length() || SEPARATORS.indexOf(folded.charAt(i)) >= 0) {
        String trimmed = trimPunctuation(folded.substring(start, i));
        if (!trimmed.isEmpty()) {
          out.add(trimmed);
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** The parts joined by single spaces: the key of a whole phrase. */
  static String phraseKey(String text) {
    return String.join(" ", parts(text));
  }

  /** Letters and digits only: the key under which system names are compared ("BM 21" = "BM-21" = "bm21"). */
  static String compactKey(String text) {
    String folded = fold(text);
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** True for a word made only of joining punctuation, such as a lone hyphen in "ZSU - 23-4". */
  static boolean isConnector(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if ("-\u2010\u2011\u2012\u2013/.".indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String trimPunctuation(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && !Character.isLetterOrDigit(s.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }
}
