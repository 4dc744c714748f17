package org.casus.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.model.AnnotatedText;
import org.casus.model.Place;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * Chooses, for each place mention of a text, one gazetteer entry among those sharing its name.
 * Two passes: the first scores each candidate alone (its prominence, the place noun beside the
 * mention, the countries the text names or whose people it names); the second adds what the other
 * mentions' first choices say (same first-level region, nearby). A name the tagger calls a
 * location that the gazetteer does not know, or knows only abroad when the text introduces it as
 * a village, is placed in the country the text is about, without coordinates; other unknown names
 * are set aside as unresolved; the others are resolved all the same.
 */
public final class CandidateResolver {
  private static final long SMALLEST_LISTED_POPULATION = 500;

  private final GazetteerIndex index;
  private final ResolutionWeights weights;

  public CandidateResolver(GazetteerIndex index) {
    this(index, ResolutionWeights.DEFAULT);
  }

  public CandidateResolver(GazetteerIndex index, ResolutionWeights weights) {
    this.index = index;
    this.weights = weights;
  }

  public PlaceResolution resolve(AnnotatedText text, List<PlaceMention> mentions) {
    Map<String, Integer> demonymCounts = demonymCountries(text);
    Set<String> demonymCountries = demonymCounts.keySet();
    List<List<GazetteerEntry>> candidates = new ArrayList<>();
    for (PlaceMention m : mentions) {
      candidates.add(lookup(m));
    }

    List<GazetteerEntry> firstChoices = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention m = mentions.get(i);
      Map<String, Double> countryWeights = countryWeights(demonymCountries, mentions, candidates, i);
      firstChoices.add(best(candidates.get(i), e -> alone(m, e, countryWeights)).orElse(null));
    }
    Optional<GazetteerEntry> textCountry = mainCountry(demonymCounts, firstChoices);

