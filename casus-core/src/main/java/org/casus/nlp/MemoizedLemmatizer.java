package org.casus.nlp;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lemmatiser that remembers what another gave for each word form. Every token of the cheap pass
 * asks for its candidates, and the dictionary and morphology look-ups took nearly a tenth of the
 * pipeline's sampled time, while news vocabulary is so skewed that a few tens of thousands of forms make up nearly
 * all the tokens. The memory is bounded: once full it stops learning new forms and asks the
 * lemmatiser behind it. Thread-safe if that lemmatiser is.
 */
final class MemoizedLemmatizer implements Lemmatizer {
  /** Forms remembered for each of the two questions; about 10 MB at most. */
  static final int MAX_FORMS = 50_000;

  private final Lemmatizer lemmatizer;
  private final int maxForms;
  private final Map<String, Set<String>> candidates = new ConcurrentHashMap<>();
  private final Map<String, String> lemmas = new ConcurrentHashMap<>();

  MemoizedLemmatizer(Lemmatizer lemmatizer) {
    this(lemmatizer, MAX_FORMS);
  }

  MemoizedLemmatizer(Lemmatizer lemmatizer, int maxForms) {
    this.lemmatizer = lemmatizer;
    this.maxForms = maxForms;
  }

  @Override
  public String lemma(String word, String upos) {
    String key = upos + ' ' + word;
    String lemma = lemmas.get(key);
    if (lemma == null) {
      lemma = lemmatizer.lemma(word, upos);
      if (lemmas.size() < maxForms) {
        lemmas.put(key, lemma);
      }
    }
    return lemma;
  }

  @Override
  public Set<String> candidates(String word) {
    Set<String> known = candidates.get(word);
    if (known == null) {
      known = Set.copyOf(lemmatizer.candidates(word));
      if (candidates.size() < maxForms) {
        candidates.put(word, known);
      }
    }
    return known;
  }
}
