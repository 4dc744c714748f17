package org.casus.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.casus.lexicon.TsvResource;
import org.casus.model.Language;

/**
 * Lemmatises with a LanguageTool morphological dictionary (morfologik FSA), choosing the reading
 * whose tag fits the word's UD part of speech. Thread-safe: a lookup object per call, the
 * dictionary is shared (DictionaryLookup itself is not thread-safe).
 */
public final class DictionaryLemmatizer implements Lemmatizer {
  private final Dictionary dictionary;
  private final Map<String, List<String>> tagPrefixesByUpos;

  private DictionaryLemmatizer(Dictionary dictionary, Map<String, List<String>> tagPrefixesByUpos) {
    this.dictionary = dictionary;
    this.tagPrefixesByUpos = tagPrefixesByUpos;
  }

  /**
   * Loads the dictionary of a language from the class path ({@code dictionaryResource}, e.g. the
   * french-pos-dict artifact's {@code org/languagetool/resource/fr/french.dict}) and the UPOS-to-tag
   * preferences from {@code lexicon/<lang>/lemma-tags.tsv}.
   */
  public static DictionaryLemmatizer load(Language language, String dictionaryResource) {
    URL url = DictionaryLemmatizer.class.getClassLoader().getResource(dictionaryResource);
    if (url == null) {
      throw new IllegalStateException("morphological dictionary not on the class path: " + dictionaryResource);
    }
    Map<String, List<String>> prefixes = new LinkedHashMap<>();
    for (String[] row : TsvResource.read("lexicon/" + language.code() + "/lemma-tags.tsv", 2)) {
      List<String> p = new ArrayList<>();
      for (int i = 1; i < row.length; i++) {
        if (!row[i].isEmpty()) {
          p.add(row[i]);
        }
      }
      prefixes.put(row[0], List.copyOf(p));
    }
    try {
      return new DictionaryLemmatizer(Dictionary.read(url), Map.copyOf(prefixes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary " + dictionaryResource, e);
    }
  }

  @Override
  public String lemma(String word, String upos) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<String[]> readings = readings(lower);
    if (readings.isEmpty() && !lower.equals(word)) {
      readings = readings(word);
    }
    if (readings.isEmpty()) {
      return lower;
    }
    for (String prefix : tagPrefixesByUpos.getOrDefault(upos, List.of())) {
      for (String[] r : readings) {
        if (r[1].startsWith(prefix)) {
          return r[0].toLowerCase(Locale.ROOT);
        }
      }
    }
    return readings.get(0)[0].toLowerCase(Locale.ROOT);
  }

  @Override
  public Set<String> candidates(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    out.add(lower);
    for (String[] r : readings(lower)) {
      out.add(r[0].toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** All (lemma, tag) readings of a word form. */
  public List<String[]> readings(String form) {
    List<String[]> out = new ArrayList<>();
    for (WordData wd : new DictionaryLookup(dictionary).lookup(form)) {
      out.add(new String[] {String.valueOf(wd.getStem()), String.valueOf(wd.getTag())});
    }
    return out;
  }
}
