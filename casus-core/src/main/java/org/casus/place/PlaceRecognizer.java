package org.casus.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.model.AnnotatedText;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;
import org.casus.place.LocativeLexicon.Locative;
import org.casus.place.PlaceMention.Source;

/**
 * Finds the place names of a text. Two passes per sentence: runs of tokens the NER tagger labels
 * as locations, then capitalised word sequences the gazetteer knows. The second pass keeps a
 * place the tagger missed or called a person ("Ganja" as PER), but only with evidence that grows as
 * the place shrinks: a locative word before it, a place noun beside it, a list it shares with
 * other places, or else a large population, so that capitalised common words stay words.
 */
public final class PlaceRecognizer {
  /** Labels of CoreNLP's French ("LOC") and English (the rest) models, and of spaCy ("GPE"). */
  private static final Set<String> LOCATION_LABELS =
      Set.of("LOC", "LOCATION", "GPE", "COUNTRY", "CITY", "STATE_OR_PROVINCE");

  /** Word classes a place name never has; a token outside them may still be one. */
  private static final Set<String> NON_NAME_POS =
      Set.of("DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PUNCT", "NUM", "VERB", "PART");

  /** A name longer than this many tokens is not in the index ("Sant Julià de Lòria" has four). */
  private static final int LONGEST_NAME_TOKENS = 5;

  /** How many words before a name may hold its locative phrase ("à l'est de"). */
  private static final int LOCATIVE_WINDOW = 4;

  /**
   * With no locative word, a capitalised name is taken for a place only when it names a place this
   * large: in news, towns of 100,000 are named bare ("Ganja a été frappée"), villages are not, and
   * the many small places named like common words ("Selon", "Mai", "Bien") have few inhabitants.
   */
  private static final long BARE_NAME_MIN_POPULATION = 100_000;

  /** After a weak locative ("de", "of"), which often precedes organisations and people too. */
  private static final long WEAK_LOCATIVE_MIN_POPULATION = 5_000;

  private final GazetteerIndex index;
  private final Map<Language, LocativeLexicon> lexicons;

  public PlaceRecognizer(GazetteerIndex index, Map<Language, LocativeLexicon> lexicons) {
    this.index = index;
    this.lexicons = Map.copyOf(lexicons);
  }

