package org.casus.nlp;

import edu.stanford.nlp.process.Morphology;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lemmatiser of the cheap pass for a language whose tagger gives lemmas later (English):
 * lemmas are the lower-cased form, and the candidates are what CoreNLP's morphology makes of the
 * form read as each inflected part of speech ("killed" may be "kill", "shot down" "shoot").
 * Thread-safe: CoreNLP's Morphology is not, so each thread has its own.
 */
final class InflectionLemmatizer implements Lemmatizer {
  private static final List<String> INFLECTED_TAGS = List.of("NNS", "VBD", "VBN", "VBG", "VBZ");
  private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

  @Override
  public String lemma(String word, String upos) {
    return word.toLowerCase(Locale.ROOT);
  }

  @Override
  public Set<String> candidates(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    out.add(lower);
    Morphology m = morphology.get();
    for (String tag : INFLECTED_TAGS) {
      out.add(m.lemma(lower, tag).toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
