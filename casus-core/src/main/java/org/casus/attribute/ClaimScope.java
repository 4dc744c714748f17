package org.casus.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.Claim;
import org.casus.model.ClaimantKind;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Stance;
import org.casus.model.Token;

/**
 * Who speaks where in one document. Built once per document, in reading order: each sentence gets
 * its reporting cues, each cue its claim, and each sentence the claim in force after the previous
 * one. A claim stays in force over the rest of its paragraph, and into a new paragraph only when
 * that paragraph goes on reporting it (a cue whose speaker points back: "il", "le communiqué",
 * "a ajouté"), takes up or adds to what it told ("ces attaques", "a également"), follows a
 * sentence that only names the source ("Police told the agency."), or tells what the claimant's
 * own forces did before the claimant speaks again; an embedded post is its author's word; any
 * other new paragraph that reports nothing, or a heading, returns to the article's voice.
 */
final class ClaimScope {
  /** A fact's sentence and the indices of its words there. */
  record Located(int sentence, List<Integer> tokens) {}

  private record CueClaim(ReportingCue cue, Claim claim, boolean pointsBack) {}

  private final AnnotatedText text;
  private final ClaimAttributor.Lexicons lex;
  /** Per sentence: its cues with their claims. */
  private final List<List<CueClaim>> cues = new ArrayList<>();
  /** Per sentence: the claim in force when the sentence begins (empty: the article's voice). */
  private final List<Optional<Claim>> inForce = new ArrayList<>();
  /** Per sentence: the paragraph it begins or continues (headings count as paragraphs). */
  private final List<Integer> paragraph = new ArrayList<>();
  /** Per sentence: whether it stands in a heading. */
  private final List<Boolean> headings = new ArrayList<>();

  ClaimScope(AnnotatedText text, ClaimAttributor.Lexicons lex) {
    this.text = text;
    this.lex = lex;
    build();
  }

  private void build() {
    List<ClaimantResolver.Named> named = new ArrayList<>();
    Optional<Claim> current = Optional.empty();
    int previousEnd = 0;
    int paragraphs = -1;
    for (Sentence s : text.sentences()) {
      boolean newParagraph = s.index() == 0
          || text.text().substring(Math.min(previousEnd, s.span().start()), s.span().start()).contains("\n");
      boolean heading = ClaimAttributor.isHeading(text, s);
      paragraphs += newParagraph || heading ? 1 : 0;
      paragraph.add(paragraphs);
      headings.add(heading);
      previousEnd = s.span().end();
      List<CueClaim> here = new ArrayList<>();
      boolean pointsBack = false;
      for (ReportingCue cue : lex.cues().find(s, text.text())) {
        Optional<ClaimantResolver.Reading> reading = lex.claimants().resolve(s, text.text(), cue.speaker(), named);
        if (reading.isEmpty()) {
          continue;
        }
        boolean statement = throughStatement(s, cue);
        if (!reading.get().coreferent()) {
          named.add(ClaimantResolver.remember(reading.get().claimant(), s, cue.speaker(), statement));
        } else {
          pointsBack = true;
          if (statement) {
            named.add(ClaimantResolver.remember(reading.get().claimant(), s, cue.speaker(), true));
          }
        }
        Claim claim = new Claim(reading.get().claimant(), Optional.of(cue.words()), Optional.of(cue.span()),
            cue.denial() ? Stance.DENIED : Stance.ASSERTED);
        here.add(new CueClaim(cue, claim, reading.get().coreferent()));
      }
      if (heading || newParagraph && !pointsBack) {
        current = Optional.empty();
      }
      inForce.add(current);
      cues.add(List.copyOf(here));
      if (!here.isEmpty()) {
        current = Optional.of(here.get(here.size() - 1).claim().withStance(Stance.ASSERTED));
      }
    }
    summariesPointBack();
    postsSpokenByTheirAuthors();
    declaredSources();
    resumedAcrossParagraphs();
    continuedByDemonstrative();
    quotesSpokenAfter();
  }

