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
  private static final String SHELLING = "shelling_artillery_missile_attack";
  // The French tagger sometimes reads "quotidiens" after its noun as a compound noun.
  private static final java.util.Set<String> HABIT_MODIFIERS = java.util.Set.of("amod", "advmod", "compound");
  private static final java.util.Set<String> AIMED_WEAPONS = java.util.Set.of(SHELLING, "air_drone_strike");
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
    // How this article's strikes are made, once a strike of a side that strikes from the air is told.
    Optional<String> articleStrikes = Optional.empty();
    for (Sentence s : text.sentences()) {
      if (!s.parsed() || isBackground(s, publicationYear) || tellsAHabit(s, ev)) {
        continue;
      }
      boolean earlier = out.stream().anyMatch(f -> f instanceof Event e && !e.eventType().equals(AGREEMENT));
      Token main = null;
      List<Token> triggers = triggers(s, ev);
      for (Token trigger : triggers) {
        String base = baseType(s, trigger, ev).orElseThrow();
        if (main != null && !alsoReported(s, ev, lex, sides.wordsOf(s), main, trigger)) {
          continue;
        }
        if (base.equals(AGREEMENT)) {
          if (main == null) {
            out.add(agreement(text, s, trigger, lex));
            main = trigger;
          }
          continue;
        }
        EventArguments args = new EventArguments(s, trigger, ev, lex, sides.wordsOf(s));
        // "the attack" after an incident is that incident again, wherever its sentence is; the
        // sentence's other event words then say more of it unless they report an incident of their own.
        if (earlier && args.anaphoric()) {
          main = main == null ? trigger : main;
          continue;
        }
        Event e = event(text, new Mention(s, trigger, base, args, triggers), sides, articleStrikes);
        if (base.equals(SHELLING) && articleStrikes.isEmpty()) {
          articleStrikes = e.actor1Side().map(ev.strikeMeans()::get);
        }
        out.add(e);
        if (main != null) {
          break;
        }
        main = trigger;
      }
    }
    return out;
  }

  /** An event word of a sentence, with its type before instruments refine it and the sentence's other event words. */
  private record Mention(Sentence s, Token trigger, String base, EventArguments args, List<Token> triggers) {}

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

  private Event event(AnnotatedText text, Mention m, SideFinder sides, Optional<String> articleStrikes) {
    Sentence s = m.s();
    Token t = m.trigger();
    EventArguments args = m.args();
    EventLexicon ev = ev(text);
    List<Token> phrase = args.phrase();
    boolean targetsCivilians = args.targetsCivilians();
    Optional<String> target = args.targetSide(Optional.empty());
    // A sentence-wide guess of the attacker must not be the side the event's own words name as
    // target, nor the side of a place they name ("the strikes in Kharkiv", "Kharkiv subit des frappes").
    java.util.Set<String> struck = new java.util.HashSet<>();
    target.ifPresent(struck::add);
    phrase.forEach(w -> sides.sideOfPlace(w).ifPresent(struck::add));
    Optional<String> actor1 = args.agentSide()
        .or(() -> sides.perpetrator(s, s.token(0)).filter(a -> !struck.contains(a)))
        .or(() -> sides.sideOn(s, t).filter(a -> !struck.contains(a)));
    boolean byState = actor1.map(a -> a.matches("[A-Z]{3}")).orElse(false);
    // An armed group's attack on a country itself, not on its forces, is an attack on its people.
    boolean onTerritory = actor1.isPresent() && !byState && m.base().equals(CLASH) && args.targetsTerritory();
    // Weapons aimed at a town are aimed at the people who live there.
    boolean onSettlement = AIMED_WEAPONS.contains(m.base()) && args.targetsSettlement();
    boolean civilians = targetsCivilians || onTerritory || onSettlement
        || phrase.stream().anyMatch(c -> ev.civilianTargets().contains(PhraseSet.normalise(c.lemma())));
    // A strike whose weapon is not said is made as its side's strikes are, or as the article's other strikes.
    Optional<String> sideMeans = !m.base().equals(SHELLING) ? Optional.empty()
        : actor1.isPresent() ? actor1.map(ev.strikeMeans()::get) : articleStrikes;
    // The event's own words first ("des tirs de missiles" beside a drone elsewhere), then the sentence's
    // outside other events' words.
    String type = instrumentType(phrase, ev)
        .or(() -> sideMeans)
        .or(() -> instrumentType(outsideOtherEvents(s, t, m.triggers()), ev))
        // Armed men attacking civilians or their places is an attack on civilians, not a clash.
        .orElse(m.base().equals(CLASH) && (targetsCivilians || onTerritory) && !byState ? ATTACK : m.base());
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
   * ("fired rockets at the town; most were intercepted"), not one the first event word governs; or
   * an event noun joined to the first whose agent is another side ("le pilonnage de Gaza par
   * l'armée israélienne et les tirs de roquettes du Hamas").
   */
  private static boolean alsoReported(Sentence s, EventLexicon ev, LanguageLexicon lex, SideWords words, Token main,
      Token t) {
    String first = baseType(s, main, ev).orElseThrow();
    String type = baseType(s, t, ev).orElseThrow();
    if (type.equals(AGREEMENT) || first.equals(AGREEMENT)) {
      return false;
    }
    boolean ownClause = t.is("VERB") && MAIN_CLAUSES.contains(t.relation()) && !s.dominates(main, t)
        && !s.dominates(t, main) && !type.equals(first);
    return ownClause || t.relation().equals("conj") && s.dominates(main, t)
        && otherAgent(new EventArguments(s, main, ev, lex, words), new EventArguments(s, t, ev, lex, words));
  }

  private static boolean otherAgent(EventArguments first, EventArguments second) {
    Optional<String> agent = second.agentSide();
    return agent.isPresent() && first.agentSide().isPresent() && !agent.equals(first.agentSide());
  }

  /** The first trigger from {@code start} that heads a clause or is an argument of one. */
  private static Optional<Token> trigger(Sentence s, EventLexicon ev, int start) {
    for (Token t : s.tokens().subList(start, s.tokens().size())) {
      Optional<String> type = baseType(s, t, ev);
      boolean word = ev.triggers().containsKey(PhraseSet.normalise(t.lemma()));
      if (type.isEmpty() || word && classifier(s, t, ev)) {
        continue;
      }
      if (type.get().equals(AGREEMENT)) {
        if (reached(s, t, ev)) {
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

  /**
   * The type a word reports before instruments refine it: its trigger type, or for a weapon aimed
   * at something ("100 missiles against Stepanakert", "launched missiles at the city", "des
   * roquettes vers Israël") the weapon's.
   */
  private static Optional<String> baseType(Sentence s, Token t, EventLexicon ev) {
    String lemma = PhraseSet.normalise(t.lemma());
    String type = ev.triggers().get(lemma);
    if (type != null) {
      return Optional.of(type);
    }
    if (!t.is("NOUN")) {
      return Optional.empty();
    }
    // "des dizaines de roquettes", "a barrage of rockets": the quantity is the verb's object.
    Token counted = t;
    while (counted.relation().equals("nmod") && s.head(counted).map(h -> h.is("NOUN")).orElse(false)) {
      counted = s.head(counted).get();
    }
    boolean aimed = hasTarget(s, t, ev) || counted.relation().equals("obj")
        && s.head(counted).filter(h -> h.is("VERB")).map(h -> hasTarget(s, h, ev)).orElse(false);
    return !aimed ? Optional.empty() : ev.instruments().stream()
        .filter(i -> i[0].equals(lemma) && AIMED_WEAPONS.contains(i[1])).map(i -> i[1]).findFirst();
  }

  private static boolean hasTarget(Sentence s, Token head, EventLexicon ev) {
    return s.children(head).stream().anyMatch(c -> (c.relation().equals("nmod") || c.relation().equals("obl"))
        && s.children(c).stream().anyMatch(k -> k.relation().equals("case")
            && ev.targetMarkers().contains(PhraseSet.normalise(k.lemma()))));
  }

  /**
   * An event noun that only classifies another noun ("véhicule de combat d'infanterie", "un déluge
   * de feu"): a bare complement right after its noun, with no determiner, number, adjective or target
   * of its own ("l'objet d'attaques complexes" is an event).
   */
  private static boolean classifier(Sentence s, Token t, EventLexicon ev) {
    boolean rightAfterItsNoun = s.head(t).map(h -> h.is("NOUN") && h.index() + 2 == t.index()).orElse(false);
    if (!t.is("NOUN") || !t.relation().equals("nmod") || !rightAfterItsNoun) {
      return false;
    }
    boolean described = s.children(t).stream()
        .anyMatch(c -> c.relation().equals("det") || c.relation().equals("nummod") || c.relation().equals("amod"));
    return !described && !hasTarget(s, t, ev);
  }

  /**
   * A sentence whose event word is said to recur ("has been trading near-daily cross-border fire
   * since Hamas attacked Israel") tells the background of the conflict, not an incident.
   */
  private static boolean tellsAHabit(Sentence s, EventLexicon ev) {
    return s.tokens().stream().anyMatch(t -> ev.triggers().containsKey(PhraseSet.normalise(t.lemma()))
        && s.children(t).stream().anyMatch(c -> HABIT_MODIFIERS.contains(c.relation())
            && ev.habitual().contains(PhraseSet.normalise(c.lemma()))));
  }

  /**
   * An agreement word counts when it is reached, entered into or kept: by its head verb or a verb
   * on it; a word that only qualifies a noun ("a ceasefire agreement") is reached with that noun.
   */
  private static boolean reached(Sentence s, Token t, EventLexicon ev) {
    Token phrase = phraseOf(s, t);
    boolean byHead = s.head(phrase).map(h -> ev.agreementVerbs().contains(PhraseSet.normalise(h.lemma()))).orElse(false);
    return byHead || s.children(t).stream()
        .anyMatch(c -> c.relation().equals("acl") && ev.agreementVerbs().contains(PhraseSet.normalise(c.lemma())));
  }

  /** The noun a compound word qualifies ("ceasefire" in "a ceasefire agreement"), or the word itself. */
  private static Token phraseOf(Sentence s, Token t) {
    Token phrase = t;
    while (phrase.relation().equals("compound") && s.head(phrase).isPresent()) {
      phrase = s.head(phrase).get();
    }
    return phrase;
  }

  /** The ACLED type an instrument word gives, in lexicon order. */
  private static Optional<String> instrumentType(List<Token> words, EventLexicon ev) {
    for (String[] instrument : ev.instruments()) {
      for (Token t : words) {
        if (PhraseSet.normalise(t.lemma()).equals(instrument[0]) || PhraseSet.normalise(t.word()).equals(instrument[0])) {
          return Optional.of(instrument[1]);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The words of a sentence outside the phrases of the event words coordinated with this one ("le
   * pilonnage de Gaza et les tirs de roquettes du Hamas"): those are other incidents.
   */
  private static List<Token> outsideOtherEvents(Sentence s, Token trigger, List<Token> triggers) {
    List<Token> others = triggers.stream().filter(o -> coordinated(s, o, trigger) && !s.dominates(o, trigger)).toList();
    List<Token> out = new ArrayList<>();
    for (Token w : s.tokens()) {
      if (others.stream().noneMatch(o -> o.index() == w.index() || s.dominates(o, w))) {
        out.add(w);
      }
    }
    return out;
  }

  /** Event words joined by a conjunction, the second anywhere in the first's phrase (parsers attach it low). */
  private static boolean coordinated(Sentence s, Token a, Token b) {
    return a.relation().equals("conj") && s.dominates(b, a) || b.relation().equals("conj") && s.dominates(a, b);
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

  /**
   * The parties of an agreement: those its verb's subject names first, then the other sides of the
   * sentence in order, so that the city of the talks ("réunions à Moscou") does not come first.
   */
  private static Event agreement(AnnotatedText text, Sentence s, Token trigger, LanguageLexicon lex) {
    SideFinder sides = new SideFinder(lex);
    Token verb = s.head(phraseOf(s, trigger)).orElse(trigger);
    List<String> parties = new ArrayList<>(sides.subjectSides(s, trigger));
    if (parties.isEmpty()) {
      parties.addAll(sides.subjectSides(s, verb));
    }
    sides.sidesNamed(s).stream().filter(x -> !parties.contains(x)).forEach(parties::add);
    Optional<String> a1 = parties.isEmpty() ? Optional.empty() : Optional.of(parties.get(0));
    Optional<String> a2 = parties.size() < 2 ? Optional.empty() : Optional.of(parties.get(1));
    int from = Math.min(verb.index(), trigger.index());
    int to = Math.max(verb.index(), trigger.index());
    return new Event(AGREEMENT, false, false, a1, a2, List.of(),
        Provenance.of(SentenceFacts.evidence(text, s, from, to), 0.6));
  }
}
