package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.extract.LanguageLexicon.CasualtyTrigger;
import org.casus.extract.LanguageLexicon.TriggerRole;
import org.casus.extract.LanguageLexicon.VictimNoun;
import org.casus.model.AnnotatedText;
import org.casus.model.Casualties;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Fact;
import org.casus.model.Provenance;
import org.casus.model.Sentence;
import org.casus.model.Token;
import org.casus.model.Victims;

/**
 * Figures of people killed, injured, missing, captured or displaced. A figure becomes a fact when
 * the parse links it to a casualty word: it counts a casualty noun ("10 morts"), or counts people
 * who are the patient of a casualty verb ("killing 6 civilians", "42 civils ont perdu la vie",
 * "10 people were killed", "civils tués"), or stands as the figure of a toll ("the death toll rose
 * to 13"). Demographic subsets ("dont des femmes") are not figures of their own.
 */
public final class CasualtyExtractor implements FactExtractor {
  private final ExtractionLexicons lexicons;

  public CasualtyExtractor(ExtractionLexicons lexicons) {
    this.lexicons = lexicons;
  }

  @Override
  public List<Fact> extract(AnnotatedText text) {
    LanguageLexicon lex = lexicons.of(text.language());
    QuantityFinder finder = new QuantityFinder(lex, false, text.text());
    SideFinder sides = new SideFinder(lex);
    List<Fact> facts = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      List<Casualties> inSentence = new ArrayList<>();
      for (Quantity q : finder.find(s)) {
        Optional<Link> link = link(s, q, lex);
        if (link.isEmpty()) {
          continue;
        }
        Token head = s.token(q.head());
        Optional<VictimNoun> noun = lex.victimNoun(head.lemma());
        if (q.subset() && noun.map(VictimNoun::demographic).orElse(false)) {
          continue;
        }
        Victims victims = victims(s, q, head, lex, inSentence);
        Optional<String> perpetrator = sides.perpetrator(s, head);
        Optional<String> victimSide = sides.victimSide(s, head, perpetrator, victims);
        if (victimSide.isEmpty() && isOther(head, lex) && !inSentence.isEmpty()) {
          victimSide = inSentence.get(inSentence.size() - 1).victimSide();
        }
        int from = Math.min(q.first(), Math.min(q.head(), link.get().trigger()));
        int to = Math.max(q.last(), Math.max(q.head(), link.get().trigger()));
        if (to - from > 14) {
          from = Math.min(q.first(), q.head());
          to = Math.max(q.last(), q.head());
        }
        Casualties c = new Casualties(link.get().outcome(), q.count(), victims, victimSide, perpetrator,
            Provenance.of(SentenceFacts.evidence(text, s, from, to), link.get().confidence()));
        inSentence.add(c);
      }
      facts.addAll(inSentence);
    }
    return facts;
  }

  /** How a figure is tied to a casualty word. */
  private record Link(CasualtyOutcome outcome, int trigger, double confidence) {}

  private Optional<Link> link(Sentence s, Quantity q, LanguageLexicon lex) {
    Token head = s.token(q.head());
    Optional<CasualtyTrigger> own = lex.trigger(head.lemma()).or(() -> lex.trigger(head.word()));
    if (own.isPresent() && own.get().role() == TriggerRole.NOUN) {
      return Optional.of(new Link(own.get().outcome(), head.index(), 0.9));
    }
    boolean countsPeople = lex.victimNoun(head.lemma()).isPresent() || q.head() == q.last() || isOther(head, lex);
    if (!countsPeople) {
      return Optional.empty();
    }
    // "civils tués", "people killed", "soldats blessés": a participle on the counted noun.
    for (Token c : s.children(head)) {
      if ((c.relation().equals("acl") || c.relation().equals("amod")) && c.index() > head.index()) {
        Optional<CasualtyTrigger> t = lex.trigger(c.lemma());
        if (t.isPresent() && t.get().role() != TriggerRole.SUBJECT) {
          return Optional.of(new Link(t.get().outcome(), c.index(), 0.85));
        }
      }
    }
    // "les corps de cent militaires", "the deaths of 3 soldiers": the complement of a casualty noun.
    if (head.relation().equals("nmod") && head.head() >= 0) {
      Token gov = s.token(head.head());
      Optional<CasualtyTrigger> t = lex.trigger(gov.lemma());
      if (t.isPresent() && t.get().role() == TriggerRole.NOUN && gov.index() < head.index()) {
        return Optional.of(new Link(t.get().outcome(), gov.index(), 0.75));
      }
    }
    // "une dizaine de villageois ont été enlevés": the figure, not its complement, is the argument.
    Token counted = head.head() == q.last() ? s.token(q.last()) : head;
    Token arg = SentenceFacts.firstConjunct(s, counted);
    Optional<Link> verbal = verbal(s, arg, lex);
    if (verbal.isPresent()) {
      return verbal;
    }
    return toll(s, q, lex);
  }

  /** The counted noun as an argument of a casualty verb. */
  private Optional<Link> verbal(Sentence s, Token arg, LanguageLexicon lex) {
    if (arg.head() < 0) {
      return Optional.empty();
    }
    Token verb = s.token(arg.head());
    String rel = arg.deprel();
    for (CasualtyTrigger trig : lex.triggers(verb.lemma())) {
      boolean passive = rel.equals("nsubj:pass") || hasPassiveAux(s, verb) || isBareParticiple(s, verb);
      boolean subject = rel.startsWith("nsubj");
      boolean object = rel.equals("obj") || rel.equals("iobj");
      boolean matches = switch (trig.role()) {
        case PATIENT -> object || subject && passive;
        case SUBJECT -> subject && !hasPassiveAux(s, verb);
        case PHRASE -> subject && hasObject(s, verb, trig.phraseObject());
        case NOUN -> false;
      };
      if (matches) {
        return Optional.of(new Link(trig.outcome(), verb.index(), 0.8));
      }
    }
    return Optional.empty();
  }

  /**
   * A participle standing without auxiliary or object, after its subject: "two people killed",
   * "18 injured" (an elided passive).
   */
  private static boolean isBareParticiple(Sentence s, Token verb) {
    boolean hasAuxOrObject = s.children(verb).stream().anyMatch(c -> c.relation().equals("aux")
        || c.relation().equals("obj") || c.relation().equals("cop"));
    boolean follows = s.children(verb).stream().anyMatch(c -> c.relation().startsWith("nsubj") && c.index() < verb.index());
    return !hasAuxOrObject && follows && !verb.relation().equals("root");
  }

  private static boolean hasPassiveAux(Sentence s, Token verb) {
    return s.children(verb).stream().anyMatch(c -> c.deprel().equals("aux:pass"));
  }

  private static boolean hasObject(Sentence s, Token verb, String objectLemma) {
    return s.children(verb).stream().anyMatch(c ->
        (c.relation().equals("obj") || c.relation().equals("xcomp") || c.relation().equals("advmod")
            || c.relation().equals("nsubj") || c.relation().equals("obl"))
            && (c.lemma().equals(objectLemma) || c.lowerWord().equals(objectLemma) || c.lemma().equals(objectLemma + "s")));
  }

  /** "the death toll rose to 13", "le bilan s'élève à 41": the figure of a toll noun's verb. */
  private Optional<Link> toll(Sentence s, Quantity q, LanguageLexicon lex) {
    Token counted = s.token(q.head());
    if (counted.head() < 0) {
      return Optional.empty();
    }
    Token verb = s.token(counted.head());
    for (Token c : s.children(verb)) {
      if (c.relation().equals("nsubj")) {
        Optional<CasualtyOutcome> o = tollOutcome(s, c, lex);
        if (o.isPresent()) {
          return Optional.of(new Link(o.get(), c.index(), 0.7));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The outcome a toll subject stands for: its own ("the death toll", "le bilan"), or that of the
   * casualty noun it counts ("le nombre de tués", "the number of wounded").
   */
  private static Optional<CasualtyOutcome> tollOutcome(Sentence s, Token subject, LanguageLexicon lex) {
    if (!lex.tollNouns().containsKey(subject.lemma())) {
      return Optional.empty();
    }
    Optional<CasualtyOutcome> own = lex.tollNouns().get(subject.lemma());
    for (Token c : s.children(subject)) {
      if (c.relation().equals("nmod")) {
        // "le nombre de tués", "the number of civilians killed"
        Optional<CasualtyTrigger> t = lex.trigger(c.lemma()).or(() -> lex.trigger(c.word()));
        if (t.isPresent()) {
          return Optional.of(t.get().outcome());
        }
        for (Token p : s.children(c)) {
          Optional<CasualtyTrigger> participle = lex.trigger(p.lemma());
          if ((p.relation().equals("acl") || p.relation().equals("amod")) && participle.isPresent()) {
            return Optional.of(participle.get().outcome());
          }
        }
      }
    }
    return own;
  }

  private static boolean isOther(Token t, LanguageLexicon lex) {
    return lex.victimNoun(t.lemma()).map(LanguageLexicon.VictimNoun::refersBack).orElse(false);
  }

  /** Who the victims are: the counted noun, its complements, else the words of the sentence. */
  private Victims victims(Sentence s, Quantity q, Token head, LanguageLexicon lex, List<Casualties> before) {
    Optional<VictimNoun> own = lex.victimNoun(head.lemma());
    if (own.isPresent() && own.get().victims() != Victims.UNKNOWN) {
      return own.get().victims();
    }
    if (isOther(head, lex) && !before.isEmpty()) {
      return before.get(before.size() - 1).victims();
    }
    for (Token c : s.children(head)) {
      Optional<VictimNoun> v = lex.victimNoun(c.lemma());
      if (v.isPresent() && v.get().victims() != Victims.UNKNOWN) {
        return v.get().victims();
      }
    }
    return sentenceVictims(s, lex);
  }

  /** Civilians or military when the sentence names only one of them; both make mixed. */
  private static Victims sentenceVictims(Sentence s, LanguageLexicon lex) {
    Victims v = Victims.UNKNOWN;
    for (Token t : s.tokens()) {
      Optional<VictimNoun> n = lex.victimNoun(t.lemma());
      if (n.isPresent() && n.get().victims() != Victims.UNKNOWN) {
        v = v.combine(n.get().victims());
      }
    }
    return v;
  }
}
