package org.casus.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.attribute.Attributor;
import org.casus.clean.Cleaner;
import org.casus.extract.FactExtractor;
import org.casus.lang.LanguageIdentifier;
import org.casus.model.AnnotatedText;
import org.casus.model.CleanText;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.casus.model.DocumentResult;
import org.casus.model.Fact;
import org.casus.model.Language;
import org.casus.nlp.Annotator;
import org.casus.place.PlaceResolver;
import org.casus.time.DateResolver;

/**
 * The stages in their order: clean, language, annotate, extract, attribute, date, place. Each
 * stage's input is the previous one's output, which the types enforce. Thread-safe when its stages
 * are; a failure in one document becomes that document's {@link DocumentResult.Failed}.
 */
public final class Pipeline {
  private final Map<ContentFormat, Cleaner> cleaners;
  private final LanguageIdentifier identifier;
  private final Annotator annotator;
  private final List<FactExtractor> extractors;
  private final Attributor attributor;
  private final DateResolver dates;
  private final PlaceResolver places;

  public Pipeline(
      Map<ContentFormat, Cleaner> cleaners,
      LanguageIdentifier identifier,
      Annotator annotator,
      List<FactExtractor> extractors,
      Attributor attributor,
      DateResolver dates,
      PlaceResolver places) {
    this.cleaners = Map.copyOf(cleaners);
    this.identifier = identifier;
    this.annotator = annotator;
    this.extractors = List.copyOf(extractors);
    this.attributor = attributor;
    this.dates = dates;
    this.places = places;
  }

  /**
   * Runs every stage on one document.
   *
   * @param declared the language the caller says the document is in, to skip identification
   */
  public DocumentResult process(Document document, Optional<Language> declared) {
    return process(document, declared, StageClock.NONE);
  }

  /** As {@link #process(Document, Optional)}, telling {@code clock} how long each stage took. */
  public DocumentResult process(Document document, Optional<Language> declared, StageClock clock) {
    String stage = "clean";
    long start = System.nanoTime();
    try {
      Cleaner cleaner = cleaners.get(document.format());
      if (cleaner == null) {
        return failed(document, stage, "no cleaner for " + document.format());
      }
      CleanText clean = cleaner.clean(document);
      if (clean.extractable().isEmpty()) {
        return failed(document, stage, "no article text found");
      }
      start = lap(clock, stage, start);
      stage = "lang";
      Optional<Language> language = declared.isPresent() ? declared : identifier.supported(clean);
      if (language.isEmpty()) {
        return failed(document, stage, "unsupported_language: " + identifier.identify(clean));
      }
      start = lap(clock, stage, start);
      stage = "nlp";
      AnnotatedText annotated = annotator.annotate(clean, language.get());
      start = lap(clock, stage, start);
      stage = "extract";
      List<Fact> facts = new ArrayList<>();
      for (FactExtractor e : extractors) {
        facts.addAll(e.extract(annotated));
      }
      facts.sort((a, b) -> a.evidence().words().compareTo(b.evidence().words()));
      start = lap(clock, stage, start);
      stage = "attribute";
      facts = attributor.attribute(annotated, facts);
      start = lap(clock, stage, start);
      stage = "time";
      facts = dates.resolve(annotated, facts);
      start = lap(clock, stage, start);
      stage = "place";
      facts = places.resolve(annotated, facts);
      lap(clock, stage, start);
      return new DocumentResult.Extracted(annotated, facts);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return failed(document, stage, reason);
    }
  }

  /** Tells the clock the time since {@code start}, and returns now. */
  private static long lap(StageClock clock, String stage, long start) {
    long now = System.nanoTime();
    clock.record(stage, now - start);
    return now;
  }

  private static DocumentResult failed(Document d, String stage, String reason) {
    return new DocumentResult.Failed(d.id(), d.source(), stage, reason);
  }
}
