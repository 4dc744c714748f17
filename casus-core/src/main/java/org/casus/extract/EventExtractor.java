package org.casus.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.lexicon.PhraseSet;
import org.casus.model.AnnotatedText;
import org.casus.model.Event;
import org.casus.model.Fact;
import org.casus.model.Language;
import org.casus.model.Provenance;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * Incidents and agreements, one per sentence that reports one: a trigger word gives the event, the
 * instrument words of the sentence refine its ACLED sub-event type (a missile strike is shelling, a
 * drone strike an air strike), the sides come from the attacker's and the target's words, and
 * civilians or civilian places as target set civilian targeting. An agreement word counts only
 * with a verb of reaching it ("ont convenu d'un cessez-le-feu").
 */
public final class EventExtractor implements FactExtractor {
  private static final String AGREEMENT = "agreement";
  private static final String CLASH = "armed_clash";
  private static final String ATTACK = "attack";
  private static final java.util.Set<String> MAIN_CLAUSES = java.util.Set.of("root", "conj", "parataxis");
  private final ExtractionLexicons lexicons;
  private final Map<Language, EventLexicon> events = new EnumMap<>(Language.class);

  public EventExtractor(ExtractionLexicons lexicons) {
    this.lexicons = lexicons;
    for (Language l : Language.values()) {
      events.put(l, EventLexicon.load(l));
    }
  }

  @Override
  public List<Fact> extract(AnnotatedText text) {
    LanguageLexicon lex = lexicons.of(text.language());
    EventLexicon ev = events.get(text.language());
    SideFinder sides = new SideFinder(lex);
    List<Fact> out = new ArrayList<>();
    Optional<Integer> publicationYear = text.clean().document().published().map(d -> d.getYear());
    for (Sentence s : text.sentences()) {
      if (!s.parsed() || isBackground(s, publicationYear)) {
        continue;
      }
      boolean earlier = out.stream().anyMatch(f -> f instanceof Event e && !e.eventType().equals(AGREEMENT));
      Token main = null;
      for (Token trigger : triggers(s, ev)) {
        String base = ev.triggers().get(PhraseSet.normalise(trigger.lemma()));
        if (main != null && !alsoReported(s, ev, main, trigger)) {
          continue;
        }
        if (base.equals(AGREEMENT)) {
          if (main == null) {
            out.add(agreement(text, s, trigger, lex));
            main = trigger;
          }
          continue;
        }
        EventArguments args = new EventArguments(s, trigger, ev, lex);
        // "the attack" after an incident is that incident again, wherever its sentence is.
        if (earlier && args.anaphoric()) {
          continue;
        }
        out.add(event(text, s, trigger, base, args, sides));
        if (main != null) {
          break;
        }
        main = trigger;
      }
    }
    return out;
  }

  /**
   * A sentence that names an earlier year ("un cessez-le-feu a été conclu en 1994") tells the
   * background of the conflict, not an incident of the report.
   */
  private static boolean isBackground(Sentence s, Optional<Integer> publicationYear) {
    if (publicationYear.isEmpty()) {
      return false;
    }
    for (Token t : s.tokens()) {
      if (t.word().length() == 4 && t.word().chars().allMatch(Character::isDigit)) {
        int year = Integer.parseInt(t.word());
        if (year >= 1900 && year < publicationYear.get()) {
          return true;
        }
      }
    }
    return false;
  }

  private Event event(AnnotatedText text, Sentence s, Token t, String base, EventArguments args, SideFinder sides) {
    List<Token> phrase = args.phrase();
    // The event's own words first ("des tirs de missiles" beside a drone elsewhere), then the sentence's.
    Optional<String> instrument = instrumentType(phrase, ev(text)).or(() -> instrumentType(s.tokens(), ev(text)));
    boolean civilians = args.targetsCivilians()
        || phrase.stream().anyMatch(c -> ev(text).civilianTargets().contains(PhraseSet.normalise(c.lemma())));
    // Armed men attacking civilians or their places is an attack on civilians, not a clash.
    Optional<String> actor1 = args.agentSide()
        .or(() -> sides.perpetrator(s, s.token(0)))
        .or(() -> sides.sideOn(s, t));
    boolean byState = actor1.map(a -> a.matches("[A-Z]{3}")).orElse(false);
    String type = instrument.orElse(base.equals(CLASH) && args.targetsCivilians() && !byState ? ATTACK : base);
    Optional<String> actor2 = args.targetSide(actor1).or(() -> target(s, sides, actor1));
    int from = t.index();
    int to = t.index();
    for (Token c : s.subtree(t)) {
      if (Math.abs(c.index() - t.index()) <= 8) {
        from = Math.min(from, c.index());
        to = Math.max(to, c.index());
      }
    }
    return new Event(type, civilians, false, actor1, actor2, List.of(),
        Provenance.of(SentenceFacts.evidence(text, s, from, to), 0.6));
  }

