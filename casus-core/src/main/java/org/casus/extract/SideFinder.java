package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.lexicon.PhraseSet;
import org.casus.model.Sentence;
import org.casus.model.Token;
import org.casus.model.Victims;

/**
 * Sides in a sentence: the perpetrator's from a nationality word or country on an attack or attacker
 * noun ("les forces arméniennes", "an Israeli strike", "attacks by Russia"), a victim's from the
 * words on the victims ("civils azerbaïdjanais") or, for civilians, from the other side the
 * sentence names ("la deuxième ville d'Azerbaïdjan"). One per text and thread: it keeps the side
 * words of the sentence last asked about.
 */
final class SideFinder {
  private final LanguageLexicon lex;
  private SideWords words;

  SideFinder(LanguageLexicon lex) {
    this.lex = lex;
  }

  /**
   * The perpetrator's side: who did the casualty verb the victims are an argument of, else any
   * attack or attacker word outside the victims' own words and outside a loser's ("l'armée
   * burkinabè a perdu 10 soldats" names the victims' side, not the attacker's).
   */
  Optional<String> perpetrator(Sentence s, Token victims) {
    Optional<String> agent = casualtyAgent(s, victims).flatMap(a -> sideOfPhrase(s, a));
    if (agent.isPresent()) {
      return agent;
    }
    Optional<Token> loser = loser(s, victims).or(() -> frame(s, victims));
    for (Token t : s.tokens()) {
      if (!lex.attackNouns().contains(t.lemma()) || s.dominates(victims, t)
          || loser.map(l -> s.dominates(l, t)).orElse(false)) {
        continue;
      }
      Optional<String> side = sideOn(s, t);
      if (side.isPresent()) {
        return side;
      }
    }
    // A capital or state acting as subject: "Erevan a lancé une attaque", "l'Arabie saoudite a mené des frappes".
    for (Token t : s.tokens()) {
      if (t.relation().equals("nsubj") && (t.is("PROPN") || t.is("NOUN")) && !loser.equals(Optional.of(t))) {
        Optional<String> side = lex.sides().sideOfWord(t.word()).isPresent() ? Optional.empty() : sideOfWord(s, t);
        if (side.isPresent() && s.head(t).map(h -> h.is("VERB")).orElse(false)) {
          return side;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Who did the casualty verb whose object or passive subject the victims are: its subject, or that
   * of the verb it completes ("The Houthis targeted the city, killing seven civilians"), or its
   * "by" phrase ("tués par le M23"). A verb of losing has no agent: its subject is the loser.
   */
  private Optional<Token> casualtyAgent(Sentence s, Token victims) {
    Optional<Token> verb = casualtyVerb(s, victims);
    if (verb.isEmpty() || isLoserVerb(verb.get())) {
      return Optional.empty();
    }
    String rel = victims.deprel();
    if (rel.equals("nsubj:pass")) {
      return s.children(verb.get()).stream()
          .filter(c -> c.deprel().equals("obl:agent") || c.relation().equals("obl") && hasAgentMarker(s, c))
          .findFirst();
    }
    if (!rel.equals("obj")) {
      return Optional.empty();
    }
    Token v = verb.get();
    while (true) {
      Optional<Token> subject = child(s, v, "nsubj");
      if (subject.isPresent()) {
        return subject;
      }
      Optional<Token> governing = governingVerb(s, v);
      if (governing.isEmpty()) {
        return Optional.empty();
      }
      v = governing.get();
    }
  }

  /**
   * The verb a subjectless clause completes: "attacked the post, killing five soldiers"; also
   * through the noun a participle was hung on, "targeted the city with a missile, killing seven".
   */
  private static Optional<Token> governingVerb(Sentence s, Token v) {
    String up = v.relation();
    Optional<Token> head = s.head(v);
    if (head.isPresent() && (up.equals("acl") || up.equals("dep")) && head.get().is("NOUN")
        && (head.get().relation().equals("obl") || head.get().relation().equals("obj"))) {
      head = s.head(head.get());
    } else if (!(up.equals("advcl") || up.equals("xcomp") || up.equals("conj") || up.equals("dep"))) {
      return Optional.empty();
    }
    return head.filter(h -> h.is("VERB"));
  }

  /**
   * Whose losses the figure counts: the subject of a verb of losing whose object the victims are
   * ("Russia lost 71 servicemen"), or a loss noun whose figure they are ("les pertes de l'Armée
   * arménienne s'établissent à 157 soldats tués", "Ukraine's losses amounted to 3,715").
   */
  private Optional<Token> loser(Sentence s, Token victims) {
    Optional<Token> subject = casualtyVerb(s, victims).filter(this::isLoserVerb)
        .filter(v -> victims.deprel().equals("obj")).flatMap(v -> child(s, v, "nsubj"));
    if (subject.isPresent()) {
      return subject;
    }
    Token first = SentenceFacts.firstConjunct(s, victims);
    List<Token> predicates = new ArrayList<>(List.of(first));
    s.head(first).filter(h -> h.is("VERB")).ifPresent(predicates::add);
    return predicates.stream().flatMap(p -> s.children(p).stream())
        .filter(c -> c.relation().equals("nsubj") && lex.lossNouns().containsKey(PhraseSet.normalise(c.lemma())))
        .findFirst();
  }

  /**
   * The last noun before the figure that says whose side the figures are on: "du côté des FAMa, on
   * déplore six militaires", "le nombre de tués au rang de l'armée azérie était de 1 280".
   */
  private Optional<Token> frame(Sentence s, Token victims) {
    Optional<Token> last = Optional.empty();
    for (Token t : s.tokens()) {
      if (t.index() >= victims.index()) {
        break;
      }
      if (t.is("NOUN") && lex.sideFrames().contains(PhraseSet.normalise(t.lemma()))) {
        last = Optional.of(t);
      }
    }
    return last;
  }

  /** The side a loser's words name, on its head or deeper ("les pertes en hommes de l'Armée arménienne"). */
  private Optional<String> sideWithin(Sentence s, Token loser) {
    return sideOfPhrase(s, loser).or(() -> s.subtree(loser).stream()
        .filter(t -> t.is("PROPN") || t.is("ADJ") || t.is("NOUN"))
        .map(t -> sideOfWord(s, t)).flatMap(Optional::stream).findFirst());
  }

  private Optional<Token> casualtyVerb(Sentence s, Token victims) {
    return s.head(victims).filter(v -> v.is("VERB") && !lex.triggers(v.lemma()).isEmpty());
  }

  private boolean isLoserVerb(Token verb) {
    LanguageLexicon.LossTrigger loss = lex.lossVerbs().get(PhraseSet.normalise(verb.lemma()));
    return loss != null && loss.role() == LanguageLexicon.LossRole.LOSER;
  }

  private boolean hasAgentMarker(Sentence s, Token t) {
    return s.children(t).stream().anyMatch(k -> k.relation().equals("case")
        && lex.agentMarkers().contains(PhraseSet.normalise(k.lemma())));
  }

  private static Optional<Token> child(Sentence s, Token t, String relation) {
    return s.children(t).stream().filter(c -> c.deprel().equals(relation)).findFirst();
  }

  /** The side a phrase names by its own word ("the M23", "Saudi Arabia") or by one on it ("South Sudanese troops"). */
  private Optional<String> sideOfPhrase(Sentence s, Token head) {
    return sideOfWord(s, head).or(() -> sideOn(s, head));
  }

  Optional<String> victimSide(Sentence s, Token counted, Optional<String> perpetrator, Victims victims) {
    Optional<String> own = sideOn(s, counted).or(() -> loser(s, counted).or(() -> frame(s, counted))
        .flatMap(l -> sideWithin(s, l)));
    if (own.isPresent()) {
      return own;
    }
    if (victims != Victims.CIVILIANS || perpetrator.isEmpty()) {
      return Optional.empty();
    }
    // Civilians belong to a state, not to the group that holds their town ("Sanaa" names the Houthis).
    for (String side : sidesNamed(s)) {
      if (!side.equals(perpetrator.get()) && !lex.sides().isGroup(side)) {
        return Optional.of(side);
      }
    }
    return Optional.empty();
  }

  /** The side of a nationality adjective, a country or a group attached to a noun. */
  Optional<String> sideOn(Sentence s, Token noun) {
    for (Token c : s.children(noun)) {
      String rel = c.relation();
      if (rel.equals("amod") || rel.equals("nmod") || rel.equals("compound") || rel.equals("obl") || rel.equals("appos")) {
        Optional<String> side = sideOfWord(s, c);
        if (side.isPresent()) {
          return side;
        }
        if (rel.equals("nmod") || rel.equals("obl")) {
          for (Token g : s.children(c)) {
            if (g.relation().equals("amod") || g.relation().equals("compound")) {
              Optional<String> inner = sideOfWord(s, g);
              if (inner.isPresent()) {
                return inner;
              }
            }
          }
        }
      }
      if (rel.equals("nmod:poss") || rel.equals("nmod") && c.lowerWord().endsWith("'s")) {
        Optional<String> side = sideOfWord(s, c);
        if (side.isPresent()) {
          return side;
        }
      }
    }
    return Optional.empty();
  }

  /** The side of a word, alone or within a side name of several words ("Sudanese" in "South Sudanese"). */
  private Optional<String> sideOfWord(Sentence s, Token t) {
    return wordsOf(s).of(t);
  }

  /** The sides a sentence's words name, read once for the sentence the rules are asking about. */
  SideWords wordsOf(Sentence s) {
    if (words == null || words.sentence() != s) {
      words = SideWords.read(lex.sides(), s);
    }
    return words;
  }

  /** The side of a place's own name ("Kharkiv", "Israël"), for a word that is no nationality or group. */
  Optional<String> sideOfPlace(Token t) {
    if (!t.is("PROPN") || lex.sides().sideOfWord(t.word()).isPresent()) {
      return Optional.empty();
    }
    return lex.sides().sideOfPlaceName(t.word());
  }

  /**
   * The sides of a verb's subject and of the subject's conjuncts, in order ("l'Azerbaïdjan et
   * l'Arménie ont convenu"): the parties themselves, where the sentence's other names may be a venue.
   */
  List<String> subjectSides(Sentence s, Token verb) {
    List<String> out = new ArrayList<>();
    for (Token subject : s.children(verb)) {
      if (!subject.relation().equals("nsubj")) {
        continue;
      }
      List<Token> parties = new ArrayList<>(List.of(subject));
      s.children(subject).stream().filter(c -> c.relation().equals("conj")).forEach(parties::add);
      for (Token party : parties) {
        sideOfWord(s, party).or(() -> nationalityOf(s, party)).filter(x -> !out.contains(x)).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The side of a nationality adjective on a noun ("les forces arméniennes"), not of a place it is near. */
  private Optional<String> nationalityOf(Sentence s, Token noun) {
    return s.children(noun).stream().filter(c -> c.relation().equals("amod"))
        .map(c -> sideOfWord(s, c)).flatMap(Optional::stream).findFirst();
  }

  /** Every side the sentence names, in order of first mention. */
  List<String> sidesNamed(Sentence s) {
    List<String> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.is("PROPN") || t.is("ADJ") || t.is("NOUN")) {
        sideOfWord(s, t).filter(x -> !out.contains(x)).ifPresent(out::add);
      }
    }
    return out;
  }
}