  /** A recognizer for every language that has a locative lexicon. */
  public static PlaceRecognizer withAllLexicons(GazetteerIndex index) {
    Map<Language, LocativeLexicon> lexicons = new java.util.EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      lexicons.put(l, LocativeLexicon.load(l));
    }
    return new PlaceRecognizer(index, lexicons);
  }

  public List<PlaceMention> recognize(AnnotatedText text) {
    LocativeLexicon lexicon = lexicons.get(text.language());
    if (lexicon == null) {
      throw new IllegalArgumentException("no locative lexicon for " + text.language());
    }
    List<PlaceMention> mentions = new ArrayList<>();
    Set<String> locationNames = locationNames(text);
    for (Sentence s : text.sentences()) {
      mentions.addAll(new SentenceScan(text.text(), s, lexicon, locationNames).mentions());
    }
    return List.copyOf(mentions);
  }

  /**
   * The names the tagger labels as locations somewhere in the text: one name, one entity per
   * article, so "Kharkiv" tagged a person in a headline is still the city the body locates.
   */
  private static Set<String> locationNames(AnnotatedText text) {
    Set<String> names = new java.util.HashSet<>();
    for (Sentence s : text.sentences()) {
      List<Token> tokens = s.tokens();
      for (int[] run : locationLabelRuns(tokens)) {
        StringBuilder name = new StringBuilder();
        for (int k = run[0]; k < run[1]; k++) {
          name.append(k > run[0] ? " " : "").append(tokens.get(k).word());
        }
        names.add(NameFolding.fold(name.toString()));
      }
    }
    return names;
  }

  /** The runs of tokens the tagger labels as one location each, as [start, end) pairs. */
  private static List<int[]> locationLabelRuns(List<Token> tokens) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!isLocationLabel(tokens.get(i).ner())) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && isLocationLabel(tokens.get(end).ner())
          && !tokens.get(end).ner().startsWith("B-")) {
        end++;
      }
      runs.add(new int[] {i, end});
      i = end;
    }
    return runs;
  }

  /** A name found in one sentence, with the evidence the acceptance rule weighs. */
  private static final class Candidate {
    final int start;
    final int end;
    final Span span;
    final String name;
    final Source source;
    final List<GazetteerEntry> entries;
    final boolean labelledOtherwise;
    Locative locative = Locative.NONE;
    Optional<PlaceScope> scope = Optional.empty();

    Candidate(int start, int end, Span span, String name, Source source,
        List<GazetteerEntry> entries, boolean labelledOtherwise) {
      this.start = start;
      this.end = end;
      this.span = span;
      this.name = name;
      this.source = source;
      this.entries = entries;
      this.labelledOtherwise = labelledOtherwise;
    }
  }

  private final class SentenceScan {
    private final String text;
    private final List<Token> tokens;
    private final int sentence;
    private final LocativeLexicon lexicon;
    private final Set<String> locationNames;

    SentenceScan(String text, Sentence s, LocativeLexicon lexicon, Set<String> locationNames) {
      this.locationNames = locationNames;
      this.text = text;
      this.tokens = s.tokens();
      this.sentence = s.index();
      this.lexicon = lexicon;
    }

    List<PlaceMention> mentions() {
      boolean[] covered = new boolean[tokens.size()];
      List<Candidate> found = new ArrayList<>(locationRuns(covered));
      found.addAll(gazetteerNames(covered));
      found.sort(Comparator.comparingInt(c -> c.start));
      for (Candidate c : found) {
        c.locative = locativeBefore(c);
        c.scope = placeNounBeside(c);
      }
      shareEvidenceAcrossLists(found);
      List<PlaceMention> out = new ArrayList<>();
      for (Candidate c : found) {
        if (!lexicon.isNeverAPlace(c.name) && accepted(c)) {
          out.add(new PlaceMention(c.name, c.span, sentence, c.source, c.scope, role(c)));
        }
      }
      return out;
    }

    /**
     * What the name does in its sentence, read from its dependency relation: a dateline or the
     * complement of a reporting noun or verb is where things are said; a possessor ("Armenia's
     * missiles"), an agent ("par l'Arménie") or a state or capital as subject of an active verb
     * ("Erevan a lancé") is an actor; anything else is a place.
     */
    private PlaceMention.Role role(Candidate c) {
      if (isDateline(c) || inDatelineAgency(c)) {
        return PlaceMention.Role.REPORTING;
      }
      if (c.end < tokens.size() && lexicon.isNamesakeAfter(tokens.get(c.end).word())) {
        return PlaceMention.Role.NAMESAKE;
      }
      Token governed = headOf(c);
      // "l’ Arménie": the French parser hangs the name from its clitic, which bears the relation;
      // a conjunct ("la Turquie et l’Azerbaïdjan") bears the relation of the first member.
      for (int guard = 0; guard < tokens.size() && governed.head() >= 0; guard++) {
        String r = governed.relation();
        boolean clitic = (r.equals("flat") || r.equals("fixed")) && governed.head() < c.start;
        if (!clitic && !r.equals("conj")) {
          break;
        }
        governed = tokens.get(governed.head());
      }
      String rel = governed.deprel();
      if (isPossessor(c, governed)) {
        Optional<Token> owned = governorOf(governed);
        boolean ownsLand = owned.isPresent() && lexicon.isPossessedPlace(owned.get().word());
        return ownsLand ? PlaceMention.Role.PLACE : PlaceMention.Role.ACTOR;
      }
      if (rel.equals("obl:agent")) {
        return PlaceMention.Role.ACTOR;
      }
      if (rel.equals("nsubj") && standsForAState(c)) {
        return PlaceMention.Role.ACTOR;
      }
      Token cur = governed;
      for (int up = 0; up < 3; up++) {
        Optional<Token> g = governorOf(cur);
        if (g.isEmpty()) {
          break;
        }
        Token gov = g.get();
        if (gov.is("VERB") || gov.is("AUX")) {
          boolean complement = cur.relation().equals("obl") || cur.relation().equals("advmod");
          return complement
              ? lexicon.contextOfVerb(gov.lemma()).orElse(PlaceMention.Role.PLACE)
              : PlaceMention.Role.PLACE;
        }
        Optional<PlaceMention.Role> context = lexicon.contextOfNoun(gov.word())
            .or(() -> lexicon.contextOfNoun(gov.lemma()));
        if (context.isPresent()) {
          return context.get();
        }
        cur = gov;
      }
      return PlaceMention.Role.PLACE;
    }

    /** "BEIRUT:", "KYIV (Reuters) -", "Bamako, (APP)": the city a dispatch was filed from. */
    private boolean isDateline(Candidate c) {
      if (c.start > 1 || c.end >= tokens.size()) {
        return false;
      }
      boolean agencyAfter = c.end + 1 < tokens.size() && tokens.get(c.end).word().equals(",")
          && tokens.get(c.end + 1).word().equals("(");
      if (agencyAfter) {
        return true;
      }
      String name = c.name;
      boolean upper = name.chars().anyMatch(Character::isLetter)
          && name.equals(name.toUpperCase(java.util.Locale.ROOT));
      String next = tokens.get(c.end).word();
      return upper && (next.equals(":") || next.equals("(") || next.equals("-")
          || next.equals("\u2014") || next.equals("\u2013"));
    }

    /** "Bamako, (APP - UrduPoint / Pakistan Point News) :": the agency credited after a dateline. */
    private boolean inDatelineAgency(Candidate c) {
      boolean dateline = tokens.size() > 2 && isCapitalised(tokens.get(0).word())
          && tokens.get(1).word().equals(",") && tokens.get(2).word().equals("(");
      if (!dateline || c.start < 3) {
        return false;
      }
      for (int k = 3; k < c.start; k++) {
        if (tokens.get(k).word().equals(")")) {
          return false;
        }
      }
      return true;
    }

    /** The token of the name that the rest of the sentence attaches to. */
    private Token headOf(Candidate c) {
      for (int k = c.start; k < c.end; k++) {
        Token t = tokens.get(k);
        if (t.head() < c.start || t.head() >= c.end) {
          return t;
        }
      }
      return tokens.get(c.end - 1);
    }

    private Optional<Token> governorOf(Token t) {
      return t.head() < 0 || t.head() >= tokens.size() ? Optional.empty() : Optional.of(tokens.get(t.head()));
    }

    private boolean isPossessor(Candidate c, Token head) {
      if (head.deprel().equals("nmod:poss")) {
        return true;
      }
      if (c.end < tokens.size()) {
        String next = LocativeLexicon.normalise(tokens.get(c.end).word());
        return next.equals("'s") || next.equals("'");
      }
      return false;
    }

    /** A country, or a capital, which news names for its government. */
    private boolean standsForAState(Candidate c) {
      List<GazetteerEntry> entries = c.entries.isEmpty() ? index.lookup(c.name) : c.entries;
      return !entries.isEmpty() && (entries.get(0).isCountry()
          || entries.stream().anyMatch(GazetteerEntry::isCapital));
    }

    private List<Candidate> locationRuns(boolean[] covered) {
      List<Candidate> runs = new ArrayList<>();
      for (int[] run : locationLabelRuns(tokens)) {
        Candidate c = candidate(run[0], run[1], Source.NER, false);
        if (c != null) {
          runs.addAll(c.entries.isEmpty() ? hyphenatedPair(c) : List.of(c));
          for (int k = run[0]; k < run[1]; k++) {
            covered[k] = true;
          }
        }
      }
      return runs;
    }

    /**
     * "Artsakh-Azerbaïdjan", "Israel-Gaza": one token naming the two sides of a front, each a known
     * place; the tagger's single location becomes one mention per side. Anything else stays whole.
     */
    private List<Candidate> hyphenatedPair(Candidate c) {
      String[] parts = c.name.split("-");
      if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
        return List.of(c);
      }
      List<Candidate> sides = new ArrayList<>();
      int from = c.span.start();
      for (String part : parts) {
        List<GazetteerEntry> entries = index.lookup(part);
        if (entries.isEmpty() || !isCapitalised(part)) {
          return List.of(c);
        }
        Span span = new Span(from, from + part.length());
        sides.add(new Candidate(c.start, c.end, span, part, Source.NER, entries, false));
        from = span.end() + 1;
      }
      return sides;
    }

    private List<Candidate> gazetteerNames(boolean[] covered) {
      List<Candidate> names = new ArrayList<>();
      int i = 0;
      while (i < tokens.size()) {
        Candidate longest = null;
        for (int end = Math.min(tokens.size(), i + LONGEST_NAME_TOKENS); end > i && longest == null;
            end--) {
          if (!isFree(covered, i, end) || !mayBeName(i, end)) {
            continue;
          }
          Candidate c = candidate(i, end, Source.GAZETTEER, false);
          if (c != null && labelledOtherwise(i, end)
              && !locationNames.contains(NameFolding.fold(c.name))) {
            c = new Candidate(c.start, c.end, c.span, c.name, c.source, c.entries, true);
          }
          if (c != null && !c.entries.isEmpty() && (startsCapitalised(c) || namesAnArea(c))) {
            longest = c;
          }
        }
        if (longest == null) {
          i++;
        } else {
          names.add(longest);
          i = longest.end;
        }
      }
      return names;
    }

    /** Capitalised last word, and no token of a class that names never take. */
    private boolean mayBeName(int start, int end) {
      if (isPunctuation(tokens.get(start).word())) {
        return false;
      }
      if (!isCapitalised(stripElision(tokens.get(end - 1).word()))) {
        return false;
      }
      if (splitsEntity(start, end)) {
        return false;
      }
      for (int k = start + 1; k < end - 1; k++) {
        if (isPunctuation(tokens.get(k).word())) {
          return false;
        }
      }
      return end - start > 1 || !NON_NAME_POS.contains(tokens.get(start).upos());
    }

    /** "Paris" of "Paris Hilton" (PER PER) is part of a person's name, not a place. */
    private boolean splitsEntity(int start, int end) {
      return start > 0 && isOtherEntity(tokens.get(start).ner())
              && entityType(tokens.get(start - 1).ner()).equals(entityType(tokens.get(start).ner()))
          || end < tokens.size() && isOtherEntity(tokens.get(end - 1).ner())
              && entityType(tokens.get(end).ner()).equals(entityType(tokens.get(end - 1).ner()));
    }

    /** The candidate for tokens [start, end), without a leading elided clitic; null if empty. */
    private Candidate candidate(int start, int end, Source source, boolean labelledOtherwise) {
      // "l’ Arménie", "la Défense" as one tagged run: the article is not part of the name.
      while (start < end - 1 && (tokens.get(start).is("DET") || tokens.get(start).is("ADP")
          || lexicon.isElision(tokens.get(start).word()))) {
        start++;
      }
      Token first = tokens.get(start);
      String elision = lexicon.elisionOf(first.word());
      int from = first.span().start() + elision.length();
      int to = tokens.get(end - 1).span().end();
      if (from >= to) {
        return null;
      }
      Span span = new Span(from, to);
      String name = span.of(text);
      List<GazetteerEntry> entries = index.lookup(name);
      return new Candidate(start, end, span, name, source, entries, labelledOtherwise);
    }

    private boolean startsCapitalised(Candidate c) {
      return isCapitalised(c.name);
    }

    // "bande de Gaza": lower-case names are areas, never towns.
    private boolean namesAnArea(Candidate c) {
      return c.end - c.start > 1 && c.entries.stream().anyMatch(e -> !e.isPopulatedPlace());
    }

    /** True when the tagger called the name something else than a place ("Ganja" as PER). */
    private boolean labelledOtherwise(int start, int end) {
      for (int k = start; k < end; k++) {
        if (isOtherEntity(tokens.get(k).ner())) {
          return true;
        }
      }
      return false;
    }

    private Locative locativeBefore(Candidate c) {
      List<String> words = new ArrayList<>();
      for (int k = Math.max(0, c.start - LOCATIVE_WINDOW); k < c.start; k++) {
        words.add(LocativeLexicon.normalise(tokens.get(k).word()));
      }
      String elision = lexicon.elisionOf(tokens.get(c.start).word());
      if (!elision.isEmpty()) {
        words.add(elision);
      }
      return lexicon.locativeBefore(words);
    }

    /** "la ville de Ganja", "les provinces d'Aghjabadi", "Belgorod region". */
    private Optional<PlaceScope> placeNounBeside(Candidate c) {
      if (c.end < tokens.size()) {
        Optional<PlaceScope> after = lexicon.placeNounAfter(tokens.get(c.end).word());
        if (after.isPresent()) {
          return after;
        }
      }
      for (int k = c.start - 1; k >= Math.max(0, c.start - 3); k--) {
        String w = tokens.get(k).word();
        Optional<PlaceScope> before = lexicon.placeNounBefore(w);
        if (before.isPresent()) {
          return before;
        }
        if (isCapitalised(w) && k < c.start - 1) {
          break;
        }
      }
      return Optional.empty();
    }

    /**
     * Members of one list ("Aghdam, Tartar et Goranboy") share the best locative word and the
     * place noun of any member: "les provinces d'A, B et C", "Donetsk and Zaporizhzhia regions".
     */
    private void shareEvidenceAcrossLists(List<Candidate> found) {
      int groupStart = 0;
      for (int i = 1; i <= found.size(); i++) {
        if (i < found.size() && listed(found.get(i - 1), found.get(i))) {
          continue;
        }
        List<Candidate> group = found.subList(groupStart, i);
        if (group.size() > 1) {
          Locative best = Locative.NONE;
          Optional<PlaceScope> scope = Optional.empty();
          for (Candidate c : group) {
            Locative own = c.source == Source.NER ? Locative.STRONG : c.locative;
            if (own.compareTo(best) > 0) {
              best = own;
            }
            if (scope.isEmpty()) {
              scope = c.scope;
            }
          }
          for (Candidate c : group) {
            if (best.compareTo(c.locative) > 0) {
              c.locative = best;
            }
            if (c.scope.isEmpty()) {
              c.scope = scope;
            }
          }
        }
        groupStart = i;
      }
    }

    private boolean listed(Candidate a, Candidate b) {
      if (b.start <= a.end) {
        return false;
      }
      for (int k = a.end; k < b.start; k++) {
        String w = tokens.get(k).word();
        if (!w.equals(",") && !lexicon.isConjunction(w)) {
          return false;
        }
      }
      return true;
    }

    private boolean accepted(Candidate c) {
      if (c.source == Source.NER) {
        return !c.entries.isEmpty() || looksLikeAnUnknownPlace(c);
      }
      if (index.countryOfDemonym(c.name).isPresent()) {
        // "Israeli", "Somali": a people named like a place is an actor, not a place.
        return false;
      }
      if (modifiesACommonNoun(c)) {
        return false;
      }
      boolean strong = c.locative == Locative.STRONG || c.scope.isPresent();
      if (c.labelledOtherwise) {
        return strong;
      }
      if (strong) {
        return true;
      }
      if (c.entries.stream().anyMatch(e -> e.isCountry() || e.isRegion())) {
        return true;
      }
      long population = largestPopulation(c);
      if (c.locative == Locative.WEAK) {
        return population >= WEAK_LOCATIVE_MIN_POPULATION;
      }
      Token first = tokens.get(c.start);
      boolean taggedProperNoun = first.upos().isEmpty() || first.is("PROPN");
      return taggedProperNoun && population >= BARE_NAME_MIN_POPULATION;
    }

    /**
     * "Katyusha rockets", "the Saba agency": a name the tagger did not call a location, put before
     * a common noun it qualifies, names a thing after a place; "Belgorod region" names the place.
     */
    private boolean modifiesACommonNoun(Candidate c) {
      if (c.end >= tokens.size() || c.scope.isPresent()) {
        return false;
      }
      Token next = tokens.get(c.end);
      Token head = headOf(c);
      return next.is("NOUN") && !isCapitalised(next.word()) && head.relation().equals("compound")
          && head.head() >= c.end;
    }

    /**
     * A location the gazetteer lacks is kept only when the sentence says it is a place ("à
     * Boulkessi", "le village de X") and it is written like a name: not an acronym ("FAMa"), not a
     * place noun the tagger took for a name ("État").
     */
    private boolean looksLikeAnUnknownPlace(Candidate c) {
      boolean said = c.locative != Locative.NONE || c.scope.isPresent();
      boolean acronym = c.name.codePoints().skip(1).anyMatch(Character::isUpperCase)
          && c.name.codePoints().filter(Character::isLetter).count() <= 6
          || c.name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      boolean placeNoun = c.end - c.start == 1 && (lexicon.placeNounBefore(c.name).isPresent()
          || lexicon.placeNounAfter(c.name).isPresent());
      return said && !acronym && !placeNoun;
    }

    private long largestPopulation(Candidate c) {
      return c.entries.stream()
          .filter(GazetteerEntry::isPopulatedPlace)
          .mapToLong(GazetteerEntry::population)
          .max()
          .orElse(0);
    }

    private boolean isFree(boolean[] covered, int start, int end) {
      for (int k = start; k < end; k++) {
        if (covered[k]) {
          return false;
        }
      }
      return true;
    }

    private String stripElision(String word) {
      return word.substring(lexicon.elisionOf(word).length());
    }
  }

  private static boolean isLocationLabel(String label) {
    return LOCATION_LABELS.contains(entityType(label));
  }

  /** The entity type of a label, without the IOB prefix CoreNLP's French model gives ("I-LOC"). */
  private static String entityType(String label) {
    return label.startsWith("B-") || label.startsWith("I-") || label.startsWith("E-")
        || label.startsWith("S-") ? label.substring(2) : label;
  }

  /** Hyphens belong inside names ("Nagorno - Karabakh" when a tokenizer splits them). */
  private static boolean isPunctuation(String word) {
    return !word.equals("-") && word.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static boolean isOtherEntity(String label) {
    return !label.isEmpty() && !entityType(label).equals("O") && !isLocationLabel(label);
  }

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }
}
