package org.casus.attribute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.ActorLexicon;
import org.casus.lexicon.ActorLexicon.Actor;
import org.casus.model.Claimant;
import org.casus.model.ClaimantKind;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * Turns the words of a claimant phrase into a {@link Claimant}. Stateless: the claimants already
 * named in the document come in as {@code named}, most recent last, so that pronouns ("il", "-t-il"),
 * statement nouns ("le communiqué") and definite descriptions ("le ministère", "the army") point
 * back to the last claimant they can stand for.
 */
final class ClaimantResolver {
  /**
   * A claimant named in the document, with the folded lemmas and words of its phrase, and whether
   * it spoke there through a statement ("dans un communiqué", "in a statement").
   */
  record Named(Claimant claimant, List<String> words, boolean statement) {}

  /** How a phrase was read: a new claimant, or one named before. */
  record Reading(Claimant claimant, boolean coreferent) {}

  private final ActorLexicon actors;
  private final ReportingLexicon reporting;

  ClaimantResolver(ActorLexicon actors, ReportingLexicon reporting) {
    this.actors = actors;
    this.reporting = reporting;
  }

  /** The claimant of a phrase; empty when it points back and nothing was named before. */
  Optional<Reading> resolve(Sentence s, String text, List<Integer> phrase, List<Named> named) {
    Optional<Named> last = named.isEmpty() ? Optional.empty() : Optional.of(named.get(named.size() - 1));
    if (phrase.isEmpty()) {
      return last.map(n -> new Reading(n.claimant(), true));
    }
    List<Token> tokens = phrase.stream().map(s::token).toList();
    Token head = headOf(s, tokens);
    Optional<Token> author = reporting.isDocument(head) ? authorOf(s, head) : Optional.empty();
    if (author.isPresent()) {
      // "un communiqué du ministère azerbaïdjanais de la Défense": the statement's author speaks
      List<Integer> authorPhrase = s.subtree(author.get()).stream()
          .filter(t -> !(t.relation().equals("case") && t.head() == author.get().index()))
          .map(Token::index).sorted().toList();
      return resolve(s, text, authorPhrase, named);
    }
    if (reporting.isDocument(head)) {
      // "le communiqué", "the statement": of the claimant that last spoke through one
      Optional<Named> issuer = named.stream().filter(Named::statement).reduce((a, b) -> b).or(() -> last);
      return issuer.map(n -> new Reading(n.claimant(), true));
    }
    // a determiner standing alone ("Another said", "l'un d'eux") is one of the sources named before
    if (head.is("PRON") || head.is("DET")) {
      return last.map(n -> new Reading(n.claimant(), true));
    }
    List<String> words = surface(tokens, text);
    Optional<Actor> actor = actors.resolve(words);
    if (actor.isEmpty() && reporting.isAbstractSource(head)) {
      // "according to preliminary data": information, not a source; the claim in force stands
      return Optional.empty();
    }
    boolean proper = tokens.stream().anyMatch(t -> t.is("PROPN"));
    boolean sided = actor.flatMap(Actor::side).isPresent();
    if (!sided && !proper && head.is("NOUN") && demonstrative(s, head)) {
      // "selon ces sources", "these officials": the claimant named last
      return last.map(n -> new Reading(n.claimant(), true));
    }
    if (!sided) {
      Optional<Named> antecedent = antecedent(tokens, head, proper, named);
      if (antecedent.isPresent()) {
        return Optional.of(new Reading(antecedent.get().claimant(), true));
      }
    }
    if (head.is("PROPN")) {
      List<Token> person = nameOf(s, head);
      List<String> personWords = surface(person, text);
      Optional<Actor> knownPerson = actors.resolve(personWords);
      if (knownPerson.flatMap(Actor::side).isPresent()) {
        // a person or outlet the lexicon knows, with a side, says more than the title or the
        // side words beside it ("Radio Andalus, al-Shabaab's mouthpiece")
        Actor p = knownPerson.get();
        return Optional.of(new Reading(new Claimant(p.name(), p.kind(), p.side()), false));
      }
      if (actor.isPresent() && knownPerson.isEmpty()) {
        // a person with a title speaks with the kind and side of their institution
        Actor a = actor.get();
        return Optional.of(new Reading(new Claimant(join(person, text) + ", " + a.name(), a.kind(), a.side()), false));
      }
    }
    if (actor.isPresent()) {
      Actor a = actor.get();
      return Optional.of(new Reading(new Claimant(a.name(), a.kind(), a.side()), false));
    }
    List<Token> described = tokens.stream().filter(t -> !t.is("DET") && !t.is("PUNCT")).toList();
    return Optional.of(new Reading(new Claimant(join(described.isEmpty() ? tokens : described, text),
        ClaimantKind.UNATTRIBUTED, Optional.empty()), false));
  }

