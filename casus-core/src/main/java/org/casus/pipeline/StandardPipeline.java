package org.casus.pipeline;

import java.util.List;
import java.util.Map;
import org.casus.attribute.ClaimAttributor;
import org.casus.attribute.ClaimantSides;
import org.casus.clean.BoilerplatePatterns;
import org.casus.clean.PlainTextCleaner;
import org.casus.clean.html.HtmlArticleExtractor;
import org.casus.clean.html.HtmlCleaner;
import org.casus.place.GazetteerIndex;
import org.casus.place.SentencePlaceResolver;
import org.casus.extract.CasualtyExtractor;
import org.casus.extract.DuplicateFacts;
import org.casus.extract.EventExtractor;
import org.casus.extract.EventMentions;
import org.casus.extract.IncidentContext;
import org.casus.extract.LossExtractor;
import org.casus.lexicon.WeaponLexicon;
import org.casus.place.PlaceResolver;
import org.casus.time.TemporalResolver;
import org.casus.extract.ExtractionLexicons;
import org.casus.lang.FunctionWordIdentifier;
import org.casus.lang.LinguaIdentifier;
import org.casus.model.ContentFormat;
import org.casus.model.Fact;
import org.casus.nlp.Annotator;
import org.casus.nlp.MultilingualAnnotator;

/** Wires casus's standard stages, in one place, by their constructors. */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** The standard pipeline, with the full annotation only where a fact or its context can be. */
  public static Pipeline build() {
    return build(true);
  }

  /** @param selective false gives every sentence the full annotation (the reference for selection) */
  public static Pipeline build(boolean selective) {
    return build(MultilingualAnnotator.coreNlp(selective));
  }

  /**
   * Places, then one fact for what the article tells twice and one event per incident (that needs
   * the places to tell), then each figure tied to its incident.
   */
  private static PlaceResolver places(PlaceResolver resolver) {
    return (text, facts) -> {
      List<Fact> placed = DuplicateFacts.removeFrom(text, resolver.resolve(text, facts));
      // Figures take sides and dates from the mention of their incident in their own sentence,
      // before the mentions are merged; the second pass points them at the merged event.
      List<Fact> linked = IncidentContext.apply(EventMentions.merge(IncidentContext.apply(placed)));
      // a claimant named without its state can only be sided once the facts are placed
      return DuplicateFacts.removeFrom(text, ClaimantSides.complete(linked));
    };
  }

  /** The standard pipeline over a given annotator (tests share one across pipelines). */
  public static Pipeline build(Annotator annotator) {
    ExtractionLexicons lexicons = ExtractionLexicons.load();
    WeaponLexicon weapons = WeaponLexicon.load();
    return new Pipeline(
        Map.of(ContentFormat.TEXT, new PlainTextCleaner(BoilerplatePatterns.load()),
            ContentFormat.HTML, new HtmlCleaner(new HtmlArticleExtractor())),
        FunctionWordIdentifier.before(LinguaIdentifier.load()),
        annotator,
        List.of(new CasualtyExtractor(lexicons), new LossExtractor(lexicons, weapons), new EventExtractor(lexicons)),
        ClaimAttributor.load(),
        TemporalResolver.load(),
        places(SentencePlaceResolver.load(GazetteerIndex.load())));
  }
}
