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
 * Routes each text to the CoreNLP annotator of its language, loading a language's pipelines the
 * first time a text in it arrives, so that a run loads nothing for a language it never reads.
 */
public final class MultilingualAnnotator implements Annotator {
  private final Function<Language, CoreNlpAnnotator> loader;
  private final Predicate<Sentence> selection;
  private final Map<Language, CoreNlpAnnotator> loaded = new ConcurrentHashMap<>();

  /**
   * @param selection which sentences get the full annotation (POS, entities, dependencies)
   */
  public MultilingualAnnotator(Function<Language, CoreNlpAnnotator> loader, Predicate<Sentence> selection) {
    this.loader = loader;
    this.selection = selection;
  }

  /** The standard CoreNLP annotators, with French lemmas from LanguageTool's dictionary. */
  public static MultilingualAnnotator coreNlp(Predicate<Sentence> selection) {
    return new MultilingualAnnotator(MultilingualAnnotator::load, selection);
  }

  private static CoreNlpAnnotator load(Language language) {
    Lemmatizer lemmatizer = switch (language) {
      case FR -> DictionaryLemmatizer.load(Language.FR, "org/languagetool/resource/fr/french.dict");
      case EN -> Lemmatizer.lowerCase();
    };
    return CoreNlpAnnotator.load(language, lemmatizer);
  }

  public CoreNlpAnnotator forLanguage(Language language) {
    return loaded.computeIfAbsent(language, loader);
  }

  @Override
  public AnnotatedText annotate(CleanText text, Language language) {
    return forLanguage(language).annotate(text, selection);
  }
}