  /** The side of the actor a phrase names, when the actor lexicon knows it ("l'armée azerbaïdjanaise"). */
  Optional<String> sideOf(Sentence s, String text, Token head) {
    return actors.resolve(surface(s.subtree(head), text)).flatMap(Actor::side);
  }

  /** The noun a statement noun names as its author ("le communiqué de l'armée", "a statement from the ministry"). */
  private static Optional<Token> authorOf(Sentence s, Token document) {
    return s.children(document).stream()
        .filter(c -> c.relation().equals("nmod") && (c.is("NOUN") || c.is("PROPN")))
        .findFirst();
  }

  private boolean demonstrative(Sentence s, Token head) {
    return s.children(head).stream().anyMatch(c -> c.relation().equals("det") && reporting.isAnaphor(c));
  }

  /** What a newly named claimant is remembered by. */
  static Named remember(Claimant claimant, Sentence s, List<Integer> phrase, boolean statement) {
    List<String> words = new ArrayList<>();
    // a conjoined speaker is someone else ("the police and other eye witnesses said"): a later
    // "witnesses" is not the police
    Set<Integer> others = new HashSet<>();
    for (int i : phrase) {
      Token t = s.token(i);
      if (t.head() < 0 || !phrase.contains(t.head())) {
        s.children(t).stream().filter(c -> c.relation().equals("conj"))
            .forEach(c -> s.subtree(c).forEach(x -> others.add(x.index())));
      }
    }
    for (int i : phrase) {
      if (others.contains(i)) {
        continue;
      }
      Token t = s.token(i);
      words.add(ReportingLexicon.fold(t.lemma()));
      words.add(ReportingLexicon.fold(t.word()));
      // "al-Qidreh" is later "Qidreh"
      words.addAll(List.of(ReportingLexicon.fold(t.word()).split("-")));
    }
    return new Named(claimant, words, statement);
  }

  /**
   * A definite description or a surname that repeats a word of an earlier claimant's phrase:
   * its head noun ("le bureau" after "le bureau du procureur général") or a proper name
   * ("Akşener" after "Meral Akşener").
   */
  private static Optional<Named> antecedent(List<Token> tokens, Token head, boolean proper, List<Named> named) {
    List<String> keys = new ArrayList<>();
    if (proper) {
      tokens.stream().filter(t -> t.is("PROPN")).forEach(t -> keys.add(ReportingLexicon.fold(t.word())));
    } else if (head.is("NOUN")) {
      keys.add(ReportingLexicon.fold(head.lemma()));
    }
    for (int i = named.size() - 1; i >= 0; i--) {
      Named n = named.get(i);
      if (!keys.isEmpty() && n.words().containsAll(keys)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * The words as written in the text: a contraction the parser split into two tokens sharing one
   * span ("du" read as "de le") is given back once, as written.
   */
  private static List<String> surface(List<Token> tokens, String text) {
    List<String> out = new ArrayList<>();
    org.casus.model.Span previous = null;
    for (Token t : tokens) {
      if (!t.span().equals(previous)) {
        out.add(t.span().of(text));
      }
      previous = t.span();
    }
    return out;
  }

  private static Token headOf(Sentence s, List<Token> tokens) {
    for (Token t : tokens) {
      if (t.head() < 0 || !tokens.contains(s.token(t.head()))) {
        return t;
      }
    }
    return tokens.get(0);
  }

  /** A proper name with the parts written with it ("Martin Schuepp"). */
  private static List<Token> nameOf(Sentence s, Token head) {
    List<Token> out = new ArrayList<>();
    out.add(head);
    for (Token c : s.children(head)) {
      if (c.relation().equals("flat") || c.relation().equals("compound") && c.is("PROPN")) {
        out.add(c);
      }
    }
    out.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return out;
  }

  /** Words as written, without a space after an elided article ("l'Azerbaïdjan"). */
  static String join(List<Token> tokens, String text) {
    StringBuilder b = new StringBuilder();
    for (String w : surface(tokens, text)) {
      if (b.length() > 0 && b.charAt(b.length() - 1) != '\'' && b.charAt(b.length() - 1) != '\u2019') {
        b.append(' ');
      }
      b.append(w);
    }
    return b.toString();
  }
}
