package org.casus.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.casus.lexicon.PhraseSet;
import org.casus.lexicon.TsvResource;
import org.casus.model.Language;

/** The number words of a language ({@code lexicon/<lang>/numbers.tsv}) and their values. */
final class NumberWords {
  /** How a number word counts. */
  enum Kind {
    EXACT,
    APPROX,
    SCALE
  }

  record Entry(long value, Kind kind) {}

  private final Map<String, Entry> words;

  private NumberWords(Map<String, Entry> words) {
    this.words = Map.copyOf(words);
  }

  static NumberWords load(Language language) {
    Map<String, Entry> m = new HashMap<>();
    for (String[] row : TsvResource.read("lexicon/" + language.code() + "/numbers.tsv", 3)) {
      m.put(PhraseSet.normalise(row[0]), new Entry(Long.parseLong(row[1]), Kind.valueOf(row[2].toUpperCase(java.util.Locale.ROOT))));
    }
    return new NumberWords(m);
  }

  Optional<Entry> get(String word) {
    return Optional.ofNullable(words.get(PhraseSet.normalise(word)));
  }

  /**
   * The value of a written-out number made of number words joined by hyphens or given as separate
   * words ("quarante-deux", "quatre-vingt-dix", "deux cents", "twenty-one"), if every part is one.
   */
  Optional<Entry> parse(java.util.List<String> parts) {
    long total = 0;
    long current = 0;
    boolean any = false;
    Kind kind = Kind.EXACT;
    java.util.List<String> pieces = new java.util.ArrayList<>();
    for (String p : parts) {
      for (String s : PhraseSet.normalise(p).split("-")) {
        if (!s.isEmpty()) {
          pieces.add(s);
        }
      }
    }
    for (int i = 0; i < pieces.size(); i++) {
      Entry e = null;
      // Longest hyphenated compound first: "quatre-vingt-dix", then "quatre-vingt".
      for (int n = Math.min(3, pieces.size() - i); n >= 1 && e == null; n--) {
        Entry candidate = words.get(String.join("-", pieces.subList(i, i + n)));
        if (candidate != null) {
          e = candidate;
          i += n - 1;
        }
      }
      if (e == null) {
        return Optional.empty();
      }
      any = true;
      if (e.kind() == Kind.SCALE) {
        long base = current == 0 ? 1 : current;
        if (e.value() >= 1000) {
          total += base * e.value();
          current = 0;
        } else {
          current = base * e.value();
        }
      } else {
        if (e.kind() == Kind.APPROX) {
          kind = Kind.APPROX;
          // "une dizaine" is ten, "deux centaines" two hundred.
          current = current <= 1 ? e.value() : current * e.value();
          continue;
        }
        current += e.value();
      }
    }
    return any ? Optional.of(new Entry(total + current, kind)) : Optional.empty();
  }
}
