package org.casus.eval;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a gold claimant's name a predicted name contains, word by word. Names are written
 * freely ("Azerbaijani Ministry of Defence" / "ministry of defence of Azerbaijan"), so order and
 * function words do not count.
 */
public final class NameOverlap {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  // Function words of the gold languages: a name's meaning is in its content words. Scoring only,
  // never extraction, so this list is not a lexicon resource.
  private static final Set<String> STOP_WORDS = Set.of(
      "of", "the", "a", "an", "and", "in", "for", "to", "s",
      "de", "du", "des", "la", "le", "les", "l", "d", "et", "au", "aux", "en");

  private NameOverlap() {}

  /** The distinct content words of a name, lower-cased, in order. */
  public static Set<String> contentWords(String name) {
    Set<String> words = new LinkedHashSet<>();
    Matcher m = WORD.matcher(name.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!STOP_WORDS.contains(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }

  /** The share of the gold name's content words found in the predicted name, 0..1. */
  public static double shareFound(String goldName, String predictedName) {
    Set<String> gold = contentWords(goldName);
    if (gold.isEmpty()) {
      return 1.0;
    }
    Set<String> predicted = contentWords(predictedName);
    long found = gold.stream().filter(predicted::contains).count();
    return (double) found / gold.size();
  }

  static boolean hasContentWords(String name) {
    return !contentWords(name).isEmpty();
  }
}