    List<ResolvedPlace> resolved = new ArrayList<>();
    List<PlaceMention> unresolved = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention m = mentions.get(i);
      Map<String, Double> countryWeights = countryWeights(demonymCountries, firstChoices, i);
      List<GazetteerEntry> others = others(mentions, firstChoices, i);
      List<CandidateScore> ranking = new ArrayList<>();
      for (GazetteerEntry e : candidates.get(i)) {
        ranking.add(new CandidateScore(e, alone(m, e, countryWeights) + withOthers(e, others)));
      }
      ranking.sort(Comparator.comparingDouble(CandidateScore::score).reversed());
      boolean known = !ranking.isEmpty()
          && !implausiblyAbroad(m, ranking.get(0).entry(), countryWeights, others);
      if (known) {
        GazetteerEntry chosen = ranking.get(0).entry();
        resolved.add(new ResolvedPlace(m, chosen, place(m, chosen), PlaceScope.of(chosen), ranking));
      } else if (textCountry.isPresent() && m.source() == PlaceMention.Source.NER) {
        // A village the gazetteer lacks lies, most likely, in the country the text is about.
        GazetteerEntry country = textCountry.get();
        resolved.add(new ResolvedPlace(m, country, unlocated(m, country), PlaceScope.EXACT, ranking));
      } else {
        unresolved.add(m);
      }
    }
    return new PlaceResolution(resolved, unresolved);
  }

  /**
   * "le village Damas" in a text about Congo: a settlement introduced by a place noun, whose only
   * namesakes lie in a country the text names nowhere else, is a local place the gazetteer lacks.
   */
  private boolean implausiblyAbroad(PlaceMention m, GazetteerEntry e, Map<String, Double> countryWeights,
      List<GazetteerEntry> others) {
    boolean settlementNoun = m.scope().filter(s -> s == PlaceScope.EXACT).isPresent();
    if (!settlementNoun || e.isCountry() || e.isRegion() || countryWeights.isEmpty()) {
      return false;
    }
    return !countryWeights.containsKey(e.country())
        && others.stream().noneMatch(o -> o.country().equals(e.country()));
  }

  /**
   * The country the text is about: the one whose people and places it names most. Empty when no
   * country stands out, so an unknown name is not given a country on a tie.
   */
  private Optional<GazetteerEntry> mainCountry(
      Map<String, Integer> demonymCounts, List<GazetteerEntry> firstChoices) {
    Map<String, Integer> counts = new HashMap<>(demonymCounts);
    for (GazetteerEntry e : firstChoices) {
      if (e != null && !e.country().isEmpty()) {
        counts.merge(e.country(), 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > bestCount) {
        best = c.getKey();
        bestCount = c.getValue();
        tie = false;
      } else if (c.getValue() == bestCount) {
        tie = true;
      }
    }
    return best == null || tie ? Optional.empty() : index.country(best);
  }

  /** The gazetteer's entry for a country, by its alpha-3 code. */
  public Optional<GazetteerEntry> country(String alpha3) {
    return index.country(alpha3);
  }

  // One bad name must not empty the result: a look-up that fails leaves that mention unresolved.
  private List<GazetteerEntry> lookup(PlaceMention m) {
    try {
      return index.lookup(m.name());
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** The countries whose people the text names, with how often it names them. */
  private Map<String, Integer> demonymCountries(AnnotatedText text) {
    Map<String, Integer> countries = new HashMap<>();
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        if (t.word().length() > 3) {
          index.countryOfDemonym(t.word()).ifPresent(c -> countries.merge(c, 1, Integer::sum));
        }
      }
    }
    return countries;
  }

  /** First pass: the country context is the demonyms and the other mentions' likeliest countries. */
  private Map<String, Double> countryWeights(Set<String> demonymCountries,
      List<PlaceMention> mentions, List<List<GazetteerEntry>> candidates, int self) {
    List<GazetteerEntry> prominent = new ArrayList<>();
    for (int j = 0; j < mentions.size(); j++) {
      prominent.add(j == self || candidates.get(j).isEmpty() ? null : candidates.get(j).get(0));
    }
    return countryWeights(demonymCountries, prominent, self);
  }

  private Map<String, Double> countryWeights(
      Set<String> demonymCountries, List<GazetteerEntry> choices, int self) {
    Map<String, Double> weightsByCountry = new HashMap<>();
    for (String c : demonymCountries) {
      weightsByCountry.put(c, weights.namedCountry());
    }
    for (int j = 0; j < choices.size(); j++) {
      GazetteerEntry e = choices.get(j);
      if (j == self || e == null || e.country().isEmpty()) {
        continue;
      }
      double w = e.isCountry() ? weights.namedCountry() : weights.countryOfOtherPlace();
      weightsByCountry.merge(e.country(), w, Math::max);
    }
    return weightsByCountry;
  }

  /**
   * Where people speak or meet, and what bodies are named after, are world cities whatever the
   * war: "Genève" of a press briefing is not the Geneva of a country the story also names.
   */
  private double alone(PlaceMention m, GazetteerEntry e, Map<String, Double> countryWeights) {
    boolean worldly = m.role() == PlaceMention.Role.REPORTING || m.role() == PlaceMention.Role.MEETING
        || m.role() == PlaceMention.Role.NAMESAKE;
    return prior(e) + (worldly ? 0 : countryContext(e, countryWeights)) + scopeAgreement(m, e);
  }

  private double countryContext(GazetteerEntry e, Map<String, Double> countryWeights) {
    Double w = countryWeights.get(e.country());
    if (w != null) {
      return w;
    }
    boolean foreign = !countryWeights.isEmpty() && !e.country().isEmpty();
    return foreign ? -weights.outsideTextCountries() : 0;
  }

  /** How prominent a place is before any context: the log of its size, roughly. */
  private double prior(GazetteerEntry e) {
    if (e.isCountry()) {
      return weights.countryPrior();
    }
    if (e.isRegion()) {
      return weights.regionPrior();
    }
    // GeoNames leaves many district seats at population 0; cities500 has none under 500.
    double size = Math.log10(Math.max(e.population(), SMALLEST_LISTED_POPULATION));
    if (e.isAdmin1()) {
      // A bare "Kharkiv" means the city more often than the oblast named after it.
      return Math.min(size, weights.regionPrior()) - weights.admin1BehindNamesake();
    }
    return size + (e.isCapital() ? weights.capitalBonus() : 0);
  }

  private double scopeAgreement(PlaceMention m, GazetteerEntry e) {
    if (m.scope().isEmpty()) {
      return 0;
    }
    PlaceScope said = m.scope().get();
    PlaceScope is = PlaceScope.of(e);
    boolean areaForArea = (said == PlaceScope.ADMIN1 || said == PlaceScope.REGION)
        && (is == PlaceScope.ADMIN1 || is == PlaceScope.REGION);
    if (said == is || areaForArea) {
      return weights.scopeAgreement();
    }
    // "la région de Nara": towns often give their name to the region they head.
    boolean townNamingArea = is == PlaceScope.EXACT
        && (said == PlaceScope.ADMIN1 || said == PlaceScope.REGION);
    return townNamingArea ? weights.scopeAgreement() / 2 : 0;
  }

  /** Second pass: the other mentions' first choices as neighbours. */
  private double withOthers(GazetteerEntry e, List<GazetteerEntry> others) {
    double score = 0;
    boolean sameAdmin1 = false;
    boolean near = false;
    for (GazetteerEntry o : others) {
      if (o.isAdmin1() && o.country().equals(e.country()) && !e.isAdmin1()
          && NameFolding.fold(o.name()).equals(NameFolding.fold(e.admin1()))) {
        sameAdmin1 = true;
      }
      if (!o.isCountry() && !e.isCountry() && !o.id().equals(e.id())
          && e.distanceKm(o) <= weights.nearKm()) {
        near = true;
      }
    }
    if (sameAdmin1) {
      score += weights.withinNamedAdmin1();
    }
    if (near) {
      score += weights.nearOtherPlace();
    }
    return score;
  }

  /** The other names' choices; the same name said again is no evidence for its own reading. */
  private static List<GazetteerEntry> others(
      List<PlaceMention> mentions, List<GazetteerEntry> choices, int self) {
    String name = NameFolding.fold(mentions.get(self).name());
    List<GazetteerEntry> out = new ArrayList<>();
    for (int j = 0; j < choices.size(); j++) {
      if (j != self && choices.get(j) != null
          && !NameFolding.fold(mentions.get(j).name()).equals(name)) {
        out.add(choices.get(j));
      }
    }
    return out;
  }

  private static Optional<GazetteerEntry> best(
      List<GazetteerEntry> candidates, java.util.function.ToDoubleFunction<GazetteerEntry> score) {
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry e : candidates) {
      double s = score.applyAsDouble(e);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return Optional.ofNullable(best);
  }

  /** A name known only by the country it lies in: no coordinates, country precision. */
  private static Place unlocated(PlaceMention m, GazetteerEntry country) {
    return new Place(m.name(), Optional.of(country.country()), Optional.empty(), Optional.empty(),
        PlaceScope.COUNTRY.precision(), Optional.empty(), Optional.of(m.span()));
  }

  private static Place place(PlaceMention m, GazetteerEntry e) {
    String precision = PlaceScope.of(e).precision();
    boolean townForItsRegion = e.isPopulatedPlace() && m.scope()
        .filter(s -> s == PlaceScope.ADMIN1 || s == PlaceScope.REGION).isPresent();
    if (townForItsRegion) {
      // "la région de Nara" when only the town is known: its point stands for the region.
      precision = PlaceScope.REGION.precision();
    }
    return new Place(
        m.name(),
        e.country().isEmpty() ? Optional.empty() : Optional.of(e.country()),
        Optional.of(e.lat()),
        Optional.of(e.lon()),
        precision,
        e.admin1().isEmpty() ? Optional.empty() : Optional.of(e.admin1()),
        Optional.of(m.span()));
  }
}
