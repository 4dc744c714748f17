package org.casus.lang;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casus.lexicon.TsvResource;
import org.casus.model.Block;
import org.casus.model.CleanText;
import org.casus.model.Language;

/**
 * Tells a text's language by the share of its words that are frequent function words of each
 * supported language ({@code lexicon/<lang>/function-words.tsv}). Below a minimum share for every
 * language, the text is in some other language ("und").
 */
public final class FunctionWordIdentifier implements LanguageIdentifier {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final double MIN_SHARE = 0.08;
  private final Map<Language, Set<String>> functionWords;

  private FunctionWordIdentifier(Map<Language, Set<String>> functionWords) {
    this.functionWords = functionWords;
  }

  public static FunctionWordIdentifier load() {
    Map<Language, Set<String>> words = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      Set<String> set = new HashSet<>();
      for (String[] row : TsvResource.read("lexicon/" + l.code() + "/function-words.tsv", 1)) {
        set.add(row[0].toLowerCase(Locale.ROOT));
      }
      words.put(l, Set.copyOf(set));
    }
    return new FunctionWordIdentifier(words);
  }

  @Override
  public String identify(CleanText text) {
    Map<Language, Integer> hits = new EnumMap<>(Language.class);
    int total = 0;
    for (Block b : text.extractable()) {
      Matcher m = WORD.matcher(b.span().of(text.text()));
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        total++;
        for (Map.Entry<Language, Set<String>> e : functionWords.entrySet()) {
          if (e.getValue().contains(w)) {
            hits.merge(e.getKey(), 1, Integer::sum);
          }
        }
      }
    }
    Language best = null;
    int bestHits = 0;
    for (Map.Entry<Language, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    if (best == null || total == 0 || (double) bestHits / total < MIN_SHARE) {
      return "und";
    }
    return best.code();
  }
}