  private EventLexicon ev(AnnotatedText text) {
    return events.get(text.language());
  }

  /** The event words of a sentence that head a clause or are an argument of one, in order. */
  private static List<Token> triggers(Sentence s, EventLexicon ev) {
    List<Token> out = new ArrayList<>();
    Optional<Token> next = trigger(s, ev, 0);
    while (next.isPresent()) {
      out.add(next.get());
      next = trigger(s, ev, next.get().index() + 1);
    }
    return out;
  }

  /**
   * A second incident of the sentence: a verb of another type heading a main clause of its own
   * ("fired rockets at the town; most were intercepted"), not one the first event word governs.
   */
  private static boolean alsoReported(Sentence s, EventLexicon ev, Token main, Token t) {
    String first = ev.triggers().get(PhraseSet.normalise(main.lemma()));
    String type = ev.triggers().get(PhraseSet.normalise(t.lemma()));
    return t.is("VERB") && MAIN_CLAUSES.contains(t.relation()) && !s.dominates(main, t) && !s.dominates(t, main)
        && !type.equals(first) && !type.equals(AGREEMENT) && !first.equals(AGREEMENT);
  }

  /** The first trigger from {@code start} that heads a clause or is an argument of one. */
  private static Optional<Token> trigger(Sentence s, EventLexicon ev, int start) {
    for (Token t : s.tokens().subList(start, s.tokens().size())) {
      String type = ev.triggers().get(PhraseSet.normalise(t.lemma()));
      if (type == null) {
        continue;
      }
      if (type.equals(AGREEMENT)) {
        boolean reached = s.head(t).map(h -> ev.agreementVerbs().contains(PhraseSet.normalise(h.lemma()))).orElse(false);
        if (reached) {
          return Optional.of(t);
        }
        continue;
      }
      String rel = t.relation();
      if (rel.equals("root") || rel.equals("obj") || rel.startsWith("nsubj") || rel.equals("obl") || rel.equals("ccomp")
          || rel.equals("conj") || rel.equals("advcl") || rel.equals("xcomp") || rel.equals("acl")
          || rel.equals("nmod") || rel.equals("parataxis")) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The ACLED type an instrument word of the event's own phrase gives, in lexicon order. */
  private static Optional<String> instrumentType(List<Token> phrase, EventLexicon ev) {
    for (String[] instrument : ev.instruments()) {
      for (Token t : phrase) {
        if (PhraseSet.normalise(t.lemma()).equals(instrument[0]) || PhraseSet.normalise(t.word()).equals(instrument[0])) {
          return Optional.of(instrument[1]);
        }
      }
    }
    return Optional.empty();
  }

  /** The other side the sentence names: the target's. */
  private static Optional<String> target(Sentence s, SideFinder sides, Optional<String> actor1) {
    for (String side : sides.sidesNamed(s)) {
      if (actor1.isEmpty() || !side.equals(actor1.get())) {
        return Optional.of(side);
      }
    }
    return Optional.empty();
  }

  /** The parties of an agreement: the sides its sentence names, in order. */
  private static Event agreement(AnnotatedText text, Sentence s, Token trigger, LanguageLexicon lex) {
    List<String> parties = new SideFinder(lex).sidesNamed(s);
    Optional<String> a1 = parties.isEmpty() ? Optional.empty() : Optional.of(parties.get(0));
    Optional<String> a2 = parties.size() < 2 ? Optional.empty() : Optional.of(parties.get(1));
    Token verb = s.head(trigger).orElse(trigger);
    int from = Math.min(verb.index(), trigger.index());
    int to = Math.max(verb.index(), trigger.index());
    return new Event(AGREEMENT, false, false, a1, a2, List.of(),
        Provenance.of(SentenceFacts.evidence(text, s, from, to), 0.6));
  }
}
