package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.PhraseSet;
import org.casus.lexicon.SideLexicon;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * The words an event word governs, read from its dependencies: its own phrase (for instruments and
 * civilian targets), its agent ("an Israeli strike", "Hamas's attack", "attacks by Russia", the
 * subject of "Azerbaijan launched missiles") and its target ("a strike on Kharkiv", "contre la ville
 * de Ganja", the object of "attacked the villages"). A clause inside the phrase is another statement
 * and is left out.
 */
final class EventArguments {
  private static final Set<String> CLAUSES = Set.of("ccomp", "advcl", "conj", "parataxis", "acl", "csubj", "xcomp");
  private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod", "obl", "appos", "flat");

  private final Sentence s;
  private final Token trigger;
  private final EventLexicon ev;
  private final SideLexicon sides;
  private final SideWords words;
  private final Set<String> agentMarkers;

  /** @param words the sides the words of {@code s} name ({@link SideFinder#wordsOf}) */
  EventArguments(Sentence s, Token trigger, EventLexicon ev, LanguageLexicon lex, SideWords words) {
    this.s = s;
    this.trigger = trigger;
    this.ev = ev;
    this.sides = lex.sides();
    this.words = words;
    this.agentMarkers = lex.agentMarkers();
  }

  /** The verb whose subject or object the event noun is ("the attack targeted", "launched strikes"). */
  Optional<Token> governingVerb() {
    if (!trigger.is("NOUN") && !trigger.is("PROPN")) {
      return Optional.empty();
    }
    String rel = trigger.relation();
    if (!rel.equals("obj") && !rel.equals("nsubj")) {
      return Optional.empty();
    }
    return s.head(trigger).filter(h -> h.is("VERB"));
  }

  /**
   * The phrase of the event: the trigger's words without the clauses it heads, and for a noun that
   * is a verb's subject or object, that verb's other non-clausal arguments ("the air force
   * conducted a strike").
   */
  List<Token> phrase() {
    List<Token> out = new ArrayList<>(phraseOf(trigger));
    governingVerb().ifPresent(v -> {
      out.add(v);
      for (Token c : s.children(v)) {
        if (c.index() != trigger.index() && !CLAUSES.contains(c.relation())) {
          out.addAll(phraseOf(c));
        }
      }
    });
    return out;
  }

  private List<Token> phraseOf(Token head) {
    List<Token> out = new ArrayList<>();
    out.add(head);
    for (Token c : s.children(head)) {
      if (!CLAUSES.contains(c.relation()) || c.relation().equals("acl") && !c.is("VERB")) {
        out.addAll(phraseOf(c));
      }
    }
    return out;
  }

  /** The event noun is the object of a verb of undergoing ("Kharkiv subit des frappes"): its subject is the target. */
  boolean undergone() {
    return trigger.relation().equals("obj")
        && governingVerb().map(v -> ev.undergoing().contains(PhraseSet.normalise(v.lemma()))).orElse(false);
  }

  /** The phrases that name the target: marked by a target case word, the verb's object, or who undergoes it. */
  List<Token> targets() {
    List<Token> out = new ArrayList<>();
    if (undergone()) {
      s.children(governingVerb().orElseThrow()).stream().filter(c -> c.deprel().equals("nsubj"))
          .forEach(c -> out.addAll(phraseOf(c)));
    }
    List<Token> heads = new ArrayList<>(List.of(trigger));
    governingVerb().ifPresent(heads::add);
    for (Token h : heads) {
      for (Token c : s.children(h)) {
        if (c.index() == trigger.index()) {
          continue;
        }
        boolean object = h.is("VERB") && h.index() == trigger.index()
            && (c.deprel().equals("obj") || c.deprel().equals("nsubj:pass"));
        if (object || marked(c, ev.targetMarkers())) {
          out.addAll(phraseOf(c));
        }
      }
    }
    return out;
  }

  /** The agent's side: a nationality or group on the event noun, its "by" phrase, or the subject. */
  Optional<String> agentSide() {
    for (Token c : s.children(trigger)) {
      String rel = c.relation();
      if (marked(c, ev.targetMarkers()) || !(MODIFIERS.contains(rel) || c.deprel().equals("nmod:poss"))) {
        continue;
      }
      // A verb's agent is its subject or its "by" phrase; its other obliques say where or when.
      if (trigger.is("VERB") && rel.equals("obl") && !marked(c, agentMarkers) && !c.deprel().equals("obl:agent")) {
        continue;
      }
      Optional<String> side = sideOf(c);
      if (side.isPresent()) {
        return side;
      }
      if ((rel.equals("nmod") || rel.equals("obl")) && (marked(c, agentMarkers) || c.deprel().equals("obl:agent"))) {
        for (Token g : s.subtree(c)) {
          Optional<String> inner = sideOf(g);
          if (inner.isPresent()) {
            return inner;
          }
        }
      }
    }
    // "a Houthi missile fired on Marib", "des assaillants de la CODECO qui ont attaqué": the agent is
    // on the noun the participle or relative clause describes.
    if (trigger.is("VERB") && trigger.relation().equals("acl")) {
      Optional<String> described = s.head(trigger).flatMap(this::sideOnNoun);
      if (described.isPresent()) {
        return described;
      }
    }
    Token verb = trigger.is("VERB") ? trigger : governingVerb().orElse(null);
    if (verb != null && !undergone()) {
      for (Token c : s.children(verb)) {
        if (c.deprel().equals("nsubj") && c.index() != trigger.index() || c.deprel().equals("obl:agent")
            || c.relation().equals("obl") && marked(c, agentMarkers)) {
          for (Token g : phraseOf(c)) {
            Optional<String> side = sideOf(g);
            if (side.isPresent()) {
              return side;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A nationality or group word modifying a noun, outside its target phrases. */
  private Optional<String> sideOnNoun(Token noun) {
    for (Token c : s.children(noun)) {
      if ((c.relation().equals("amod") || c.relation().equals("compound") || c.relation().equals("nmod"))
          && !marked(c, ev.targetMarkers())) {
        Optional<String> side = sideOf(c);
        if (side.isPresent()) {
          return side;
        }
      }
    }
    return Optional.empty();
  }

  /** The first side the target phrases name, other than {@code agent}. */
  Optional<String> targetSide(Optional<String> agent) {
    for (Token t : targets()) {
      Optional<String> side = sideOf(t);
      if (side.isPresent() && !side.equals(agent)) {
        return side;
      }
    }
    return Optional.empty();
  }

  /**
   * Civilians or civilian places as the target, or as the people the event befell: the subject of
   * the verb the event word is an oblique of ("17 civilians died in an attack by the militia").
   */
  boolean targetsCivilians() {
    return targets().stream().anyMatch(this::civilian) || befallen().stream().anyMatch(this::civilian);
  }

  /**
   * A town or city as the target ("a frappé la deuxième plus grande ville", "fired on Marib city"),
   * not a noun it only locates ("positions near the town").
   */
  boolean targetsSettlement() {
    return targets().stream().anyMatch(t -> !t.relation().equals("nmod")
        && ev.settlements().contains(PhraseSet.normalise(t.lemma())));
  }

  private List<Token> befallen() {
    if (!trigger.relation().equals("obl")) {
      return List.of();
    }
    Optional<Token> verb = s.head(trigger).filter(h -> h.is("VERB"));
    if (verb.isEmpty()) {
      return List.of();
    }
    List<Token> out = new ArrayList<>();
    s.children(verb.get()).stream().filter(c -> c.relation().startsWith("nsubj")).forEach(c -> out.addAll(phraseOf(c)));
    // "des civils qui ont péri dans une attaque": the relative clause's noun is who died.
    if (verb.get().relation().equals("acl")) {
      s.head(verb.get()).ifPresent(out::add);
    }
    return out;
  }

  private boolean civilian(Token t) {
    return ev.civilianTargets().contains(PhraseSet.normalise(t.lemma()));
  }

  /** A country or town itself as the target ("Hamas's attack on Israel"), not its forces or positions. */
  boolean targetsTerritory() {
    for (Token c : s.children(trigger)) {
      if (marked(c, ev.targetMarkers()) && c.is("PROPN") && sides.sideOfWord(c.word()).isEmpty()
          && sides.sideOfPlaceName(c.word()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A re-mention of an incident told before: an event noun with a definite, demonstrative or
   * possessive determiner ("the attack", "ces frappes", "Sunday's attack") whose phrase names no
   * side, place, target or instrument; with a demonstrative, whatever it names.
   */
  boolean anaphoric() {
    if (!trigger.is("NOUN")) {
      return false;
    }
    boolean determined = false;
    for (Token c : s.children(trigger)) {
      // "ces attaques aux missiles contre les civils": a demonstrative points back whatever the phrase adds.
      if (c.relation().equals("det") && ev.demonstratives().contains(PhraseSet.normalise(c.lemma()))) {
        return true;
      }
      if (c.relation().equals("det") && ev.anaphors().contains(PhraseSet.normalise(c.lemma()))) {
        determined = true;
      } else if (c.deprel().equals("nmod:poss")) {
        determined = true;
      }
    }
    if (!determined) {
      return false;
    }
    for (Token t : phraseOf(trigger)) {
      if (t.index() == trigger.index()) {
        continue;
      }
      boolean named = t.is("PROPN") && !t.ner().equals("O");
      if (named || t.is("NUM") || sideOf(t).isPresent() || isInstrument(t)) {
        return false;
      }
    }
    return targets().isEmpty();
  }

  private boolean isInstrument(Token t) {
    String lemma = PhraseSet.normalise(t.lemma());
    return ev.instruments().stream().anyMatch(i -> i[0].equals(lemma));
  }

  private boolean marked(Token c, Set<String> markers) {
    for (Token k : s.children(c)) {
      if (k.relation().equals("case") && markers.contains(PhraseSet.normalise(k.lemma()))) {
        return true;
      }
    }
    return false;
  }

  private Optional<String> sideOf(Token t) {
    if (!(t.is("PROPN") || t.is("ADJ") || t.is("NOUN"))) {
      return Optional.empty();
    }
    return words.of(t);
  }
}
