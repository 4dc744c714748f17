package org.casus.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casus.model.AnnotatedText;
import org.casus.model.Fact;
import org.casus.model.Place;
import org.casus.model.Sentence;

/**
 * Gives each fact the places of its own sentence (towns and sites before regions and countries), else
 * those of the sentence before it in the same paragraph, else the place the article names most.
 * Places are recognised and resolved once per document; a name that does not resolve is left out
 * without dropping the others.
 */
public final class SentencePlaceResolver implements PlaceResolver {
  private final PlaceRecognizer recognizer;
  private final CandidateResolver resolver;

  public SentencePlaceResolver(PlaceRecognizer recognizer, CandidateResolver resolver) {
    this.recognizer = recognizer;
    this.resolver = resolver;
  }

  public static SentencePlaceResolver load(GazetteerIndex index) {
    return new SentencePlaceResolver(PlaceRecognizer.withAllLexicons(index), new CandidateResolver(index));
  }

  @Override
  public List<Fact> resolve(AnnotatedText text, List<Fact> facts) {
    if (facts.isEmpty()) {
      return facts;
    }
    List<ResolvedPlace> resolved = resolver.resolve(text, recognizer.recognize(text)).resolved();
    Map<Integer, List<ResolvedPlace>> bySentence = new LinkedHashMap<>();
    for (ResolvedPlace r : resolved) {
      bySentence.computeIfAbsent(r.mention().sentence(), k -> new ArrayList<>()).add(r);
    }
    List<Place> fallback = mostNamed(resolved);
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      List<Place> places = placesFor(text, f, bySentence);
      out.add(f.withProvenance(f.provenance().withPlaces(places.isEmpty() ? fallback : places)));
    }
    return out;
  }

  private static List<Place> placesFor(AnnotatedText text, Fact f, Map<Integer, List<ResolvedPlace>> bySentence) {
    Sentence own = null;
    for (Sentence s : text.sentences()) {
      if (s.span().contains(f.evidence().words())) {
        own = s;
        break;
      }
    }
    if (own == null) {
      return List.of();
    }
    List<Place> here = finest(bySentence.getOrDefault(own.index(), List.of()));
    if (!here.isEmpty()) {
      return here;
    }
    if (own.index() > 0) {
      Sentence previous = text.sentences().get(own.index() - 1);
      boolean sameParagraph = text.text().substring(previous.span().end(), own.span().start()).indexOf('\n') < 0;
      if (sameParagraph) {
        return finest(bySentence.getOrDefault(previous.index(), List.of()));
      }
    }
    return List.of();
  }

  /** Towns and sites when a sentence names any, else its regions, else its countries; once each. */
  private static List<Place> finest(List<ResolvedPlace> places) {
    for (String level : List.of("exact", "admin1", "region", "country")) {
      List<Place> out = new ArrayList<>();
      for (ResolvedPlace r : places) {
        Place p = r.place();
        boolean fits = level.equals("exact") ? !List.of("admin1", "region", "country").contains(p.precision())
            : p.precision().equals(level);
        if (fits && out.stream().noneMatch(o -> o.name().equals(p.name()))) {
          out.add(p);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /** The finest place the article names most often, for facts whose sentences name none. */
  private static List<Place> mostNamed(List<ResolvedPlace> resolved) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Place> byName = new LinkedHashMap<>();
    for (ResolvedPlace r : resolved) {
      counts.merge(r.place().name(), 1, Integer::sum);
      byName.putIfAbsent(r.place().name(), r.place());
    }
    Place best = null;
    int bestScore = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Place p = byName.get(e.getKey());
      int score = e.getValue() * 2 + (p.precision().equals("country") ? 0 : 1);
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best == null ? List.of() : List.of(best);
  }
}
