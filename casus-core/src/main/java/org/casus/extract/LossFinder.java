package org.casus.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.extract.LanguageLexicon.LossRole;
import org.casus.extract.LanguageLexicon.LossTrigger;
import org.casus.lexicon.NounLexicon.PhraseMatch;
import org.casus.lexicon.WeaponLexicon;
import org.casus.lexicon.WeaponLexicon.WeaponMatch;
import org.casus.model.AnnotatedText;
import org.casus.model.Count;
import org.casus.model.Evidence;
import org.casus.model.LossOutcome;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * Figures of equipment or buildings that the parse ties to a loss word: the counted noun is the
 * object or passive subject of a loss verb ("a détruit trois obusiers", "20 buildings have been
 * destroyed"), directly or as a conjunct or apposition of a list, carries the loss participle
 * ("98 maisons incendiées", "two military vehicles destroyed") or completes a loss noun ("la perte
 * d'un véhicule"). What the noun phrase names decides whether the loss is equipment or a building.
 */
final class LossFinder {
  /** What a lost thing is: a piece of equipment or a structure. */
  sealed interface LostThing permits Equipment, Structure {}

  record Equipment(String category, Optional<String> system) implements LostThing {}

  record Structure(String object) implements LostThing {}

  /** A figure of lost things, with the side that owned them when the sentence says it. */
  record Loss(LossOutcome outcome, Quantity quantity, LostThing thing, Optional<String> ownerSide,
      Evidence evidence, double confidence) {}

  /** How a counted noun is tied to its loss word. */
  private record Link(LossTrigger trigger, Token word, double confidence) {}

  /** Relations that leave the counted noun's own phrase: other clauses and other list items. */
  private static final Set<String> OUTSIDE_PHRASE = Set.of("conj", "cc", "acl", "advcl", "parataxis", "dep", "ccomp",
      "xcomp", "punct");

  private final LanguageLexicon lex;
  private final WeaponLexicon weapons;

  LossFinder(LanguageLexicon lex, WeaponLexicon weapons) {
    this.lex = lex;
    this.weapons = weapons;
  }

  List<Loss> find(AnnotatedText text) {
    QuantityFinder finder = new QuantityFinder(lex, true, text.text());
    List<Loss> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (!s.parsed()) {
        continue;
      }
      List<Quantity> quantities = finder.find(s);
      Set<Integer> heads = new HashSet<>();
      quantities.forEach(q -> heads.add(q.head()));
      Set<Integer> subsets = new HashSet<>();
      quantities.stream().filter(Quantity::subset).forEach(q -> subsets.add(q.head()));
      List<String> words = SentenceFacts.surfaceWords(text.text(), s).stream()
          .map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
      Set<Integer> systemWords = systemWords(words);
      for (Candidate c : candidates(s, quantities, heads)) {
        Quantity q = c.quantity();
        Token head = s.token(q.head());
        if (c.figured() && (q.head() == q.last() || !(head.is("NOUN") || head.is("PROPN")))) {
          continue;
        }
        List<Token> phrase = phrase(s, head, heads);
        Optional<LostThing> thing = thing(s, q, head, phrase, words);
        if (thing.isEmpty()) {
          continue;
        }
        // "une quarantaine de motos": the figure, not its complement, is the argument.
        Token counted = c.figured() && head.head() == q.last() ? s.token(q.last()) : head;
        Optional<Link> link = link(s, counted, heads, subsets, 0);
        // Without a figure only an explicit loss word makes a loss: "destroyed the bridge".
        if (link.isEmpty() || !c.figured() && c.explicitOnly() && !predicated(link.get(), head)) {
          continue;
        }
        LossOutcome outcome = link.get().trigger().outcome();
        if (lex.munitions().contains(head.lemma()) && outcome != LossOutcome.CAPTURED) {
          continue;
        }
        int last = Math.max(c.evidenceEnd(), phrase.stream().mapToInt(Token::index).max().orElse(head.index()));
        Evidence evidence = SentenceFacts.evidence(text, s, q.first(), last);
        out.add(new Loss(outcome, q, thing.get(), owner(s, counted, link.get(), systemWords), evidence, link.get().confidence()));
      }
    }
    return out;
  }

  /**
   * A figure to try: one the quantity finder read, or one this finder reads off the noun phrase
   * itself (an article, a figure in brackets, a list item with no figure of its own).
   *
   * @param evidenceEnd last token the evidence must reach beyond the noun phrase ("vehicles (12)")
   * @param explicitOnly whether only a loss word that governs the noun directly may make it a loss
   */
  private record Candidate(Quantity quantity, boolean figured, int evidenceEnd, boolean explicitOnly) {}

  /**
   * The quantity finder's figures, then the lost things named without one: "vehicles (12)" takes
   * the figure in brackets; "several buildings and cars" gives the cars the list's vague count;
   * "the bridge", "des motos" count one, or an unknown number when plural.
   */
  private List<Candidate> candidates(Sentence s, List<Quantity> quantities, Set<Integer> heads) {
    List<Candidate> out = new ArrayList<>();
    Set<Integer> covered = new HashSet<>();
    for (Quantity q : quantities) {
      out.add(new Candidate(q, true, -1, false));
      for (int i = q.first(); i <= q.last(); i++) {
        covered.add(i);
      }
      bracketed(s, q).ifPresent(noun -> {
        int from = phraseStart(s, noun);
        out.add(new Candidate(new Quantity(q.count(), from, from - 1, noun.index(), false), false, q.last() + 1, false));
        covered.add(noun.index());
      });
    }
    for (Token t : s.tokens()) {
      if (!t.is("NOUN") || heads.contains(t.index()) || covered.contains(t.index())) {
        continue;
      }
      boolean hasFigure = s.children(t).stream().anyMatch(c -> c.relation().equals("nummod"));
      if (hasFigure) {
        continue;
      }
      Optional<Token> article = s.children(t).stream()
          .filter(c -> c.relation().equals("det") && c.is("DET") && c.index() < t.index()).findFirst();
      boolean plural = !t.lowerWord().equals(t.lemma().toLowerCase(java.util.Locale.ROOT));
      if (t.relation().equals("conj") && listChain(s, t).stream().skip(1).anyMatch(i -> heads.contains(i.index()))) {
        // A list item without a figure shares the vague count of the list: "several buildings and cars".
        int from = article.map(a -> a.index()).orElse(phraseStart(s, t));
        int last = article.map(Token::index).orElse(from - 1);
        out.add(new Candidate(new Quantity(plural || article.isEmpty() ? Count.vague() : Count.exact(1), from, last,
            t.index(), false), false, -1, article.isPresent()));
      } else if (article.isPresent()) {
        out.add(new Candidate(new Quantity(plural ? Count.vague() : Count.exact(1), article.get().index(),
            article.get().index(), t.index(), false), false, -1, true));
      }
    }
    return out;
  }

  /**
   * Whether the loss word states the loss rather than recalls it: "destroyed the home", "the home
   * was destroyed", but not "found in the destroyed home", which names something already told.
   */
  private static boolean predicated(Link link, Token noun) {
    boolean attributive = link.word().head() == noun.index() && link.word().index() < noun.index();
    return link.confidence() >= 0.8 && !attributive;
  }

  /** The noun a figure in brackets right after it counts: "armoured vehicles (12)". */
  private static Optional<Token> bracketed(Sentence s, Quantity q) {
    if (q.head() != q.last() || q.first() < 2 || q.last() + 1 >= s.tokens().size()) {
      return Optional.empty();
    }
    Token open = s.token(q.first() - 1);
    Token close = s.token(q.last() + 1);
    Token before = s.token(q.first() - 2);
    if (!open.word().equals("(") || !close.word().equals(")") || !(before.is("NOUN") || before.is("PROPN"))) {
      return Optional.empty();
    }
    return Optional.of(before);
  }

  /** The first word of a noun's pre-modifiers: "armoured" in "armoured vehicles". */
  private static int phraseStart(Sentence s, Token noun) {
    int from = noun.index();
    for (Token c : s.children(noun)) {
      String rel = c.relation();
      if (c.index() < from && (rel.equals("amod") || rel.equals("compound") || rel.equals("flat"))) {
        from = c.index();
      }
    }
    return from;
  }

  /**
   * The counted noun's own words: its modifiers and complements, appositions included ("BMP-2
   * (IFV)"), without the other items of a list or the clauses hanging on it.
   */
  private static List<Token> phrase(Sentence s, Token head, Set<Integer> quantityHeads) {
    List<Token> out = new ArrayList<>();
    collect(s, head, head, quantityHeads, out);
    out.sort(java.util.Comparator.comparingInt(Token::index));
    return out;
  }

  private static void collect(Sentence s, Token t, Token root, Set<Integer> quantityHeads, List<Token> out) {
    out.add(t);
    for (Token c : s.children(t)) {
      boolean otherItem = quantityHeads.contains(c.index()) && c.index() != root.index();
      if (!OUTSIDE_PHRASE.contains(c.relation()) && !otherItem) {
        collect(s, c, root, quantityHeads, out);
      }
    }
  }

  /**
   * Equipment when the phrase names a weapon system or its noun is a materiel noun, a structure
   * when its noun is a building or infrastructure noun; of two matching nouns the longer phrase
   * wins ("véhicule civil" over "véhicule").
   */
  private Optional<LostThing> thing(Sentence s, Quantity q, Token head, List<Token> phrase, List<String> words) {
    Optional<WeaponMatch> system = system(phrase, words);
    if (system.isPresent()) {
      return Optional.of(new Equipment(system.get().category(), Optional.of(system.get().canonical())));
    }
    Optional<PhraseMatch> materiel = nounAt(lex.materielNouns(), q, head, s, words);
    Optional<PhraseMatch> damage = nounAt(lex.damageNouns(), q, head, s, words);
    int materielLength = materiel.map(m -> m.end() - m.start()).orElse(0);
    int damageLength = damage.map(m -> m.end() - m.start()).orElse(0);
    if (materiel.isPresent() && materielLength >= damageLength) {
      return Optional.of(new Equipment(materiel.get().value(), Optional.empty()));
    }
    return damage.map(d -> new Structure(d.value()));
  }

  /** The longest system name that begins on a word of the phrase. */
  private Optional<WeaponMatch> system(List<Token> phrase, List<String> words) {
    WeaponMatch best = null;
    for (Token t : phrase) {
      Optional<WeaponMatch> m = weapons.match(words, t.index());
      if (m.isPresent() && (best == null || m.get().end() - m.get().start() > best.end() - best.start())) {
        best = m.get();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The longest lexicon phrase that covers the counted noun, beginning after the figure: "véhicules
   * de combat d'infanterie" from its noun on, "infantry fighting vehicles" from its first modifier.
   */
  private static Optional<PhraseMatch> nounAt(org.casus.lexicon.NounLexicon nouns, Quantity q, Token head, Sentence s,
      List<String> words) {
    PhraseMatch best = null;
    for (int start = q.last() + 1; start <= head.index(); start++) {
      Optional<PhraseMatch> m = nouns.match(words, start);
      if (m.isEmpty() || m.get().end() <= head.index()) {
        m = nouns.match(lemmas(s, words), start).filter(x -> x.end() > head.index());
      }
      if (m.isPresent() && m.get().end() > head.index()
          && (best == null || m.get().end() - m.get().start() > best.end() - best.start())) {
        best = m.get();
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<String> lemmas(Sentence s, List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      out.add(words.get(i).isEmpty() ? "" : s.token(i).lemma().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  /** The loss word of a counted noun, through the list it belongs to. */
  private Optional<Link> link(Sentence s, Token counted, Set<Integer> quantityHeads, Set<Integer> subsets, int depth) {
    // "la perte d'un véhicule et une mitrailleuse": the second item parsed as a conjunct of the loss noun.
    if (counted.relation().equals("conj") && counted.head() >= 0) {
      Token gov = s.token(counted.head());
      LossTrigger noun = gov.is("NOUN") ? lex.lossNouns().get(gov.lemma()) : null;
      if (noun != null && noun.role() == LossRole.NOUN
          && s.children(gov).stream().anyMatch(c -> c.relation().equals("nmod") && c.index() < counted.index())) {
        return Optional.of(new Link(noun, gov, 0.6));
      }
    }
    List<Token> chain = listChain(s, counted);
    for (Token item : chain) {
      Optional<Link> participle = participle(s, item);
      if (participle.isPresent()) {
        return participle;
      }
    }
    Token top = chain.get(chain.size() - 1);
    // "a quarantine of motorbikes and materiel recovered": a participle after the last item is said of the list.
    for (Token c : s.children(top)) {
      if (c.relation().equals("conj") && c.index() > counted.index() && (c.is("NOUN") || c.is("PROPN"))) {
        Optional<Link> participle = participle(s, c);
        if (participle.isPresent()) {
          return Optional.of(new Link(participle.get().trigger(), participle.get().word(), 0.7));
        }
      }
    }
    if (top.head() < 0) {
      return Optional.empty();
    }
    Token gov = s.token(top.head());
    String rel = top.deprel();
    if (depth < 3) {
      Optional<Link> through = throughHost(s, top, gov, quantityHeads, subsets, depth);
      if (through.isPresent()) {
        return through;
      }
    }
    // "11 tanks supplied to X had been wiped out": a reduced relative parsed as the clausal subject.
    if (rel.equals("nsubj") && gov.is("VERB") && gov.relation().equals("csubj") && !hasAux(s, gov)
        && gov.head() >= 0) {
      Token outer = s.token(gov.head());
      Optional<LossTrigger> t = verbTrigger(s, outer).filter(x -> x.role() == LossRole.PATIENT);
      if (t.isPresent() && hasPassiveAux(s, outer)) {
        return Optional.of(new Link(t.get(), outer, 0.7));
      }
    }
    // "Ukraine's losses amounted to 52 tanks": a figure that a loss noun adds up to.
    if ((rel.equals("obl") || rel.equals("obj")) && (gov.is("VERB") || gov.is("AUX"))) {
      for (Token c : s.children(gov)) {
        LossTrigger noun = c.relation().equals("nsubj") ? lex.lossNouns().get(c.lemma()) : null;
        if (noun != null && noun.role() == LossRole.NOUN) {
          return Optional.of(new Link(noun, c, 0.7));
        }
      }
    }
    Optional<LossTrigger> verb = verbTrigger(s, gov);
    if (verb.isPresent()) {
      boolean passive = rel.equals("nsubj:pass") || rel.startsWith("nsubj") && hasPassiveAux(s, gov);
      boolean object = rel.equals("obj") || rel.equals("obl:arg");
      // A list after a stray full stop is parsed as a bare oblique of the verb: "a détruit ... . , trois obusiers".
      boolean bareOblique = top.relation().equals("obl") && !rel.equals("obl:agent") && !hasCase(s, top);
      if (object || passive) {
        return Optional.of(new Link(verb.get(), gov, 0.8));
      }
      // "two military vehicles destroyed": a bare participle whose subject is what was lost.
      boolean bareParticiple = rel.equals("nsubj") && !hasObject(s, gov) && !hasAux(s, gov);
      // "a perdu 95 drones, 6 avions": later items of the list hung on the verb instead of its object.
      boolean strayItem = rel.equals("conj") && hasObject(s, gov);
      if (bareParticiple || strayItem) {
        return Optional.of(new Link(verb.get(), gov, 0.6));
      }
      if (bareOblique) {
        return Optional.of(new Link(verb.get(), gov, 0.6));
      }
    }
    // "ont fait 40 maisons incendiées", "found two tanks destroyed": a participle predicated of the object.
    if (rel.equals("obj")) {
      for (Token c : s.children(gov)) {
        if (c.relation().equals("xcomp") && c.index() > top.index() && !hasObject(s, c)) {
          Optional<LossTrigger> t = verbTrigger(s, c).filter(x -> x.role() == LossRole.PATIENT);
          if (t.isPresent()) {
            return Optional.of(new Link(t.get(), c, 0.6));
          }
        }
      }
    }
    if (top.relation().equals("nmod")) {
      Optional<LossTrigger> noun = Optional.ofNullable(lex.lossNouns().get(gov.lemma()));
      if (noun.isPresent()) {
        return Optional.of(new Link(noun.get(), gov, 0.7));
      }
    }
    return Optional.empty();
  }

  /**
   * The loss word of the noun a list item hangs on when the parse makes it a complement rather
   * than a conjunct: a breakdown of a total ("11 tanks, including 8 Leopards") or an item added by
   * a connective parsed as an adverb ("181 blindés, en plus de plusieurs postes").
   */
  private Optional<Link> throughHost(Sentence s, Token top, Token gov, Set<Integer> quantityHeads,
      Set<Integer> subsets, int depth) {
    Token host = null;
    if (top.relation().equals("nmod") && quantityHeads.contains(gov.index()) && subsets.contains(top.index())
        && gov.index() < top.index()) {
      host = gov;
    } else if (top.relation().equals("obl") && gov.is("ADV") && gov.relation().equals("advmod") && gov.head() >= 0
        && quantityHeads.contains(gov.head())) {
      host = s.token(gov.head());
    }
    if (host == null || !(host.is("NOUN") || host.is("PROPN"))) {
      return Optional.empty();
    }
    return link(s, host, quantityHeads, subsets, depth + 1).map(l -> new Link(l.trigger(), l.word(), Math.min(l.confidence(), 0.7)));
  }

  /**
   * The counted noun, then each noun it hangs on as a list item (a conjunct or an apposition),
   * the head of the whole list last.
   */
  private static List<Token> listChain(Sentence s, Token counted) {
    List<Token> chain = new ArrayList<>();
    chain.add(counted);
    Token cur = counted;
    for (int guard = 0; guard < s.tokens().size(); guard++) {
      String rel = cur.relation();
      if (!(rel.equals("conj") || rel.equals("appos")) || cur.head() < 0) {
        break;
      }
      Token up = s.token(cur.head());
      if (!(up.is("NOUN") || up.is("PROPN"))) {
        break;
      }
      chain.add(up);
      cur = up;
    }
    return chain;
  }

  /** "tanks destroyed", "maisons incendiées", "two destroyed tanks". */
  private Optional<Link> participle(Sentence s, Token noun) {
    for (Token c : s.children(noun)) {
      if (c.relation().equals("acl") || c.relation().equals("amod")) {
        // A participle with its own object is active ("neutralisant de nombreux soldats"), not said of the noun.
        Optional<LossTrigger> t = verbTrigger(s, c).filter(x -> x.role() == LossRole.PATIENT && !hasObject(s, c));
        if (t.isPresent()) {
          return Optional.of(new Link(t.get(), c, 0.8));
        }
      }
    }
    return Optional.empty();
  }

  /** A verb's loss entry: with its particle first ("shoot down"), then alone, by lemma then by word. */
  private Optional<LossTrigger> verbTrigger(Sentence s, Token verb) {
    if (!(verb.is("VERB") || verb.is("ADJ") || verb.is("AUX"))) {
      return Optional.empty();
    }
    for (Token c : s.children(verb)) {
      // The particle of a phrasal verb, tagged either way by the parser ("shot down").
      if (c.deprel().equals("compound:prt") || c.deprel().equals("advmod")) {
        LossTrigger t = lex.lossVerbs().get(org.casus.lexicon.PhraseSet.normalise(verb.lemma() + " " + c.lowerWord()));
        if (t != null) {
          return Optional.of(t);
        }
      }
    }
    return Optional.ofNullable(lex.lossVerbs().get(org.casus.lexicon.PhraseSet.normalise(verb.lemma())))
        .or(() -> Optional.ofNullable(lex.lossVerbs().get(org.casus.lexicon.PhraseSet.normalise(verb.lowerWord()))));
  }

  private static boolean hasPassiveAux(Sentence s, Token verb) {
    return s.children(verb).stream().anyMatch(c -> c.deprel().equals("aux:pass"));
  }

  private static boolean hasObject(Sentence s, Token verb) {
    return s.children(verb).stream().anyMatch(c -> c.deprel().equals("obj"));
  }

  private static boolean hasAux(Sentence s, Token verb) {
    return s.children(verb).stream().anyMatch(c -> c.relation().equals("aux"));
  }

  private static boolean hasCase(Sentence s, Token noun) {
    return s.children(noun).stream().anyMatch(c -> c.relation().equals("case"));
  }

  /**
   * Whose the lost things were: a nationality or owner on the noun or on another item of its list
   * ("chars arméniens", "drones de l'armée arménienne"); else the subject of a verb of losing; else,
   * when the sentence names who destroyed them ("l'armée azerbaïdjanaise a détruit", "destroyed by
   * Russian forces"), the other side the sentence names.
   */
  private Optional<String> owner(Sentence s, Token counted, Link link, Set<Integer> systemWords) {
    List<Token> chain = listChain(s, counted);
    List<Token> items = new ArrayList<>(chain);
    for (Token c : s.children(chain.get(chain.size() - 1))) {
      if (c.relation().equals("conj") || c.relation().equals("appos")) {
        items.add(c);
      }
    }
    for (Token item : items) {
      Optional<String> own = sideOn(s, item, systemWords);
      if (own.isPresent()) {
        return own;
      }
    }
    // "Ukraine's total losses", "les pertes arméniennes": the owner named on the loss noun.
    if (link.trigger().role() == LossRole.NOUN) {
      Optional<String> own = sideOn(s, link.word(), systemWords);
      if (own.isPresent()) {
        return own;
      }
    }
    Optional<Token> agent = agent(s, link.word());
    Optional<String> agentSide = agent.flatMap(a -> sideOn(s, a, systemWords).or(() -> sideOfWord(a)));
    if (link.trigger().role() == LossRole.LOSER) {
      return agentSide;
    }
    if (agentSide.isEmpty()) {
      return Optional.empty();
    }
    for (Token t : s.tokens()) {
      // A nationality on a modifier names the maker ("French-manufactured", "US-supplied"), not a party.
      boolean onModifier = (t.relation().equals("amod") || t.relation().equals("compound"))
          && s.head(t).map(h -> h.is("ADJ") || h.is("VERB")).orElse(false);
      if ((t.is("PROPN") || t.is("ADJ") || t.is("NOUN")) && !onModifier && !systemWords.contains(t.index())) {
        Optional<String> side = sideOfWord(t);
        if (side.isPresent() && !side.equals(agentSide)) {
          return side;
        }
      }
    }
    return Optional.empty();
  }

  /** Who acts on the loss word: the subject of an active verb, the agent of a passive one. */
  private Optional<Token> agent(Sentence s, Token word) {
    Token verb = word;
    // "a réussi à détruire": the subject sits on the governing verb.
    for (int guard = 0; guard < 3; guard++) {
      for (Token c : s.children(verb)) {
        if (c.deprel().equals("nsubj") || c.deprel().equals("obl:agent")) {
          return Optional.of(c);
        }
        if (c.relation().equals("obl") && s.children(c).stream().anyMatch(k -> k.deprel().equals("case")
            && lex.agentMarkers().contains(k.lowerWord()))) {
          return Optional.of(c);
        }
      }
      // "a prévenu ces attaques et détruit un char": coordinated verbs share the first one's subject.
      if (!(verb.relation().equals("xcomp") || verb.relation().equals("conj")) || verb.head() < 0) {
        break;
      }
      verb = s.token(verb.head());
    }
    return Optional.empty();
  }

  /**
   * The side a nationality word, a country or a group attached to a noun names, as {@link
   * SideFinder#sideOn} reads it, but never from the words of a system name: "ZSU" in "ZSU-23-4" is
   * also the acronym of an army.
   */
  private Optional<String> sideOn(Sentence s, Token noun, Set<Integer> systemWords) {
    for (Token c : s.children(noun)) {
      String rel = c.relation();
      if (systemWords.contains(c.index())
          || !(rel.equals("amod") || rel.equals("nmod") || rel.equals("compound") || rel.equals("appos"))) {
        continue;
      }
      Optional<String> side = sideOfWord(c);
      if (side.isPresent()) {
        return side;
      }
      if (rel.equals("nmod")) {
        for (Token g : s.children(c)) {
          if ((g.relation().equals("amod") || g.relation().equals("compound")) && !systemWords.contains(g.index())) {
            Optional<String> inner = sideOfWord(g);
            if (inner.isPresent()) {
              return inner;
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The words of the sentence that belong to a weapon system's name. */
  private Set<Integer> systemWords(List<String> words) {
    Set<Integer> out = new HashSet<>();
    List<Optional<WeaponMatch>> matches = weapons.matchEach(words);
    for (int i = 0; i < words.size(); i++) {
      Optional<WeaponMatch> m = matches.get(i);
      if (m.isPresent()) {
        for (int k = m.get().start(); k < m.get().end(); k++) {
          out.add(k);
        }
      }
    }
    return out;
  }

  private Optional<String> sideOfWord(Token t) {
    return lex.sides().sideOfWord(t.word()).or(() -> lex.sides().sideOfPlaceName(t.word()));
  }
}
