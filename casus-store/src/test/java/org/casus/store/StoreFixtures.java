package org.casus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.Block;
import org.casus.model.Breakdown;
import org.casus.model.BlockKind;
import org.casus.model.Casualties;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Claim;
import org.casus.model.Claimant;
import org.casus.model.ClaimantKind;
import org.casus.model.CleanText;
import org.casus.model.Count;
import org.casus.model.DateRange;
import org.casus.model.Document;
import org.casus.model.DocumentResult;
import org.casus.model.Event;
import org.casus.model.Evidence;
import org.casus.model.Fact;
import org.casus.model.Language;
import org.casus.model.OffsetMap;
import org.casus.model.Place;
import org.casus.model.Provenance;
import org.casus.model.Span;
import org.casus.model.Stance;
import org.casus.model.Victims;

/** Facts built by hand, as the pipeline would give them, for tests that need no models. */
final class StoreFixtures {
  static final Place GANJA = city("Ganja", "AZE", 40.68278, 46.36056);
  static final Place MINGACHEVIR = city("Mingachevir", "AZE", 40.76395, 47.05953);
  static final Place STEPANAKERT = city("Stepanakert", "AZE", 39.8177, 46.7528);
  static final Place AZERBAIJAN = new Place("Azerbaijan", Optional.of("AZE"), Optional.of(40.5), Optional.of(47.5),
      "country", Optional.empty(), Optional.empty());
  static final Place ARMENIA = new Place("Armenia", Optional.of("ARM"), Optional.empty(), Optional.empty(),
      "country", Optional.empty(), Optional.empty());
  static final Claimant ARTICLE = Claimant.article();
  static final Claimant AZE_MOD = new Claimant("Azerbaijani Ministry of Defence", ClaimantKind.MILITARY, Optional.of("AZE"));
  static final Claimant AZE_PROSECUTOR = new Claimant("Prosecutor General's Office of Azerbaijan", ClaimantKind.JUDICIARY,
      Optional.of("AZE"));
  static final Claimant ARM_MOD = new Claimant("Armenian Ministry of Defence", ClaimantKind.MILITARY, Optional.of("ARM"));

  private StoreFixtures() {}

  static Place city(String name, String country, double lat, double lon) {
    return new Place(name, Optional.of(country), Optional.of(lat), Optional.of(lon), "exact", Optional.empty(),
        Optional.empty());
  }

  /** A date the text states. */
  static DateRange on(String day) {
    return DateRange.day(LocalDate.parse(day), Optional.of(new Span(0, 1)));
  }

  /** A date the text does not state: the publication date, by default. */
  static DateRange published(String day) {
    return DateRange.day(LocalDate.parse(day), Optional.empty());
  }

  static Provenance provenance(String doc, int sentence, Claimant who, Stance stance, Place place, DateRange date) {
    Evidence e = new Evidence(doc, new Span(sentence, sentence + 50), new Span(sentence, sentence + 10), "words");
    return new Provenance(e, new Claim(who, Optional.of("said"), Optional.empty(), stance), List.of(place),
        Optional.of(date), 0.8, Optional.empty());
  }

  static Event strike(String doc, int sentence, Claimant who, Place place, DateRange date) {
    return new Event("shelling_artillery_missile_attack", true, false, Optional.of("ARM"), Optional.of("AZE"), List.of(),
        provenance(doc, sentence, who, Stance.ASSERTED, place, date));
  }

  static Event clash(String doc, int sentence, Claimant who, Place place, DateRange date) {
    return new Event("armed_clash", false, false, Optional.of("ARM"), Optional.of("AZE"), List.of(),
        provenance(doc, sentence, who, Stance.ASSERTED, place, date));
  }

  static Casualties killed(String doc, int sentence, Count count, Claimant who, Place place, DateRange date) {
    return new Casualties(CasualtyOutcome.KILLED, count, Victims.CIVILIANS, Optional.of("AZE"), Optional.of("ARM"),
        provenance(doc, sentence, who, Stance.ASSERTED, place, date));
  }

  static Casualties injured(String doc, int sentence, Count count, Claimant who, Place place, DateRange date) {
    return new Casualties(CasualtyOutcome.INJURED, count, Victims.CIVILIANS, Optional.of("AZE"), Optional.of("ARM"),
        provenance(doc, sentence, who, Stance.ASSERTED, place, date));
  }

  /** "dont 6 enfants": a subset of a figure, told in the sentence at {@code sentence}, as provenance places it. */
  static Breakdown children(String doc, int sentence, int n) {
    Evidence e = new Evidence(doc, new Span(sentence, sentence + 50), new Span(sentence + 5, sentence + 19),
        "dont " + n + " enfants");
    return new Breakdown(Count.exact(n), Victims.CIVILIANS, "enfants", e);
  }

  static Document document(String id, String published, String content) {
    return new Document(id, id + ".txt", Optional.of("https://www." + id + ".example/news"),
        Optional.of(LocalDate.parse(published)), content, org.casus.model.ContentFormat.TEXT);
  }

  static DocumentResult.Extracted extracted(Document d, List<Fact> facts) {
    CleanText clean = new CleanText(d, d.content(),
        List.of(new Block(new Span(0, d.content().length()), BlockKind.CONTENT, "test")), OffsetMap.identity());
    return new DocumentResult.Extracted(new AnnotatedText(clean, Language.FR, List.of()), facts);
  }

  /** The stored view of a document's facts, as the linker reads them. */
  static List<StoredFact> stored(String id, String published, Fact... facts) {
    String hash = ContentHash.of(id);
    List<StoredFact> out = new java.util.ArrayList<>();
    for (int i = 0; i < facts.length; i++) {
      out.add(StoredFact.of(new FactKey(hash, i), id, id + ".example", Optional.of(LocalDate.parse(published)), facts[i]));
    }
    return out;
  }
}
