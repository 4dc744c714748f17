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
      cues.add(verbCue(s, text, s.token(v), markers));
    }
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
    boolean inserted = verb.relation().equals("parataxis") && verb.head() >= 0;
    if (inserted) {
      // "X, a-t-il souligné": the verb reports the clause it was inserted in
      for (Token t : s.subtree(s.token(verb.head()))) {
        domain.set(t.index());
      }
      for (Token t : s.subtree(verb)) {
        domain.clear(t.index());
      }
    } else {
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
   * The claimant phrase of a reporting verb: its active subject's subtree; the agent of a passive;
   * an inverted clitic pronoun ("a-t-il"); the antecedent of a relative subject ("qui a annoncé");
   * or, for a verb coordinated without a subject of its own, the subject of the first verb.
   */
  private List<Token> speaker(Sentence s, Token verb) {
    Optional<Token> subject = Optional.empty();
    Optional<Token> agent = Optional.empty();
    Optional<Token> clitic = Optional.empty();
    for (Token c : s.children(verb)) {
      if (c.relation().equals("nsubj") && !c.deprel().endsWith("pass")) {
        subject = Optional.of(c);
      } else if (c.deprel().equals("obl:agent")) {
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
    return List.of();
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
    List<Token> scope = anchor.head() >= 0 ? s.subtree(s.token(anchor.head())) : s.tokens();
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
