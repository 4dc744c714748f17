package org.casus.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.casus.lexicon.Marks;
import org.casus.lexicon.TsvResource;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * The words by which one language attributes a statement ({@code lexicon/<lang>/reporting.tsv}):
 * reporting and denial verbs by lemma, prepositional source markers, hedge words, conditional
 * endings and nouns that name a statement. Immutable once loaded; share one instance.
 */
public final class ReportingLexicon {
  /** What compact() takes out; compiled once, as compact() runs on every word of a sentence. */
  private static final Pattern COMPACTED = Pattern.compile("[\\s'\\-]+");

  private final Language language;
  private final List<List<String>> verbs;
  private final Set<String> denials;
  private final List<String> sources;
  private final Set<String> hedges;
  private final List<String> conditionalEndings;
  private final Set<String> documents;
  private final Set<String> abstractSources;
  private final Set<String> anaphors;
  private final Set<String> agentMarkers;
  private final Set<String> impersonals;
  private final Set<String> breakdowns;
  private final Set<String> additives;
  /** Verb lemma to the preposition that introduces its source ("apprendre" -> "de"). */
  private final Map<String, String> learntFrom;

  private ReportingLexicon(Language language, List<List<String>> verbs, Set<String> denials,
      List<String> sources, Set<String> hedges, List<String> conditionalEndings, Set<String> documents,
      Set<String> abstractSources, Set<String> anaphors, Set<String> agentMarkers, Set<String> impersonals,
      Set<String> breakdowns, Set<String> additives, Map<String, String> learntFrom) {
    this.language = language;
    this.verbs = List.copyOf(verbs);
    this.denials = Set.copyOf(denials);
    this.sources = List.copyOf(sources);
    this.hedges = Set.copyOf(hedges);
    this.conditionalEndings = List.copyOf(conditionalEndings);
    this.documents = Set.copyOf(documents);
    this.abstractSources = Set.copyOf(abstractSources);
    this.anaphors = Set.copyOf(anaphors);
    this.agentMarkers = Set.copyOf(agentMarkers);
    this.impersonals = Set.copyOf(impersonals);
    this.breakdowns = Set.copyOf(breakdowns);
    this.additives = Set.copyOf(additives);
    this.learntFrom = Map.copyOf(learntFrom);
  }

  public static ReportingLexicon load(Language lang) {
    String resource = "lexicon/" + lang.code() + "/reporting.tsv";
    List<List<String>> verbs = new ArrayList<>();
    Set<String> denials = new HashSet<>();
    List<String> sources = new ArrayList<>();
    Set<String> hedges = new HashSet<>();
    List<String> endings = new ArrayList<>();
    Set<String> documents = new HashSet<>();
    Set<String> abstractSources = new HashSet<>();
    Set<String> anaphors = new HashSet<>();
    Set<String> agentMarkers = new HashSet<>();
    Set<String> impersonals = new HashSet<>();
    Set<String> breakdowns = new HashSet<>();
    Set<String> additives = new HashSet<>();
    Map<String, String> learntFrom = new HashMap<>();
    for (String[] row : TsvResource.read(resource, 2)) {
      String phrase = row[1];
      if (phrase.isEmpty()) {
        throw new IllegalStateException(resource + ": empty phrase for role '" + row[0] + "'");
      }
      switch (row[0]) {
        case "verb" -> verbs.add(List.of(fold(phrase).split("\\s+")));
        case "denial" -> denials.add(fold(phrase));
        case "source" -> sources.add(compact(phrase));
        case "hedge" -> hedges.add(compact(phrase));
        case "conditional" -> endings.add(fold(phrase));
        case "document" -> documents.add(fold(phrase));
        case "abstract" -> abstractSources.add(fold(phrase));
        case "anaphor" -> anaphors.add(fold(phrase));
        case "agent" -> agentMarkers.add(fold(phrase));
        case "impersonal" -> impersonals.add(fold(phrase));
        case "breakdown" -> breakdowns.add(fold(phrase));
        case "additive" -> additives.add(fold(phrase));
        case "learnt" -> {
          String[] parts = fold(phrase).split("\\s+");
          if (parts.length != 2) {
            throw new IllegalStateException(resource + ": 'learnt' needs a verb and a preposition: " + phrase);
          }
          learntFrom.put(parts[0], parts[1]);
        }
        default -> throw new IllegalStateException(resource + ": unknown role '" + row[0] + "'");
      }
    }
    // longest markers first, so "de source" is tried before a shorter marker it starts with
    sources.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return new ReportingLexicon(lang, verbs, denials, sources, hedges, endings, documents,
        abstractSources, anaphors, agentMarkers, impersonals, breakdowns, additives, learntFrom);
  }

  public Language language() {
    return language;
  }

