package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.Sentence;
import org.casus.model.Token;
import org.casus.model.Victims;

/**
 * Sides in a sentence: the perpetrator's from a nationality word or country on an attack or attacker
 * noun ("les forces arméniennes", "an Israeli strike", "attacks by Russia"), a victim's from the
 * words on the victims ("civils azerbaïdjanais") or, for civilians, from the other side the
 * sentence names ("la deuxième ville d'Azerbaïdjan").
 */
final class SideFinder {
  private final LanguageLexicon lex;

  SideFinder(LanguageLexicon lex) {
    this.lex = lex;
  }

  /** The perpetrator's side, from any attack or attacker word outside the victims' own words. */
  Optional<String> perpetrator(Sentence s, Token victims) {
    for (Token t : s.tokens()) {
      if (!lex.attackNouns().contains(t.lemma()) || s.dominates(victims, t)) {
        continue;
      }
      Optional<String> side = sideOn(s, t);
      if (side.isPresent()) {
        return side;
      }
    }
    // A capital or state acting as subject: "Erevan a lancé une attaque".
    for (Token t : s.tokens()) {
      if (t.relation().equals("nsubj") && (t.is("PROPN") || t.is("NOUN"))) {
        Optional<String> side = lex.sides().sideOfPlaceName(t.word());
        if (side.isPresent() && s.head(t).map(h -> h.is("VERB")).orElse(false)) {
          return side;
        }
      }
    }
    return Optional.empty();
  }

  Optional<String> victimSide(Sentence s, Token counted, Optional<String> perpetrator, Victims victims) {
    Optional<String> own = sideOn(s, counted);
    if (own.isPresent()) {
      return own;
    }
    if (victims != Victims.CIVILIANS || perpetrator.isEmpty()) {
      return Optional.empty();
    }
    for (String side : sidesNamed(s)) {
      if (!side.equals(perpetrator.get())) {
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
        Optional<String> side = sideOfWord(c);
        if (side.isPresent()) {
          return side;
        }
        if (rel.equals("nmod") || rel.equals("obl")) {
          for (Token g : s.children(c)) {
            if (g.relation().equals("amod") || g.relation().equals("compound")) {
              Optional<String> inner = sideOfWord(g);
              if (inner.isPresent()) {
                return inner;
              }
            }
          }
        }
      }
      if (rel.equals("nmod:poss") || rel.equals("nmod") && c.lowerWord().endsWith("'s")) {
        Optional<String> side = sideOfWord(c);
        if (side.isPresent()) {
          return side;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> sideOfWord(Token t) {
    return lex.sides().sideOfWord(t.word()).or(() -> lex.sides().sideOfPlaceName(t.word()));
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
        sideOfWord(party).or(() -> nationalityOf(s, party)).filter(x -> !out.contains(x)).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The side of a nationality adjective on a noun ("les forces arméniennes"), not of a place it is near. */
  private Optional<String> nationalityOf(Sentence s, Token noun) {
    return s.children(noun).stream().filter(c -> c.relation().equals("amod"))
        .map(this::sideOfWord).flatMap(Optional::stream).findFirst();
  }

  /** Every side the sentence names, in order of first mention. */
  List<String> sidesNamed(Sentence s) {
    List<String> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.is("PROPN") || t.is("ADJ") || t.is("NOUN")) {
        sideOfWord(t).filter(x -> !out.contains(x)).ifPresent(out::add);
      }
    }
    return out;
  }
}
