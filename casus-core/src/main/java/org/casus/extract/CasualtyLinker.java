package org.casus.extract;

import java.util.Optional;
import org.casus.extract.LanguageLexicon.CasualtyTrigger;
import org.casus.extract.LanguageLexicon.TriggerRole;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * How the parse ties a figure to a casualty word: the figure counts a casualty noun ("10 morts",
 * "35 more wounded"), or counts people who are the patient of a casualty verb ("killing 6
 * civilians", "17 civils qui ont péri", "forced 1.5 million people to flee"), who are among a group
 * of casualties ("were among those killed"), or it stands as the figure of a toll ("the death toll
 * rose to 13").
 */
final class CasualtyLinker {
  /** A figure's casualty word: its outcome and where it stands. */
  record Link(CasualtyOutcome outcome, int trigger, double confidence, Tie tie) {
    Link(CasualtyOutcome outcome, int trigger, double confidence) {
      this(outcome, trigger, confidence, Tie.WORD);
    }
  }

  /** What ties the figure to its casualty word. */
  enum Tie {
    /** The parse, directly. */
    WORD,
    /** The counted people are members of a group of casualties, so a part of its figure. */
    MEMBER,
    /** A figure whose words are left out because the figure before says them ("and 2 in Armenia"). */
    GAP
  }

  private final LanguageLexicon lex;

  CasualtyLinker(LanguageLexicon lex) {
    this.lex = lex;
  }

  /**
   * @param previous the outcome of the figure told just before in the sentence, which "the two
   *     others" may share
   */
  Optional<Link> link(Sentence s, Quantity q, Optional<CasualtyOutcome> previous) {
    Token head = s.token(q.head());
    Optional<CasualtyTrigger> own = nounReading(head);
    if (own.isPresent()) {
      return Optional.of(new Link(own.get().outcome(), head.index(), 0.9));
    }
    boolean bare = q.head() == q.last() || isOther(head);
    if (bare) {
      Optional<Link> elided = elidedNoun(s, q);
      if (elided.isPresent()) {
        return elided;
      }
    }
    // "19 civilian victims in Artsakh and 2 in Armenia": a bare figure between a conjunction and a place.
    if (q.head() == q.last() && previous.isPresent() && isGap(s, q)) {
      // The words of the gap end with the phrase of the preposition, "2 in Armenia", which places the figure.
      Token preposition = s.token(q.last() + 1);
      int end = preposition.head() > preposition.index() ? preposition.head() : q.last();
      return Optional.of(new Link(previous.get(), end, 0.6, Tie.GAP));
    }
    boolean countsPeople = lex.victimNoun(head.lemma()).isPresent() || bare;
    if (!countsPeople) {
      return Optional.empty();
    }
    Optional<Link> participle = participle(s, head);
    if (participle.isPresent()) {
      return participle;
    }
    // "les corps de cent militaires", "the deaths of 3 soldiers": the complement of a casualty noun.
    if (head.relation().equals("nmod") && head.head() >= 0) {
      Token gov = s.token(head.head());
      Optional<CasualtyTrigger> t = lex.trigger(gov.lemma());
      if (t.isPresent() && t.get().role() == TriggerRole.NOUN && gov.index() < head.index()) {
        return Optional.of(new Link(t.get().outcome(), gov.index(), 0.75));
      }
    }
    // "une dizaine de villageois ont été enlevés", "two of the militiamen": the figure, not its complement, is the argument.
    Token counted = head.head() >= q.first() && head.head() <= q.last() ? s.token(head.head()) : head;
    Token arg = SentenceFacts.firstConjunct(s, counted);
    Optional<Link> found = among(s, arg).or(() -> verbal(s, q, arg)).or(() -> toll(s, q));
    if (found.isPresent()) {
      return found;
    }
    // "one of the dead was a fighter, the two others were civilians": the others share the figure before.
    if (isOther(head) && previous.isPresent() && copularVictim(s, arg).isPresent()) {
      return Optional.of(new Link(previous.get(), head.index(), 0.6));
    }
    return Optional.empty();
  }

  /** A bare figure right after a coordinating conjunction and right before a preposition. */
  private static boolean isGap(Sentence s, Quantity q) {
    return q.first() > 0 && q.last() + 1 < s.tokens().size()
        && s.token(q.first() - 1).is("CCONJ") && s.token(q.last() + 1).is("ADP");
  }

  /**
   * "22 wounded", "35 more wounded", "20 autres blessés": a bare figure, or one with a word that
   * refers back, right before a casualty noun that the parse did not make its head.
   */
  private Optional<Link> elidedNoun(Sentence s, Quantity q) {
    int k = q.last() + 1;
    while (k < s.tokens().size() && isOther(s.token(k))) {
      k++;
    }
    if (k >= s.tokens().size()) {
      return Optional.empty();
    }
    Token next = s.token(k);
    Optional<CasualtyTrigger> t = nounReading(next);
    if (t.isEmpty() || !(next.is("NOUN") || next.is("ADJ") || next.is("VERB"))) {
      return Optional.empty();
    }
    return Optional.of(new Link(t.get().outcome(), k, 0.75));
  }

  /**
   * "civilians killed", "soldats blessés", "soldiers reported missing", "17 civils qui ont péri":
   * a participle or relative clause said of the counted noun.
   */
  private Optional<Link> participle(Sentence s, Token head) {
    for (Token c : s.children(head)) {
      if (!(c.relation().equals("acl") || c.relation().equals("amod")) || c.index() < head.index()) {
        continue;
      }
      boolean relative = c.deprel().equals("acl:relcl");
      Optional<Token> relativeSubject = s.children(c).stream()
          .filter(k -> k.relation().equals("nsubj") && k.is("PRON")).findFirst();
      for (CasualtyTrigger t : lex.triggers(c.lemma())) {
        boolean said = switch (t.role()) {
          // "civilians who killed soldiers" has the noun as the agent: a relative needs no subject of its own, or a passive.
          case PATIENT -> !relative || relativeSubject.isEmpty() || hasPassiveAux(s, c);
          // "17 civils qui ont péri"; "six militaires décédés", a bare participle of its noun
          case SUBJECT -> relative ? relativeSubject.isPresent() && !hasPassiveAux(s, c)
              : c.deprel().equals("acl") && !hasChild(s, c, "nsubj") && !hasChild(s, c, "aux");
          case PHRASE -> hasPhraseWord(s, c, t.phraseObject());
          // "two soldiers missing", "five people dead"
          case NOUN -> !relative;
        };
        if (said) {
          return Optional.of(new Link(t.outcome(), c.index(), 0.85));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "two police officers were among those killed", "six staffers were among the 18 fatalities",
   * "deux policiers figurent parmi les personnes tuées": the counted people belong to a group of
   * casualties, named by a casualty noun or a participle on it, and are a part of its figure.
   */
  private Optional<Link> among(Sentence s, Token arg) {
    if (!arg.deprel().equals("nsubj") || arg.head() < 0) {
      return Optional.empty();
    }
    Token pred = s.token(arg.head());
    Optional<Token> found = Optional.empty();
    if (hasChild(s, pred, "cop") && hasCase(s, pred)) {
      found = Optional.of(pred);
    } else if (pred.is("VERB") && lex.triggers(pred.lemma()).isEmpty()) {
      // "figurent parmi les victimes"; a casualty verb's own oblique ("killed, including two children") is no group.
      found = s.children(pred).stream()
          .filter(c -> c.relation().equals("obl") && s.children(c).stream()
              .anyMatch(k -> k.relation().equals("case") && lex.subsetMarkers().contains(k.lowerWord())))
          .findFirst();
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Token group = found.get();
    Optional<CasualtyTrigger> noun = nounReading(group);
    if (noun.isPresent()) {
      return Optional.of(new Link(noun.get().outcome(), group.index(), 0.7, Tie.MEMBER));
    }
    return participle(s, group).map(l -> new Link(l.outcome(), l.trigger(), 0.7, Tie.MEMBER));
  }

  /** The counted noun as an argument of a casualty verb. */
  private Optional<Link> verbal(Sentence s, Quantity q, Token arg) {
    if (arg.head() < 0) {
      return Optional.empty();
    }
    Token verb = s.token(arg.head());
    String rel = arg.deprel();
    boolean subject = rel.startsWith("nsubj");
    boolean object = rel.equals("obj") || rel.equals("iobj");
    for (CasualtyTrigger trig : lex.triggers(verb.lemma())) {
      boolean passive = rel.equals("nsubj:pass") || hasPassiveAux(s, verb) || isBareParticiple(s, verb);
      boolean matches = switch (trig.role()) {
        case PATIENT -> object || subject && passive || misparsedPassiveSubject(s, q, arg, verb);
        case SUBJECT -> subject && !hasPassiveAux(s, verb);
        // "lost their lives" has the victims as subject; "shot dead two militiamen" as object.
        case PHRASE -> (hasPhraseWord(s, verb, trig.phraseObject()) || hasPhraseModifier(s, arg, trig.phraseObject()))
            && (subject || object && !phraseWordIsObject(s, verb, trig.phraseObject()));
        case NOUN -> false;
      };
      if (matches) {
        return Optional.of(new Link(trig.outcome(), verb.index(), 0.8));
      }
    }
    // "forced 1.5 million people to flee", "contraint 2000 personnes à fuir": the object is the subject of the casualty verb.
    if (object) {
      for (Token c : s.children(verb)) {
        if (c.relation().equals("xcomp") && c.index() > arg.index()) {
          Optional<CasualtyTrigger> t = lex.triggers(c.lemma()).stream()
              .filter(x -> x.role() == TriggerRole.SUBJECT).findFirst();
          if (t.isPresent()) {
            return Optional.of(new Link(t.get().outcome(), c.index(), 0.7));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "and around a dozen were wounded", "and 22 wounded": a bare figure before a passive or bare
   * participle that has no subject, which the parser hung on it as an oblique or a loose dependent.
   */
  private static boolean misparsedPassiveSubject(Sentence s, Quantity q, Token arg, Token verb) {
    String rel = arg.relation();
    if (!(rel.equals("obl") || rel.equals("dep")) || arg.index() > verb.index() || q.head() != q.last()) {
      return false;
    }
    boolean ownCase = s.children(arg).stream()
        .anyMatch(c -> c.relation().equals("case") && (c.index() < q.first() || c.index() > q.last()));
    boolean hasSubjectOrObject = s.children(verb).stream()
        .anyMatch(c -> c.relation().startsWith("nsubj") || c.relation().equals("obj"));
    return !ownCase && !hasSubjectOrObject;
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

  private static boolean hasChild(Sentence s, Token t, String relation) {
    return s.children(t).stream().anyMatch(c -> c.relation().equals(relation));
  }

  private static boolean hasCase(Sentence s, Token t) {
    return hasChild(s, t, "case");
  }

  /** Whether the word of a phrase trigger hangs on the verb: "lost their lives", "shot dead", "sustained injuries". */
  private static boolean hasPhraseWord(Sentence s, Token verb, String phraseWord) {
    return s.children(verb).stream().anyMatch(c ->
        (c.relation().equals("obj") || c.relation().equals("xcomp") || c.relation().equals("advmod")
            || c.relation().equals("nsubj") || c.relation().equals("obl"))
            && isPhraseWord(c, phraseWord));
  }

  /** "shot dead two of the militiamen": the phrase word parsed as a modifier of the object. */
  private static boolean hasPhraseModifier(Sentence s, Token arg, String phraseWord) {
    return s.children(arg).stream().anyMatch(c -> c.relation().equals("amod") && isPhraseWord(c, phraseWord));
  }

  private static boolean phraseWordIsObject(Sentence s, Token verb, String phraseWord) {
    return s.children(verb).stream().anyMatch(c -> c.relation().equals("obj") && isPhraseWord(c, phraseWord));
  }

  private static boolean isPhraseWord(Token t, String phraseWord) {
    return t.lemma().equals(phraseWord) || t.lowerWord().equals(phraseWord) || t.lemma().equals(phraseWord + "s");
  }

  /** "the death toll rose to 13", "le bilan s'élève à 41": the figure of a toll noun's verb. */
  private Optional<Link> toll(Sentence s, Quantity q) {
    Token counted = s.token(q.head());
    if (counted.head() < 0) {
      return Optional.empty();
    }
    Token verb = s.token(counted.head());
    for (Token c : s.children(verb)) {
      if (c.relation().equals("nsubj")) {
        Optional<CasualtyOutcome> o = tollOutcome(s, c);
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
  private Optional<CasualtyOutcome> tollOutcome(Sentence s, Token subject) {
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

  /**
   * The victim noun a copula says the counted people are: "a fighter" in "one of the dead was a
   * fighter", "civils" in "les deux autres étaient des civils".
   */
  Optional<LanguageLexicon.VictimNoun> copularVictim(Sentence s, Token arg) {
    if (!arg.relation().equals("nsubj") || arg.head() < 0) {
      return Optional.empty();
    }
    Token pred = s.token(arg.head());
    if (!hasChild(s, pred, "cop") || hasCase(s, pred)) {
      return Optional.empty();
    }
    return lex.victimNoun(pred.lemma());
  }

  /** The reading of a word as a casualty noun, by lemma or as written ("wounded", lemma "wound"). */
  private Optional<CasualtyTrigger> nounReading(Token t) {
    return java.util.stream.Stream.concat(lex.triggers(t.lemma()).stream(), lex.triggers(t.word()).stream())
        .filter(x -> x.role() == TriggerRole.NOUN).findFirst();
  }

  boolean isOther(Token t) {
    return lex.victimNoun(t.lemma()).map(LanguageLexicon.VictimNoun::refersBack).orElse(false);
  }
}
