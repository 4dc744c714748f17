package org.casus.lang;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.TsvResource;
import org.casus.model.CleanText;
import org.casus.model.Language;

/**
 * Tells the language of a text that is plainly in one of the languages casus analyses by their
 * function words ({@code lexicon/<lang>/function-words.tsv}), and asks a fuller identifier
 * (Lingua) about every other text. Lingua weighs the n-grams of forty languages and cost 5 % of the
 * pipeline's time; a count of a few dozen words costs nothing, and on running news prose it is as
 * sure: a text is decided only when it has enough words, in the Latin script, with an eighth of them
 * from one language's list, several different ones, and five times fewer from any other list.
 * Short, mixed, foreign or unusual texts fall through to the fuller identifier. Thread-safe.
 */
public final class FunctionWordIdentifier implements LanguageIdentifier {
  /** Characters read: enough for a hundred words of a paragraph or two. */
  static final int SAMPLE_CHARS = 800;
  /** Words a text needs before it can be decided here. */
  static final int MIN_WORDS = 40;
  /**
   * The share of a text's words that must be function words of its language. The listed words
   * make up 16 to 33 % of the first 800 characters of each dev article, and at most 4 % of a
   * text in another language of the multilingual sample (Italian, on the French list).
   */
  static final double MIN_SHARE = 1.0 / 8;
  /** Different function words that must occur, so that one repeated word never decides. */
  static final int MIN_DISTINCT = 6;
  /** How many times more hits the language needs than any other analysable language. */
  static final int MIN_RATIO = 5;

  private final Map<Language, Set<String>> functionWords;
  private final LanguageIdentifier fallback;

  FunctionWordIdentifier(Map<Language, Set<String>> functionWords, LanguageIdentifier fallback) {
    this.functionWords = Map.copyOf(functionWords);
    this.fallback = fallback;
  }

  /** The function words of every language that has a list, before {@code fallback}. */
  public static FunctionWordIdentifier before(LanguageIdentifier fallback) {
    Map<Language, Set<String>> words = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      Set<String> list = new HashSet<>();
      TsvResource.readOptional("lexicon/" + l.code() + "/function-words.tsv", 1).forEach(r -> list.add(r[0].strip()));
      if (!list.isEmpty()) {
        words.put(l, Set.copyOf(list));
      }
    }
    return new FunctionWordIdentifier(words, fallback);
  }

  @Override
  public String identify(CleanText text) {
    return decide(LanguageIdentifier.opening(text, SAMPLE_CHARS)).map(Language::code).orElseGet(() -> fallback.identify(text));
  }

  /** The language a sample is plainly written in, if it is one with a list of function words. */
  Optional<Language> decide(String sample) {
    Map<Language, Integer> hits = new EnumMap<>(Language.class);
    Map<Language, Set<String>> distinct = new EnumMap<>(Language.class);
    int words = 0;
    int i = 0;
    while (i < sample.length()) {
      int c = sample.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < sample.length() && Character.isLetter(c = sample.codePointAt(i))) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return Optional.empty();
        }
        i += Character.charCount(c);
      }
      String word = sample.substring(start, i).toLowerCase(Locale.ROOT);
      words++;
      for (Map.Entry<Language, Set<String>> e : functionWords.entrySet()) {
        if (e.getValue().contains(word)) {
          hits.merge(e.getKey(), 1, Integer::sum);
          distinct.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(word);
        }
      }
    }
    if (words < MIN_WORDS) {
      return Optional.empty();
    }
    for (Map.Entry<Language, Integer> e : hits.entrySet()) {
      int n = e.getValue();
      boolean plain = n >= MIN_SHARE * words && distinct.get(e.getKey()).size() >= MIN_DISTINCT
          && hits.entrySet().stream().allMatch(o -> o.getKey() == e.getKey() || o.getValue() * MIN_RATIO <= n);
      if (plain) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }
}
