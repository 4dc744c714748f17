package org.casus.place;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.DateRange;
import org.casus.model.Event;
import org.casus.model.Fact;
import org.casus.model.Place;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Gives each fact the place where it happened, by an ordered list of named passes; the first that
 * finds a place wins, and each is counted when it fires:
 *
 * <ol>
 *   <li>{@link Pass#SAME_PHRASE}: the places inside the phrase of the fact's own words ("une
 *       frappe sur Ganja", "12 morts survenus à Ganja") before other places of the sentence;
 *   <li>{@link Pass#OWN_SENTENCE}: the finest places of its sentence (towns before regions before
 *       countries);
 *   <li>{@link Pass#CUMULATIVE_COUNTRY}: a toll over a period of days ("since 27 September") is
 *       the country's, the country of the article's incident;
 *   <li>{@link Pass#PREVIOUS_SENTENCE}: a figure after its incident's sentence shares its place
 *       (same paragraph);
 *   <li>{@link Pass#INCIDENT_LEAD}: else the place of the incident the article leads with, the
 *       finest places of its first sentence that locates anything.
 * </ol>
 *
 * Only names in the role of a place count: a state acting ("Erevan a lancé"), a dateline or a press
 * briefing's city never locate a fact; a meeting's city locates only an agreement.
 */
public final class SentencePlaceResolver implements PlaceResolver {
  /** A toll dated over this many days or more is a cumulative count, not one incident's. */
  private static final long CUMULATIVE_DAYS = 3;

  private static final String AGREEMENT = "agreement";

  /** The passes, in the order they are tried. */
  public enum Pass { SAME_PHRASE, OWN_SENTENCE, CUMULATIVE_COUNTRY, PREVIOUS_SENTENCE, INCIDENT_LEAD, NONE }

  /** The places given to one fact and the pass that found them. */
  public record Assignment(Fact fact, List<Place> places, Pass pass) {
    public Assignment {
      places = List.copyOf(places);
    }
  }

  /** The assignments of a document and how often each pass fired. */
  public record Assignments(List<Assignment> assignments, Map<Pass, Integer> passCounts) {
    public Assignments {
      assignments = List.copyOf(assignments);
      passCounts = Map.copyOf(passCounts);
    }
  }

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
    List<Fact> out = new ArrayList<>(facts.size());
    for (Assignment a : assign(text, facts).assignments()) {
      out.add(a.fact().withProvenance(a.fact().provenance().withPlaces(a.places())));
    }
    return out;
  }

  /** Each fact with its places and the pass that found them; the facts themselves are not changed. */
  public Assignments assign(AnnotatedText text, List<Fact> facts) {
    List<ResolvedPlace> resolved = facts.isEmpty() ? List.of()
        : resolver.resolve(text, recognizer.recognize(text)).resolved();
    Map<Integer, List<ResolvedPlace>> bySentence = new java.util.HashMap<>();
    for (ResolvedPlace r : resolved) {
      bySentence.computeIfAbsent(r.mention().sentence(), k -> new ArrayList<>()).add(r);
    }
    List<ResolvedPlace> lead = incidentLead(text, bySentence);
    Map<Pass, Integer> counts = new EnumMap<>(Pass.class);
    List<Assignment> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      Assignment a = assign(text, f, bySentence, lead);
      counts.merge(a.pass(), 1, Integer::sum);
      out.add(a);
    }
    return new Assignments(out, counts);
  }

  private Assignment assign(AnnotatedText text, Fact f, Map<Integer, List<ResolvedPlace>> bySentence,
      List<ResolvedPlace> lead) {
    Optional<Sentence> own = sentenceOf(text, f.evidence().words());
    boolean agreement = f instanceof Event e && e.eventType().equals(AGREEMENT);
    if (own.isPresent()) {
      List<ResolvedPlace> here = locating(bySentence.getOrDefault(own.get().index(), List.of()), agreement);
      List<ResolvedPlace> phrase = inPhrase(own.get(), f.evidence().words(), here);
      if (!phrase.isEmpty()) {
        return new Assignment(f, finest(phrase), Pass.SAME_PHRASE);
      }
      if (!here.isEmpty()) {
        return new Assignment(f, finest(here), Pass.OWN_SENTENCE);
      }
    }
    if (isCumulative(f)) {
      Optional<Place> country = countryOf(lead);
      if (country.isPresent()) {
        return new Assignment(f, List.of(country.get()), Pass.CUMULATIVE_COUNTRY);
      }
    }
    if (own.isPresent() && own.get().index() > 0) {
      Sentence previous = text.sentences().get(own.get().index() - 1);
      boolean sameParagraph =
          text.text().substring(previous.span().end(), own.get().span().start()).indexOf('\n') < 0;
      List<ResolvedPlace> before = locating(bySentence.getOrDefault(previous.index(), List.of()), agreement);
      if (sameParagraph && !before.isEmpty()) {
        return new Assignment(f, finest(before), Pass.PREVIOUS_SENTENCE);
      }
    }
    if (!lead.isEmpty()) {
      return new Assignment(f, finest(lead), Pass.INCIDENT_LEAD);
    }
    return new Assignment(f, List.of(), Pass.NONE);
  }

  private static Optional<Sentence> sentenceOf(AnnotatedText text, Span words) {
    for (Sentence s : text.sentences()) {
      if (s.span().contains(words)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The mentions that can locate a fact: places, and for an agreement the city of a meeting. A
   * region across several states ("the Sahel nation") locates nothing a country would not.
   */
  private static List<ResolvedPlace> locating(List<ResolvedPlace> mentions, boolean agreement) {
    List<ResolvedPlace> out = new ArrayList<>();
    for (ResolvedPlace r : mentions) {
      PlaceMention.Role role = r.mention().role();
      boolean inOneState = r.place().country().isPresent();
      if (inOneState && (role == PlaceMention.Role.PLACE || agreement && role == PlaceMention.Role.MEETING)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The places governed by the fact's phrase ("une frappe sur Ganja", "12 morts survenus à
   * Ganja"): its incident's places, before other places of the sentence.
   */
  private static List<ResolvedPlace> inPhrase(Sentence s, Span words, List<ResolvedPlace> places) {
    if (places.size() < 2) {
      return List.of();
    }
    Optional<Token> head = phraseHead(s, words);
    if (head.isEmpty()) {
      return List.of();
    }
    return governedBy(s, head.get(), places);
  }

  private static List<ResolvedPlace> governedBy(Sentence s, Token governor, List<ResolvedPlace> places) {
    List<ResolvedPlace> out = new ArrayList<>();
    for (ResolvedPlace r : places) {
      Optional<Token> t = tokenAt(s, r.mention().span());
      if (t.isPresent() && s.dominates(governor, t.get())) {
        out.add(r);
      }
    }
    return out;
  }

  /** The word of {@code words} that the rest of the sentence attaches to. */
  private static Optional<Token> phraseHead(Sentence s, Span words) {
    for (Token t : s.tokens()) {
      if (!words.contains(t.span())) {
        continue;
      }
      if (t.head() < 0 || !words.contains(s.token(t.head()).span())) {
        return t.head() < 0 && t.deprel().isEmpty() ? Optional.empty() : Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The first token of a mention's name that sits inside its span. */
  private static Optional<Token> tokenAt(Sentence s, Span span) {
    for (Token t : s.tokens()) {
      if (t.span().end() > span.start() && t.span().start() < span.end()) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private static boolean isCumulative(Fact f) {
    Optional<DateRange> d = f.provenance().date();
    return d.isPresent() && ChronoUnit.DAYS.between(d.get().start(), d.get().end()) + 1 >= CUMULATIVE_DAYS;
  }

  /** The country of the article's incident, as a country-level place. */
  private Optional<Place> countryOf(List<ResolvedPlace> lead) {
    for (ResolvedPlace r : lead) {
      Optional<String> c = r.place().country();
      if (c.isPresent()) {
        String name = resolver.country(c.get()).map(GazetteerEntry::name).orElse(c.get());
        return Optional.of(Place.country(name, c.get(), Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /** The places of the first sentence that locates anything: where the article's incident is. */
  private static List<ResolvedPlace> incidentLead(
      AnnotatedText text, Map<Integer, List<ResolvedPlace>> bySentence) {
    for (Sentence s : text.sentences()) {
      List<ResolvedPlace> here = locating(bySentence.getOrDefault(s.index(), List.of()), false);
      if (!here.isEmpty()) {
        return here;
      }
    }
    return List.of();
  }

  /** Towns and sites when a sentence names any, else its regions, else its countries; once each. */
  private static List<Place> finest(List<ResolvedPlace> places) {
    for (PlaceScope level : List.of(PlaceScope.EXACT, PlaceScope.ADMIN1, PlaceScope.REGION, PlaceScope.COUNTRY)) {
      List<Place> out = new ArrayList<>();
      for (ResolvedPlace r : places) {
        Place p = r.place();
        if (r.scope() == level && out.stream().noneMatch(o -> o.name().equals(p.name()))) {
          out.add(p);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }
}
