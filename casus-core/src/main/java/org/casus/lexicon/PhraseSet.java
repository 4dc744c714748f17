package org.casus.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phrases of one or more words mapped to a value, matched longest first on lower-cased words. Typographic
 * apostrophes are read as straight ones, and an elided word may be one token ("d'") or two.
 */
public final class PhraseSet<V> {
  /** Compiled once: normalise runs on every word the rules look at. */
  private static final Pattern SPACE_AFTER_APOSTROPHE = Pattern.compile("'\\s+");

  private final Map<String, V> phrases;
  private final int longest;

  private PhraseSet(Map<String, V> phrases, int longest) {
    this.phrases = phrases;
    this.longest = longest;
  }

  public static <V> PhraseSet<V> of(Map<String, V> entries) {
    Map<String, V> m = new HashMap<>();
    int longest = 1;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      String key = normalise(e.getKey());
      m.put(key, e.getValue());
      longest = Math.max(longest, key.split(" ").length);
    }
    return new PhraseSet<>(Map.copyOf(m), longest);
  }

  /** A phrase and the words it covers, [start, end). */
  public record Match<V>(V value, int start, int end) {}

  public static String normalise(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'');
    return (lower.indexOf('\'') < 0 ? lower : SPACE_AFTER_APOSTROPHE.matcher(lower).replaceAll("'")).strip();
  }

  public Optional<V> get(String phrase) {
    return Optional.ofNullable(phrases.get(normalise(phrase)));
  }

  public boolean contains(String phrase) {
    return phrases.containsKey(normalise(phrase));
  }

  /** The longest phrase starting at word {@code start}. */
  public Optional<Match<V>> matchAt(List<String> words, int start) {
    for (int n = Math.min(longest, words.size() - start); n >= 1; n--) {
      V v = phrases.get(join(words, start, start + n));
      if (v != null) {
        return Optional.of(new Match<>(v, start, start + n));
      }
    }
    return Optional.empty();
  }

  /** The longest phrase ending just before word {@code end}. */
  public Optional<Match<V>> matchEndingAt(List<String> words, int end) {
    for (int n = Math.min(longest, end); n >= 1; n--) {
      V v = phrases.get(join(words, end - n, end));
      if (v != null) {
        return Optional.of(new Match<>(v, end - n, end));
      }
    }
    return Optional.empty();
  }

  private static String join(List<String> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      String w = normalise(words.get(i));
      if (w.isEmpty()) {
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\'') {
        sb.append(' ');
      }
      sb.append(w);
    }
    return sb.toString();
  }
}