  /**
   * A statement that names what came before it ("X a dressé ce bilan", "these figures were
   * released by X"), or breaks down the victims told before it ("Parmi les victimes ..., a annoncé
   * X"), claims the sentences of its paragraph before it that have no cue of their own: a news
   * lead whose source comes after it.
   */
  private void summariesPointBack() {
    List<Sentence> sentences = text.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      for (CueClaim c : cues.get(i)) {
        boolean figures = pointsBackToFigures(sentences.get(i), c.cue());
        boolean breakdown = opensWithBreakdown(sentences.get(i));
        if (!figures && !breakdown) {
          continue;
        }
        // a demonstrative ("ce bilan", "Parmi ces civils") reaches back over paragraphs too, as far
        // as the first figure it can mean
        boolean demonstrative = figures || opensWithDemonstrative(sentences.get(i));
        boolean figureReached = false;
        Claim claim = c.claim().withStance(Stance.ASSERTED);
        for (int j = i - 1; j >= 0 && cues.get(j).isEmpty() && !headings.get(j); j--) {
          boolean across = !paragraph.get(j).equals(paragraph.get(i));
          if (across && (!demonstrative || figureReached)) {
            break;
          }
          if (inForce.get(j).isEmpty()) {
            inForce.set(j, Optional.of(claim));
          }
          figureReached |= across && sentences.get(j).tokens().stream().anyMatch(ClaimScope::figure);
        }
        if (inForce.get(i).isEmpty()) {
          inForce.set(i, Optional.of(claim));
        }
      }
    }
  }

  /**
   * An embedded post ("... more than 20 houses destroyed. pic.twitter.com/... — Hikmet Hajiyev
   * (@HikmetHajiyev) October 16, 2020") is its author's word: the sentences of its paragraph that
   * report nothing of their own take the author's claim.
   */
  private void postsSpokenByTheirAuthors() {
    List<Sentence> sentences = text.sentences();
    int first = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (i + 1 < sentences.size() && paragraph.get(i + 1).equals(paragraph.get(i))) {
        continue;
      }
      Span whole = sentences.get(first).span().union(sentences.get(i).span());
      Optional<PostByline.Byline> byline = PostByline.endingOf(text.text(), whole);
      Sentence last = sentences.get(i);
      if (byline.isPresent()) {
        List<Integer> author = last.tokens().stream()
            .filter(t -> byline.get().author().contains(t.span())).map(Token::index).toList();
        Optional<ClaimantResolver.Reading> reading = author.isEmpty() ? Optional.empty()
            : lex.claimants().resolve(last, text.text(), author, List.of());
        if (reading.isPresent()) {
          Span at = byline.get().whole();
          Claim claim = new Claim(reading.get().claimant(), Optional.of(at.of(text.text())), Optional.of(at),
              Stance.ASSERTED);
          for (int j = first; j <= i; j++) {
            if (cues.get(j).isEmpty()) {
              inForce.set(j, Optional.of(claim));
            }
          }
        }
      }
      first = i + 1;
    }
  }

  /**
   * A sentence closing its paragraph that only says who gave the news ("Representatives of the
   * local police reported to the agency's correspondents", "Police told Reuters") names the source
   * of what the article goes on to tell: the paragraphs after it that report nothing of their own
   * take its claim, up to the next cue or heading. An abstract source ("according to preliminary
   * data") is no cue and does not end it.
   */
  private void declaredSources() {
    List<Sentence> sentences = text.sentences();
    Optional<Claim> declared = Optional.empty();
    for (int i = 0; i < sentences.size(); i++) {
      if (headings.get(i)) {
        declared = Optional.empty();
        continue;
      }
      List<CueClaim> here = cues.get(i);
      if (here.isEmpty()) {
        if (declared.isPresent() && inForce.get(i).isEmpty()) {
          inForce.set(i, declared);
        }
        continue;
      }
      declared = Optional.empty();
      boolean closesParagraph = i + 1 == sentences.size() || !paragraph.get(i + 1).equals(paragraph.get(i));
      CueClaim only = here.get(here.size() - 1);
      if (here.size() == 1 && closesParagraph && only.claim().stance() == Stance.ASSERTED
          && only.claim().claimant().kind() != ClaimantKind.UNATTRIBUTED
          && tellsNothing(sentences.get(i), only.cue())) {
        declared = Optional.of(only.claim().withStance(Stance.ASSERTED));
      }
    }
  }

  /**
   * Whether a cue's reported clause holds no verb, number or object: it names at most a listener
   * ("to the agency's correspondents"), not a content ("denied this information").
   */
  private static boolean tellsNothing(Sentence s, ReportingCue cue) {
    if (!cue.complement()) {
      return false;
    }
    return cue.domain().stream().mapToObj(s::token).noneMatch(t -> t.is("VERB") || t.is("AUX")
        || t.is("NUM") || t.is("PRON") || t.relation().equals("obj"));
  }

  /**
   * Whether a cue speaks through a statement: a statement noun among its words ("Dans un
   * communiqué"), in its speaker phrase, or as an oblique of its verb ("said in a statement").
   */
  private boolean throughStatement(Sentence s, ReportingCue cue) {
    for (Token t : s.tokens()) {
      if (!lex.reporting().isDocument(t)) {
        continue;
      }
      boolean ofVerb = t.head() >= 0 && t.relation().equals("obl") && cue.span().contains(s.token(t.head()).span());
      if (cue.span().contains(t.span()) || cue.speaker().contains(t.index()) || ofVerb) {
        return true;
      }
    }
    return false;
  }

  /** A number that counts something, not one in a name ("M23" is tagged an entity). */
  private static boolean figure(Token t) {
    return t.is("NUM") && (t.ner().isEmpty() || t.ner().equals("O"));
  }

  /** Whether a demonstrative stands in the sentence's opening phrase, before its first comma. */
  private boolean opensWithDemonstrative(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.word().equals(",")) {
        return false;
      }
      if (t.relation().equals("det") && lex.reporting().isAnaphor(t)) {
        return true;
      }
    }
    return false;
  }

  private boolean opensWithBreakdown(Sentence s) {
    return s.tokens().stream().filter(t -> !t.is("PUNCT")).findFirst()
        .filter(lex.reporting()::isBreakdown).isPresent();
  }

  /** Whether a cue's own words or its object hold a statement noun with a demonstrative ("ce bilan"). */
  private boolean pointsBackToFigures(Sentence s, ReportingCue cue) {
    for (Token t : s.tokens()) {
      boolean statement = lex.reporting().isDocument(t) || lex.reporting().isAbstractSource(t);
      boolean atCue = cue.span().contains(t.span())
          || t.head() >= 0 && cue.span().contains(s.token(t.head()).span()) && t.relation().equals("obj");
      if (statement && atCue && s.children(t).stream()
          .anyMatch(d -> d.relation().equals("det") && lex.reporting().isAnaphor(d))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Paragraphs that report nothing of their own, between a claimant's statement and a later
   * paragraph where the same claimant speaks again ("Les services de sécurité relèvent par
   * ailleurs ...", or named again in full), go on reporting that claimant: the article is relaying
   * one source throughout.
   */
  private void resumedAcrossParagraphs() {
    Optional<Claim> current = Optional.empty();
    Optional<Claim> dropped = Optional.empty();
    List<Integer> gap = new ArrayList<>();
    for (int i = 0; i < cues.size(); i++) {
      if (headings.get(i)) {
        current = Optional.empty();
        dropped = Optional.empty();
        gap.clear();
        continue;
      }
      List<CueClaim> here = cues.get(i);
      if (inForce.get(i).isEmpty() && current.isPresent()) {
        dropped = current;
        gap.clear();
      }
      if (!here.isEmpty()) {
        Claim first = here.get(0).claim();
        // a speaker that points back ("il", "les services") resumes; one named in full again resumes
        // only over paragraphs that tell what its own side's forces did (a ministry's bulletin relayed)
        if (dropped.isPresent() && first.claimant().equals(dropped.get().claimant())
            && (here.get(0).pointsBack() || gap.stream().allMatch(j -> toldOfSide(j, first.claimant().side())))) {
          for (int j : gap) {
            inForce.set(j, dropped);
          }
          if (inForce.get(i).isEmpty()) {
            inForce.set(i, dropped);
          }
        }
        dropped = Optional.empty();
        gap.clear();
        current = Optional.of(here.get(here.size() - 1).claim().withStance(Stance.ASSERTED));
        continue;
      }
      current = inForce.get(i);
      if (current.isEmpty() && dropped.isPresent()) {
        gap.add(i);
      }
    }
  }

  /** Whether a subject or agent of the sentence is an actor of {@code side} ("l'armée azerbaïdjanaise a ..."). */
  private boolean toldOfSide(int sentence, Optional<String> side) {
    if (side.isEmpty()) {
      return false;
    }
    Sentence s = text.sentences().get(sentence);
    for (Token t : s.tokens()) {
      boolean actorRole = t.deprel().startsWith("nsubj") || t.deprel().equals("obl:agent");
      if (actorRole && (t.is("NOUN") || t.is("PROPN"))
          && lex.claimants().sideOf(s, text.text(), t).equals(side)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A paragraph that reports nothing of its own but takes up, as a subject or object, what the
   * paragraph before it told ("L'armée a prévenu ces attaques" after "le ministère a indiqué que
   * des assauts ont été lancés"), or adds to it ("L'armée arménienne a également ouvert le feu"),
   * goes on with that paragraph's claim, to its end.
   */
  private void continuedByDemonstrative() {
    List<Sentence> sentences = text.sentences();
    for (int i = 1; i < sentences.size(); i++) {
      boolean opensParagraph = !paragraph.get(i).equals(paragraph.get(i - 1));
      if (!opensParagraph || headings.get(i) || headings.get(i - 1) || !cues.get(i).isEmpty()
          || inForce.get(i).isPresent() || !takesUpWhatCameBefore(sentences.get(i))) {
        continue;
      }
      Optional<Claim> before = cues.get(i - 1).isEmpty()
          ? inForce.get(i - 1)
          : Optional.of(cues.get(i - 1).get(cues.get(i - 1).size() - 1).claim().withStance(Stance.ASSERTED));
      if (before.isEmpty()) {
        continue;
      }
      for (int j = i; j < sentences.size() && paragraph.get(j).equals(paragraph.get(i)) && cues.get(j).isEmpty()
          && inForce.get(j).isEmpty(); j++) {
        inForce.set(j, before);
      }
    }
  }

  /**
   * Whether a subject or an object of the sentence goes with a demonstrative ("ces attaques"), or
   * its main verb with an additive adverb ("L'armée arménienne a également ouvert le feu").
   */
  private boolean takesUpWhatCameBefore(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.relation().equals("advmod") && t.head() >= 0 && s.token(t.head()).head() < 0
          && lex.reporting().isAdditive(t)) {
        return true;
      }
      if (t.head() < 0 || !t.relation().equals("det") || !lex.reporting().isAnaphor(t)) {
        continue;
      }
      Token noun = s.token(t.head());
      String role = noun.relation();
      if (noun.is("NOUN") && (role.equals("nsubj") || role.equals("obj"))) {
        return true;
      }
    }
    return false;
  }

  /** A denial and the sentence it stands in. */
  record Denial(Sentence sentence, Claim claim) {}

  /** Every denial of the text, in order. */
  List<Denial> denials() {
    List<Denial> out = new ArrayList<>();
    for (int i = 0; i < cues.size(); i++) {
      for (CueClaim c : cues.get(i)) {
        if (c.claim().stance() == Stance.DENIED) {
          out.add(new Denial(text.sentences().get(i), c.claim()));
        }
      }
    }
    return out;
  }

  /**
   * A quotation running over several sentences belongs to the speaker named where it closes
   * ("« ... . ... », a-t-il dit"): a sentence with no cue of its own whose end is still inside
   * the quotation takes the claim of the first cue of the sentence that follows inside it.
   */
  private void quotesSpokenAfter() {
    List<Sentence> sentences = text.sentences();
    Optional<Claim> closing = Optional.empty();
    for (int i = sentences.size() - 1; i >= 0; i--) {
      boolean openAtEnd = insideQuote(sentences.get(i).span().end());
      if (!openAtEnd) {
        closing = Optional.empty();
      }
      if (!cues.get(i).isEmpty()) {
        closing = insideQuote(sentences.get(i).span().start())
            ? Optional.of(cues.get(i).get(0).claim().withStance(Stance.ASSERTED)) : Optional.empty();
      } else if (openAtEnd && closing.isPresent()) {
        inForce.set(i, closing);
      }
    }
  }

  /** Whether an offset lies inside an open quotation mark pair (guillemets or curly quotes). */
  private boolean insideQuote(int offset) {
    int depth = 0;
    String t = text.text();
    for (int i = 0; i < offset && i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\u00ab' || c == '\u201c') {
        depth++;
      } else if ((c == '\u00bb' || c == '\u201d') && depth > 0) {
        depth--;
      } else if (c == '\n' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
        depth = 0;
      }
    }
    return depth > 0;
  }

  Optional<Located> locate(Span words) {
    for (Sentence s : text.sentences()) {
      if (s.span().overlaps(words)) {
        List<Integer> tokens = ClaimAttributor.tokensOf(s, words).stream().map(Token::index).toList();
        return Optional.of(new Located(s.index(), tokens));
      }
    }
    return Optional.empty();
  }

  /** The claim of a fact's words: the innermost cue of its sentence whose clause holds them, else the claim in force. */
  Claim claimOf(Located at) {
    Sentence s = text.sentences().get(at.sentence());
    CueClaim best = null;
    for (CueClaim c : cues.get(at.sentence())) {
      if (c.cue().covers(at.tokens()) && (best == null || c.cue().size() < best.cue().size())) {
        best = c;
      }
    }
    Claim claim = best != null ? best.claim() : inForce.get(at.sentence()).orElse(Claim.unattributed());
    boolean complement = best != null && best.cue().complement();
    if (claim.stance() == Stance.ASSERTED && hedged(s, at.tokens(), complement)) {
      claim = claim.withStance(Stance.HEDGED);
    }
    return claim;
  }

  /**
   * Whether a hedge stands on the fact's words or on the verbs that govern them up to their clause
   * (its auxiliaries and adverbs included); a conditional counts only outside a reporting verb's
   * complement.
   */
  private boolean hedged(Sentence s, List<Integer> tokens, boolean complement) {
    List<Token> near = new ArrayList<>();
    for (int i : tokens) {
      Token t = s.token(i);
      near.add(t);
      near.addAll(s.children(t));
      // up the tree to the first predicate above the fact's words
      Token cur = t;
      for (int guard = 0; guard < s.tokens().size() && cur.head() >= 0 && tokens.contains(cur.index()); guard++) {
        cur = s.token(cur.head());
      }
      if (!tokens.contains(cur.index())) {
        near.add(cur);
        near.addAll(s.children(cur));
      }
    }
    for (Token t : near) {
      if (lex.reporting().isHedge(t) || !complement && lex.reporting().isConditional(t)) {
        return true;
      }
    }
    return false;
  }
}