  /**
   * How many tokens from {@code i} the reporting verb at {@code i} spans (1 for "said", 2 for
   * "fait savoir", 0 when the token is no reporting verb). Multiword verbs match their later lemmas
   * on the next tokens, skipping up to one word between (an adverb or a determiner).
   */
  public int reportingVerbAt(Sentence s, int i) {
    Token t = s.token(i);
    if (!isVerb(t)) {
      return 0;
    }
    String lemma = fold(t.lemma());
    int best = denials.contains(lemma) || learntFrom.containsKey(lemma) ? 1 : 0;
    for (List<String> verb : verbs) {
      if (!verb.get(0).equals(lemma)) {
        continue;
      }
      int end = matchRest(s, i + 1, verb.subList(1, verb.size()));
      if (end > 0) {
        best = Math.max(best, end - i);
      }
    }
    return best;
  }

  /** The preposition introducing the source of a verb of learning ("appris de X": "de"), if the verb is one. */
  public Optional<String> learntFrom(Token verb) {
    return Optional.ofNullable(learntFrom.get(fold(verb.lemma())));
  }

  /** Whether a word is the given preposition, folded. */
  static boolean isWord(Token t, String folded) {
    return fold(t.word()).equals(folded);
  }

  public boolean isDenial(Token verb) {
    return denials.contains(fold(verb.lemma()));
  }

  /** How many tokens from {@code i} a source marker spans ("selon", "according to"), 0 for none. */
  public int sourceMarkerAt(Sentence s, int i) {
    for (String marker : sources) {
      StringBuilder joined = new StringBuilder();
      for (int j = i; j < s.tokens().size() && joined.length() < marker.length(); j++) {
        joined.append(compact(s.token(j).word()));
        if (joined.toString().equals(marker)) {
          return j - i + 1;
        }
        if (!marker.startsWith(joined.toString())) {
          break;
        }
      }
    }
    return 0;
  }

  /** A hedge word, by its form or its lemma. */
  public boolean isHedge(Token t) {
    return hedges.contains(compact(t.word())) || hedges.contains(compact(t.lemma()));
  }

  /** A verb or auxiliary in the conditional mood, told by its ending. */
  public boolean isConditional(Token t) {
    if (!isVerb(t)) {
      return false;
    }
    String w = fold(t.word());
    return conditionalEndings.stream().anyMatch(w::endsWith);
  }

  /** A noun naming a statement ("communiqué", "statement"), by lemma. */
  public boolean isDocument(Token t) {
    return documents.contains(fold(t.lemma())) || documents.contains(fold(t.word()));
  }

  /**
   * A noun naming information rather than who gives it ("données", "initial info", "estimates"):
   * a source phrase headed by one names no claimant unless it names an actor too.
   */
  public boolean isAbstractSource(Token t) {
    return abstractSources.contains(fold(t.lemma())) || abstractSources.contains(fold(t.word()));
  }

  /** A demonstrative determiner ("ces", "these"): its noun points back to a claimant named before. */
  /** Whether a preposition opens a breakdown of victims told before ("Parmi les victimes", "Among the dead"). */
  public boolean isBreakdown(Token t) {
    return breakdowns.contains(fold(t.word()));
  }

  /** An adverb adding to what was told before ("également", "also"). */
  public boolean isAdditive(Token t) {
    return additives.contains(fold(t.word()));
  }

  public boolean isAnaphor(Token t) {
    return anaphors.contains(fold(t.word())) || anaphors.contains(fold(t.lemma()));
  }

  /** The preposition that introduces the agent of a passive ("by", "par"). */
  public boolean isAgentMarker(Token t) {
    return agentMarkers.contains(fold(t.word()));
  }

  /** An indefinite subject that names nobody ("on"): its verb reports in the article's voice. */
  public boolean isImpersonal(Token t) {
    return impersonals.contains(fold(t.word())) || impersonals.contains(fold(t.lemma()));
  }

  private static boolean isVerb(Token t) {
    return t.is("VERB") || t.is("AUX");
  }

  private static int matchRest(Sentence s, int from, List<String> rest) {
    int j = from;
    for (String part : rest) {
      int found = -1;
      for (int k = j; k < Math.min(j + 2, s.tokens().size()); k++) {
        Token t = s.token(k);
        if (fold(t.lemma()).equals(part) || fold(t.word()).equals(part)) {
          found = k;
          break;
        }
      }
      if (found < 0) {
        return -1;
      }
      j = found + 1;
    }
    return j;
  }

  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return Marks.strip(lower);
  }

  /** Folded, with spaces, apostrophes and hyphens taken out: "D'" + "après" meets "d'après". */
  static String compact(String text) {
    String folded = fold(text);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '\'' || c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return COMPACTED.matcher(folded).replaceAll("");
      }
    }
    return folded;
  }
}
