package org.casus.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.casus.model.AnnotatedText;
import org.casus.model.CleanText;
import org.casus.model.Language;
import org.casus.model.Sentence;

/**
 * Routes each text to the CoreNLP annotator of its language, loading a language's pipelines (and
 * its sentence selector) the first time a text in it arrives, so that a run loads nothing for a
 * language it never reads.
 */
public final class MultilingualAnnotator implements Annotator {
  private final Function<Language, CoreNlpAnnotator> loader;
  private final Function<CoreNlpAnnotator, SentenceSelector> selectors;
  private final Map<Language, Loaded> loaded = new ConcurrentHashMap<>();

  private record Loaded(CoreNlpAnnotator annotator, SentenceSelector selector) {}

  /**
   * @param selectors the selector of a language's annotator: which sentences get the full
   *     annotation (POS, entities, dependencies)
   */
  public MultilingualAnnotator(Function<Language, CoreNlpAnnotator> loader,
      Function<CoreNlpAnnotator, SentenceSelector> selectors) {
    this.loader = loader;
    this.selectors = selectors;
  }

  /** Selects sentence by sentence, without context (tests, debugging). */
  public static MultilingualAnnotator coreNlp(Predicate<Sentence> selection) {
    return new MultilingualAnnotator(MultilingualAnnotator::load, a -> SentenceSelector.of(selection));
  }

  /**
   * The standard CoreNLP annotators, with French lemmas from LanguageTool's dictionary.
   *
   * @param selective full annotation only on the sentences that can carry a fact and their
   *     context; false annotates every sentence
   */
  public static MultilingualAnnotator coreNlp(boolean selective) {
    return new MultilingualAnnotator(MultilingualAnnotator::load, selective
        ? a -> SentenceSelector.load(a.language(), a.lemmatizer()::candidates)
        : a -> SentenceSelector.all());
  }

  private static CoreNlpAnnotator load(Language language) {
    Lemmatizer lemmatizer = switch (language) {
      case FR -> DictionaryLemmatizer.load(Language.FR, "org/languagetool/resource/fr/french.dict");
      case EN -> new InflectionLemmatizer();
    };
    return CoreNlpAnnotator.load(language, new MemoizedLemmatizer(lemmatizer));
  }

  private Loaded loaded(Language language) {
    return loaded.computeIfAbsent(language, l -> {
      CoreNlpAnnotator a = loader.apply(l);
      return new Loaded(a, selectors.apply(a));
    });
  }

  public CoreNlpAnnotator forLanguage(Language language) {
    return loaded(language).annotator();
  }

  public SentenceSelector selectorFor(Language language) {
    return loaded(language).selector();
  }

  @Override
  public AnnotatedText annotate(CleanText text, Language language) {
    Loaded l = loaded(language);
    return l.annotator().annotate(text, l.selector());
  }
}
