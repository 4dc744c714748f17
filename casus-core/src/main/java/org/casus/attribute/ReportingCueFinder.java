package org.casus.attribute;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Finds the reporting cues of a parsed sentence over its UD tree: a reporting verb reports the
 * clauses it governs (ccomp, obj, a fronted quote) apart from its subject, or, when it is itself an
 * inserted parataxis ("..., a-t-il souligné"), the clause it is inserted in; a source marker
 * ("selon X", "according to X", "citing X") reports the clause its phrase attaches to.
 */
final class ReportingCueFinder {
  private final ReportingLexicon lexicon;

  ReportingCueFinder(ReportingLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<ReportingCue> find(Sentence s, String text) {
    List<ReportingCue> cues = new ArrayList<>();
    if (!s.parsed()) {
      return cues;
    }
    BitSet markers = new BitSet();
    List<int[]> sourceRuns = new ArrayList<>();
    for (int i = 0; i < s.tokens().size(); i++) {
      int n = lexicon.sourceMarkerAt(s, i);
      if (n > 0) {
        sourceRuns.add(new int[] {i, i + n});
        markers.set(i, i + n);
        i += n - 1;
      }
    }
    List<Integer> verbs = new ArrayList<>();
    for (int i = 0; i < s.tokens().size(); i++) {
      if (!markers.get(i) && lexicon.reportingVerbAt(s, i) > 0 && isPredicate(s.token(i))) {
        verbs.add(i);
        markers.set(i);
      }
    }
    for (int[] run : sourceRuns) {
      sourceCue(s, text, run[0], run[1]).ifPresent(cues::add);
    }
    for (int v : verbs) {
      if (!impersonal(s, s.token(v))) {
        cues.add(verbCue(s, text, s.token(v), markers));
      }
    }
    statementFrame(s, text, markers).ifPresent(cues::add);
    cues.sort((a, b) -> a.span().compareTo(b.span()));
    return cues;
  }

  /** A verb used as a predicate, not as a participle modifying a noun ("the reported deaths"). */
  private static boolean isPredicate(Token t) {
    String r = t.relation();
    return !r.equals("amod") && !r.equals("case") && !r.equals("fixed") && !r.equals("compound");
  }

  private ReportingCue verbCue(Sentence s, String text, Token verb, BitSet markers) {
    List<Token> speaker = speaker(s, verb);
    List<Token> cueWords = new ArrayList<>();
    cueWords.add(verb);
    for (Token c : s.children(verb)) {
      if (c.relation().equals("aux") && c.index() < verb.index()) {
        cueWords.add(c);
      }
    }
    // a lexicon multiword verb ("fait savoir") also names the words after the verb
    int length = lexicon.reportingVerbAt(s, verb.index());
    for (int k = verb.index() + 1; k < verb.index() + length; k++) {
      cueWords.add(s.token(k));
    }
    Span span = s.spanOf(sorted(cueWords));
    BitSet domain = new BitSet();
    Optional<Token> inverted = invertedSubject(s, verb, speaker);
    if (inverted.isPresent()) {
      speaker = s.subtree(inverted.get());
    }
    // a parataxis that has a complement of its own is a clause of its own, hung on a dateline or a
    // heading before it ("Gaza Strip: Civil defence rescuers said an Israeli strike ...")
    boolean inserted = verb.head() >= 0
        && (verb.relation().equals("parataxis") && !hasComplement(s, verb) || inverted.isPresent()
            || hungOnItsClause(verb) && !hasComplement(s, verb));
    boolean aside = !inserted && asideAfterItsClause(s, verb);
    if (!inserted && !aside && relayed(s, verb, markers)) {
      // "Ukrinform reports spokeswoman X said": the relayed speaker's word is what the relay reports
      Token relay = s.token(verb.head());
      for (Token c : s.children(relay)) {
        if (!c.relation().equals("nsubj") && !c.relation().equals("punct") && c.index() != verb.index()) {
          s.subtree(c).forEach(t -> domain.set(t.index()));
        }
      }
    } else if (inserted || aside) {
      // "X, a-t-il souligné": the verb reports the clause it was inserted in; an aside after its
      // clause ("..., as reported by X", "..., the minister said") reports the whole sentence, as
      // the parser often hangs it on the last verb or noun of a coordination
      Token reported = aside ? root(s) : s.token(verb.head());
      for (Token t : s.subtree(reported)) {
        domain.set(t.index());
      }
      for (Token t : s.subtree(verb)) {
        domain.clear(t.index());
      }
    } else if (s.children(verb).stream().noneMatch(c -> relayed(s, c, markers))) {
      // (an agency relaying a speaker vouches for nothing itself: the speaker does)
      for (Token c : s.children(verb)) {
        String r = c.relation();
        if (r.equals("nsubj") && !c.deprel().endsWith("pass") || r.equals("aux") || r.equals("punct")
            || speaker.contains(c) || markers.get(c.index()) && c.index() != verb.index()) {
          continue;
        }
        for (Token t : s.subtree(c)) {
          domain.set(t.index());
        }
      }
    }
    for (Token t : speaker) {
      domain.clear(t.index());
    }
    return new ReportingCue(span.of(text), span, indices(speaker), domain, lexicon.isDenial(verb), true);
  }

  /**
   * A reporting verb after the clause it reports, with no complement of its own, that the parser
   * attached as an adverbial or loose dependent of that clause ("..., as reported by the regional
   * authority", "..., Russian Defence Minister Sergey Shoigu said in a statement").
   */
  private static boolean asideAfterItsClause(Sentence s, Token verb) {
    String r = verb.relation();
    if (verb.head() < 0 || verb.head() > verb.index() || !(r.equals("advcl") || r.equals("dep"))) {
      return false;
    }
    return !hasComplement(s, verb);
  }

  /**
   * A reporting verb with nothing of its own to report, itself the complement of another reporting
   * verb: the speaker an agency relays ("ARMENPRESS reports representative X said").
   */
  private static boolean relayed(Sentence s, Token verb, BitSet markers) {
    return verb.relation().equals("ccomp") && verb.head() >= 0 && markers.get(verb.index())
        && markers.get(verb.head()) && !hasComplement(s, verb);
  }

  /**
   * A verb the parser hung as a loose dependent on the predicate of the clause after it, which is
   * the clause it reports ("UNICEF, said four pupils were among those killed").
   */
  private static boolean hungOnItsClause(Token verb) {
    return verb.relation().equals("dep") && verb.head() > verb.index();
  }

  /** A clausal complement, or an object that is no pronoun (an inverted clitic is read as one). */
  private static boolean hasComplement(Sentence s, Token verb) {
    return s.children(verb).stream().anyMatch(c -> c.relation().equals("ccomp")
        || c.relation().equals("xcomp") || c.relation().equals("obj") && !c.is("PRON"));
  }

  private static Token root(Sentence s) {
    return s.tokens().stream().filter(t -> t.head() < 0).findFirst().orElse(s.token(0));
  }

  /**
   * A verb that reports in nobody's name: an expletive passive ("it was reported that", "il a été
   * rapporté que") or an indefinite subject ("on apprend que"). It names no claimant, so it leaves
   * the claim in force.
   */
  private boolean impersonal(Sentence s, Token verb) {
    if (lexicon.learntFrom(verb).isPresent()) {
      return learntSource(s, verb).isEmpty();
    }
    List<Token> children = s.children(verb);
    if (imperative(s, verb, children)) {
      return true;
    }
    boolean agent = children.stream().anyMatch(c -> c.deprel().equals("obl:agent") || agentPhrase(s, c));
    boolean clause = children.stream().anyMatch(c -> c.relation().equals("ccomp"));
    for (Token c : children) {
      if (c.relation().equals("expl") && c.is("PRON") || c.relation().equals("nsubj") && lexicon.isImpersonal(c)) {
        return !agent;
      }
      if (c.deprel().equals("nsubj:pass") && c.is("PRON") && clause && !agent) {
        return true;
      }
    }
    return false;
  }

  /**
   * The writer turning to the reader ("Signalons que ...", "Note that ..."): a verb opening its
   * sentence with no subject, auxiliary or object of its own.
   */
  private static boolean imperative(Sentence s, Token verb, List<Token> children) {
    boolean opens = s.tokens().stream().filter(t -> !t.is("PUNCT")).findFirst()
        .map(t -> t.index() == verb.index()).orElse(false);
    return opens && children.stream().noneMatch(c -> c.relation().startsWith("nsubj")
        || c.relation().equals("aux") || c.relation().equals("expl")
        || c.relation().equals("obj") && (c.is("NOUN") || c.is("PROPN")));
  }

  /**
   * The source of a verb of learning ("a-t-on appris de Bintou Keita", "we learned from X"): the
   * first noun after the verb, within its phrase, introduced by the verb's preposition (the parser
   * may hang it on a word between, "appris, mercredi, de X").
   */
  private List<Token> learntSource(Sentence s, Token verb) {
    String preposition = lexicon.learntFrom(verb).orElseThrow();
    for (Token t : s.subtree(verb)) {
      if (t.index() > verb.index() && (t.is("NOUN") || t.is("PROPN")) && s.children(t).stream()
          .anyMatch(c -> c.relation().equals("case") && ReportingLexicon.isWord(c, preposition))) {
        List<Token> out = new ArrayList<>(s.subtree(t));
        out.removeIf(c -> c.relation().equals("case") && c.head() == t.index());
        apposedTitle(s, verb, out).ifPresent(title -> out.addAll(s.subtree(title)));
        return out;
      }
    }
    return List.of();
  }

  /**
   * The title set after a source's name between commas ("de Bintou Keita, cheffe de la mission"),
   * which the parser may hang on the verb rather than on the name.
   */
  private static Optional<Token> apposedTitle(Sentence s, Token verb, List<Token> name) {
    int next = name.get(name.size() - 1).index() + 1;
    if (next + 1 >= s.tokens().size() || !s.token(next).word().equals(",")) {
      return Optional.empty();
    }
    Token title = s.token(next + 1);
    boolean attached = title.head() == verb.index() || name.stream().anyMatch(n -> n.index() == title.head());
    return title.is("NOUN") && attached ? Optional.of(title) : Optional.empty();
  }

  /** An oblique introduced by the agent preposition ("by the regional authority"). */
  private boolean agentPhrase(Sentence s, Token obl) {
    return obl.relation().equals("obl")
        && s.children(obl).stream().anyMatch(c -> c.relation().equals("case") && lexicon.isAgentMarker(c));
  }

  /**
   * The subject of a reporting verb placed after the clause it reports and read by the parser as
   * its object ("..., indique le communiqué", "..., ajoute l'armée"): a noun after the verb, when
   * the verb has no subject of its own and hangs on a predicate before it.
   */
  private static Optional<Token> invertedSubject(Sentence s, Token verb, List<Token> speaker) {
    if (!speaker.isEmpty() || verb.head() < 0 || verb.head() > verb.index()
        || !(verb.relation().equals("advcl") || verb.relation().equals("parataxis")
            || verb.relation().equals("conj"))) {
      return Optional.empty();
    }
    // a verb with a clause of its own besides that noun takes it as its object ("accusing the rebels
    // of having shot"), not as its subject
    if (s.children(verb).stream().anyMatch(c -> c.is("VERB") && !c.relation().equals("aux"))) {
      return Optional.empty();
    }
    return s.children(verb).stream()
        .filter(c -> c.relation().equals("obj") && c.index() > verb.index() && (c.is("NOUN") || c.is("PROPN")))
        .findFirst();
  }

  /**
   * A statement named as the frame of its sentence ("Dans un communiqué publié dimanche, l'armée
   * ..."): the subject of the predicate the frame hangs on speaks for the rest of the clause, even
   * when its verb is no reporting verb or is misread by the parser.
   */
  private Optional<ReportingCue> statementFrame(Sentence s, String text, BitSet markers) {
    for (Token t : s.tokens()) {
      if (!t.relation().equals("obl") || t.head() < 0 || !lexicon.isDocument(t) || markers.get(t.head())) {
        continue;
      }
      Token predicate = s.token(t.head());
      Optional<Token> caseWord = s.children(t).stream().filter(c -> c.relation().equals("case")).findFirst();
      Optional<Token> subject = s.children(predicate).stream()
          .filter(c -> c.relation().equals("nsubj") && !c.deprel().endsWith("pass") && !c.is("PRON"))
          .findFirst();
      if (caseWord.isEmpty() || subject.isEmpty() || t.index() > subject.get().index()) {
        continue;
      }
      // the subject up to its first comma: an apposition after it is no part of the name
      int end = firstComma(s, subject.get());
      List<Token> speaker = s.subtree(subject.get()).stream().filter(x -> x.index() < end).toList();
      BitSet domain = new BitSet();
      for (Token x : s.subtree(predicate)) {
        domain.set(x.index());
      }
      for (Token x : s.subtree(t)) {
        domain.clear(x.index());
      }
      for (Token x : speaker) {
        domain.clear(x.index());
      }
      Span span = caseWord.get().span().union(t.span());
      return Optional.of(new ReportingCue(span.of(text), span, indices(sorted(speaker)), domain, false, true));
    }
    return Optional.empty();
  }

  /** The index of the first comma after a token, or the sentence length. */
  private static int firstComma(Sentence s, Token from) {
    for (int i = from.index() + 1; i < s.tokens().size(); i++) {
      if (s.token(i).is("PUNCT") && s.token(i).word().equals(",")) {
        return i;
      }
    }
    return s.tokens().size();
  }

  /**
   * The claimant phrase of a reporting verb: its active subject's subtree; the agent of a passive;
   * an inverted clitic pronoun ("a-t-il"); the antecedent of a relative subject ("qui a annoncé");
   * or, for a verb coordinated without a subject of its own, the subject of the first verb.
   */
  private List<Token> speaker(Sentence s, Token verb) {
    if (lexicon.learntFrom(verb).isPresent()) {
      return learntSource(s, verb);
    }
    Optional<Token> subject = Optional.empty();
    Optional<Token> agent = Optional.empty();
    Optional<Token> clitic = Optional.empty();
    for (Token c : s.children(verb)) {
      if (c.relation().equals("nsubj") && !c.deprel().endsWith("pass")) {
        subject = Optional.of(c);
      } else if (c.deprel().equals("obl:agent") || agent.isEmpty() && agentPhrase(s, c)) {
        agent = Optional.of(c);
      } else if (c.is("PRON") && c.index() < verb.index() && c.index() > 0
          && s.token(c.index() - 1).relation().equals("aux")) {
        clitic = Optional.of(c);
      }
    }
    if (subject.isPresent()) {
      Token subj = subject.get();
      if (subj.is("PRON") && verb.relation().equals("acl") && verb.head() >= 0) {
        Token antecedent = s.token(verb.head());
        List<Token> out = new ArrayList<>(s.subtree(antecedent));
        out.removeAll(s.subtree(verb));
        return out;
      }
      return s.subtree(subj);
    }
    if (agent.isPresent()) {
      Token by = agent.get();
      List<Token> out = new ArrayList<>(s.subtree(by));
      out.removeIf(t -> t.relation().equals("case") && t.head() == by.index());
      return out;
    }
    if (clitic.isPresent()) {
      return List.of(clitic.get());
    }
    if (verb.relation().equals("conj") && verb.head() >= 0) {
      return speaker(s, s.token(verb.head()));
    }
    return lostSubject(s, verb);
  }

  /**
   * A subject the parser hung elsewhere: the noun phrase ending just before a verb that has a
   * clause of its own and no subject ("... after the UN agency for refugees, UNRWA, said six of
   * its staffers were among the dead", where "said" became a loose dependent of "drew").
   */
  private static List<Token> lostSubject(Sentence s, Token verb) {
    List<Token> children = s.children(verb);
    // an aside after its clause whose name the parser gave to another verb ("..., ARMENPRESS
    // reports representative of the Defence Ministry Artsrun Hovhannisyan said"): the name stands
    // right before it, and no noun after it could be an inverted subject instead
    boolean aside = asideAfterItsClause(s, verb) && children.stream().noneMatch(c -> c.relation().equals("obj"));
    if (children.stream().noneMatch(c -> c.relation().equals("ccomp")) && !hungOnItsClause(verb) && !aside
        || children.stream().anyMatch(c -> c.relation().equals("mark"))
        || verb.relation().equals("acl") || verb.relation().equals("amod")) {
      return List.of();
    }
    int i = verb.index() - 1;
    while (i >= 0 && s.token(i).head() == verb.index() && s.token(i).relation().equals("aux")) {
      i--;
    }
    if (i >= 0 && s.token(i).word().equals(",") && !aside) {
      i--;
    }
    if (i < 0 || !(s.token(i).is("NOUN") || s.token(i).is("PROPN"))) {
      return List.of();
    }
    int end = i;
    Token top = s.token(i);
    while (top.head() >= 0) {
      Token head = s.token(top.head());
      List<Token> phrase = s.subtree(head);
      if (phrase.contains(verb) || phrase.stream().anyMatch(t -> t.index() > end)) {
        break;
      }
      top = head;
    }
    Token phraseHead = top;
    List<Token> out = new ArrayList<>(s.subtree(top));
    out.removeIf(t -> t.head() == phraseHead.index()
        && (t.relation().equals("case") || t.relation().equals("mark") || t.relation().equals("punct"))
        || t.index() > end);
    return sorted(out);
  }

  private Optional<ReportingCue> sourceCue(Sentence s, String text, int from, int to) {
    BitSet marker = new BitSet();
    marker.set(from, to);
    Token anchor = null;
    for (int i = from; i < to; i++) {
      Token t = s.token(i);
      if (t.relation().equals("case") && t.head() >= 0) {
        anchor = s.token(t.head());
        break;
      }
    }
    List<Token> speaker = new ArrayList<>();
    if (anchor == null) {
      // a participle marker ("citing X"): the phrase is what it governs
      anchor = s.token(from);
      for (Token c : s.children(anchor)) {
        if (!marker.get(c.index()) && !c.relation().equals("punct") && !c.relation().equals("ccomp")) {
          speaker.addAll(s.subtree(c));
        }
      }
    } else {
      for (Token t : s.subtree(anchor)) {
        if (!marker.get(t.index()) && !t.relation().equals("punct")) {
          speaker.add(t);
        }
      }
    }
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    BitSet domain = new BitSet();
    // a source closing the sentence ("..., selon le ministère") vouches for all of it, wherever
    // the parser hung it
    int last = speaker.stream().mapToInt(Token::index).max().orElse(to);
    boolean closing = s.tokens().stream().filter(t -> t.index() > last).allMatch(t -> t.is("PUNCT"));
    List<Token> scope = anchor.head() >= 0 && !closing ? s.subtree(s.token(anchor.head())) : s.tokens();
    for (Token t : scope) {
      domain.set(t.index());
    }
    for (Token t : s.subtree(anchor)) {
      domain.clear(t.index());
    }
    domain.andNot(marker);
    Span span = s.token(from).span().union(s.token(to - 1).span());
    return Optional.of(new ReportingCue(span.of(text), span, indices(sorted(speaker)), domain, false, false));
  }

  private static List<Token> sorted(List<Token> ts) {
    List<Token> out = new ArrayList<>(ts);
    out.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return out;
  }

  private static List<Integer> indices(List<Token> ts) {
    return sorted(ts).stream().map(Token::index).toList();
  }
}
