package org.casus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.extract.CasualtyLinker.Link;
import org.casus.extract.CasualtyLinker.Tie;
import org.casus.extract.LanguageLexicon.VictimNoun;
import org.casus.model.AnnotatedText;
import org.casus.model.Breakdown;
import org.casus.model.Casualties;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Fact;
import org.casus.model.Provenance;
import org.casus.model.Sentence;
import org.casus.model.Token;
import org.casus.model.Victims;

/**
 * Figures of people killed, injured, missing, captured or displaced, each tied to its casualty word
 * by {@link CasualtyLinker}. Demographic subsets ("dont 4 femmes", "including six children", "one of
 * the dead was a child") are not figures of their own but a breakdown of the figure they belong to;
 * subsets by victim type or place ("including 16 civilians") stay figures.
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
    CasualtyLinker linker = new CasualtyLinker(lex);
    SideFinder sides = new SideFinder(lex);
    List<Casualties> facts = new ArrayList<>();
    List<Casualties> previousSentence = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (!s.parsed()) {
        facts.addAll(previousSentence);
        previousSentence = new ArrayList<>();
        continue;
      }
      List<Casualties> inSentence = new ArrayList<>();
      for (Quantity q : finder.find(s)) {
        Token head = s.token(q.head());
        Optional<VictimNoun> subsetNoun = lex.victimNoun(head.lemma()).filter(VictimNoun::demographic);
        if (q.subset() && subsetNoun.isPresent()) {
          addToTotal(text, s, q, head, subsetNoun.get(), Optional.empty(), inSentence, previousSentence);
          continue;
        }
        Optional<CasualtyOutcome> previous = inSentence.isEmpty() ? Optional.empty()
            : Optional.of(inSentence.get(inSentence.size() - 1).outcome());
        Optional<Link> link = linker.link(s, q, previous);
        if (link.isEmpty()) {
          continue;
        }
        // "4 femmes figuraient parmi les victimes", "one of the dead was a child": demographic members are a subset too.
        if (link.get().tie() == Tie.MEMBER && subsetNoun.isPresent()) {
          addToTotal(text, s, q, head, subsetNoun.get(), Optional.of(link.get().outcome()), inSentence, previousSentence);
          continue;
        }
        Optional<Token> partitive = copularPartitive(s, q, head, linker);
        Optional<VictimNoun> partitiveNoun = partitive.flatMap(p -> lex.victimNoun(p.lemma())).filter(VictimNoun::demographic);
        if (partitiveNoun.isPresent()) {
          addToTotal(text, s, q, partitive.get(), partitiveNoun.get(), Optional.of(link.get().outcome()), inSentence,
              previousSentence);
          continue;
        }
        boolean gap = link.get().tie() == Tie.GAP;
        Victims victims = gap ? inSentence.get(inSentence.size() - 1).victims() : victims(s, q, head, lex, linker, inSentence);
        if (victims == Victims.UNKNOWN && link.get().outcome() == CasualtyOutcome.DISPLACED) {
          // People forced from their homes are civilians unless the text says otherwise.
          victims = Victims.CIVILIANS;
        }
        Optional<String> perpetrator = sides.perpetrator(s, head);
        Optional<String> victimSide = sides.victimSide(s, head, perpetrator, victims);
        if (victimSide.isEmpty() && (gap || linker.isOther(head)) && !inSentence.isEmpty()) {
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
      facts.addAll(previousSentence);
      previousSentence = inSentence;
    }
    facts.addAll(previousSentence);
    return List.copyOf(facts);
  }

  /**
   * Records a demographic subset on the figure it belongs to: the last one told, in this sentence
   * or the one before ("Dix civils ont été tués. Parmi eux, quatre femmes."), of the same outcome
   * when the subset says it ("4 femmes figuraient parmi les victimes"). With no such figure it is
   * dropped, never made a figure of its own.
   */
  private static void addToTotal(AnnotatedText text, Sentence s, Quantity q, Token word, VictimNoun noun,
      Optional<CasualtyOutcome> outcome, List<Casualties> inSentence, List<Casualties> previousSentence) {
    Breakdown part = new Breakdown(q.count(), noun.victims(), word.word(),
        SentenceFacts.evidence(text, s, q.first(), Math.max(q.last(), word.index())));
    List<Casualties> target = inSentence.isEmpty() ? previousSentence : inSentence;
    for (int i = target.size() - 1; i >= 0; i--) {
      if (outcome.isEmpty() || target.get(i).outcome() == outcome.get()) {
        target.set(i, target.get(i).withSubset(part));
        return;
      }
    }
  }

  /**
   * The predicate a copula gives the figure of a partitive: "a child" in "one of the dead was a
   * child".
   */
  private static Optional<Token> copularPartitive(Sentence s, Quantity q, Token head, CasualtyLinker linker) {
    Token figure = s.token(q.last());
    boolean partitive = head.head() == q.last() && head.relation().equals("nmod");
    if (!partitive || linker.copularVictim(s, figure).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(s.token(figure.head()));
  }

  /** Who the victims are: the counted noun, what a copula says of it, its complements, else the words of the sentence. */
  private static Victims victims(Sentence s, Quantity q, Token head, LanguageLexicon lex, CasualtyLinker linker,
      List<Casualties> before) {
    Optional<VictimNoun> own = lex.victimNoun(head.lemma());
    if (own.isPresent() && own.get().victims() != Victims.UNKNOWN) {
      return own.get().victims();
    }
    // "one of the dead was a fighter", "the two others were civilians": what the copula says they are.
    Token counted = head.head() >= q.first() && head.head() <= q.last() ? s.token(head.head()) : head;
    Optional<VictimNoun> said = linker.copularVictim(s, counted).filter(v -> v.victims() != Victims.UNKNOWN);
    if (said.isPresent()) {
      return said.get().victims();
    }
    if (linker.isOther(head) && !before.isEmpty()) {
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

  /**
   * Civilians or military when the sentence names only one of them among those who suffer; both
   * make mixed. Those who act ("des assaillants qui ont attaqué", "gunmen opened fire") are not victims.
   */
  private static Victims sentenceVictims(Sentence s, LanguageLexicon lex) {
    Victims v = Victims.UNKNOWN;
    for (Token t : s.tokens()) {
      Optional<VictimNoun> n = lex.victimNoun(t.lemma());
      if (n.isPresent() && n.get().victims() != Victims.UNKNOWN && !isAgent(s, t, lex)) {
        v = v.combine(n.get().victims());
      }
    }
    return v;
  }

  /**
   * Whether a noun names the doer of an action: the agent of a passive, the subject of an active
   * verb that says nothing happened to it, or the noun of such a relative clause ("qui ont attaqué").
   */
  private static boolean isAgent(Sentence s, Token t, LanguageLexicon lex) {
    if (t.deprel().equals("obl:agent")) {
      return true;
    }
    if (t.deprel().equals("nsubj") && t.head() >= 0 && acts(s, s.token(t.head()), lex)) {
      return true;
    }
    return s.children(t).stream().anyMatch(c -> c.deprel().equals("acl:relcl") && acts(s, c, lex)
        && s.children(c).stream().anyMatch(k -> k.deprel().equals("nsubj") && k.is("PRON")));
  }

  /** An active verb that does not say its subject suffered: "attacked", not "died" or "lost their lives". */
  private static boolean acts(Sentence s, Token verb, LanguageLexicon lex) {
    boolean passive = s.children(verb).stream().anyMatch(c -> c.deprel().equals("aux:pass"));
    boolean suffers = lex.triggers(verb.lemma()).stream()
        .anyMatch(x -> x.role() == LanguageLexicon.TriggerRole.SUBJECT || x.role() == LanguageLexicon.TriggerRole.PHRASE);
    return verb.is("VERB") && !passive && !suffers;
  }
}
