package org.casus.time;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.lexicon.TsvResource;
import org.casus.model.Language;

/**
 * The words of one language that make dates, read from {@code lexicon/<lang>/time.tsv}: weekdays,
 * months, words relative to the publication day, and the joints of periods.
 */
final class TimeLexicon {
  /** A lexicon phrase found in a sentence: what it is and how many words it took. */
  record Match(TimeWordKind kind, int value, int length) {}

  private final Map<List<String>, Match> phrases;
  private final int longest;

  private TimeLexicon(Map<List<String>, Match> phrases) {
    this.phrases = Map.copyOf(phrases);
    this.longest = phrases.keySet().stream().mapToInt(List::size).max().orElse(0);
  }

  static TimeLexicon load(Language language) {
    return of(TsvResource.read("lexicon/" + language.code() + "/time.tsv", 3));
  }

  /** A lexicon from rows of form, kind and value. */
  static TimeLexicon of(List<String[]> rows) {
    Map<List<String>, Match> phrases = new HashMap<>();
    for (String[] row : rows) {
      List<String> forms = TimeWord.forms(row[0]);
      if (forms.isEmpty()) {
        continue;
      }
      int value = row[2].isEmpty() ? 0 : Integer.parseInt(row[2]);
      phrases.put(forms, new Match(TimeWordKind.fromCode(row[1]), value, forms.size()));
    }
    return new TimeLexicon(phrases);
  }

  /** Every language's lexicon. */
  static Map<Language, TimeLexicon> loadAll() {
    Map<Language, TimeLexicon> all = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      all.put(l, load(l));
    }
    return all;
  }

  /** The longest phrase that starts at word {@code i}. */
  Optional<Match> longestAt(List<TimeWord> words, int i) {
    for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
      List<String> key = new ArrayList<>(n);
      for (int k = i; k < i + n; k++) {
        key.add(words.get(k).form());
      }
      Match m = phrases.get(key);
      if (m != null) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** True when {@code form} is an ordinal suffix ("th", "er"). */
  boolean isOrdinalSuffix(String form) {
    Match m = phrases.get(List.of(form));
    return m != null && m.kind() == TimeWordKind.ORDINAL_SUFFIX;
  }
}
