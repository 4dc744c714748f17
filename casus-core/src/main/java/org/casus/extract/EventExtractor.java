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
      Optional<Token> trigger = trigger(s, ev);
      if (trigger.isEmpty()) {
        continue;
      }
      String base = ev.triggers().get(PhraseSet.normalise(trigger.get().lemma()));
      if (base.equals(AGREEMENT)) {
        out.add(agreement(text, s, trigger.get(), lex));
        continue;
      }
      String type = instrumentType(s, ev).orElse(base);
      boolean civilians = s.tokens().stream().anyMatch(t -> ev.civilianTargets().contains(PhraseSet.normalise(t.lemma())));
      Optional<String> actor1 = sides.perpetrator(s, s.token(0)).or(() -> sides.sideOn(s, trigger.get()));
      Optional<String> actor2 = target(s, sides, actor1);
      Token t = trigger.get();
      int from = t.index();
      int to = t.index();
      for (Token c : s.subtree(t)) {
        if (Math.abs(c.index() - t.index()) <= 8) {
          from = Math.min(from, c.index());
          to = Math.max(to, c.index());
        }
      }
      out.add(new Event(type, civilians, false, actor1, actor2, List.of(),
          Provenance.of(SentenceFacts.evidence(text, s, from, to), 0.6)));
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

  /** The first trigger that heads a clause or is an argument of one. */
  private static Optional<Token> trigger(Sentence s, EventLexicon ev) {
    for (Token t : s.tokens()) {
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

  private static Optional<String> instrumentType(Sentence s, EventLexicon ev) {
    for (String[] instrument : ev.instruments()) {
      for (Token t : s.tokens()) {
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
