package org.casus.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.AnnotatedText;
import org.casus.model.Block;
import org.casus.model.DateRange;
import org.casus.model.Fact;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.model.Span;
import org.casus.model.Token;

/**
 * Dates each fact from the date expressions of its sentence. A fact takes the expression of its
 * own sentence that the parse attaches to its clause, else the one nearest its words; a sentence
 * without one takes the date of the previous sentence of its paragraph, which it continues; failing
 * that, the publication day (as ACLED codes undated reports). An expression that needs a
 * publication date the document lacks leaves the fact undated rather than dated by another rule.
 * Stateless once built: one instance serves every document and thread.
 */
public final class TemporalResolver implements DateResolver {
  private static final String VERB = "VERB";

  private final Map<Language, DateMentionFinder> finders;

  private TemporalResolver(Map<Language, TimeLexicon> lexicons) {
    Map<Language, DateMentionFinder> f = new EnumMap<>(Language.class);
    lexicons.forEach((language, lexicon) -> f.put(language, new DateMentionFinder(lexicon)));
    this.finders = Map.copyOf(f);
  }

  /** A resolver with the time lexicon of every language, read from the class path. */
  public static TemporalResolver load() {
    return new TemporalResolver(TimeLexicon.loadAll());
  }

  @Override
  public List<Fact> resolve(AnnotatedText text, List<Fact> facts) {
    DateMentionFinder finder = finders.get(text.language());
    Optional<LocalDate> published = text.clean().document().published();
    Map<Integer, List<DateMention>> mentions = new HashMap<>();
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact fact : facts) {
      Optional<DateRange> date = sentenceOf(text, fact)
          .map(s -> date(text, s, fact, finder, published, mentions))
          .orElse(published.map(p -> DateRange.day(p, Optional.empty())));
      out.add(fact.withProvenance(fact.provenance().withDate(date)));
    }
    return List.copyOf(out);
  }

  private Optional<DateRange> date(AnnotatedText text, Sentence sentence, Fact fact, DateMentionFinder finder,
      Optional<LocalDate> published, Map<Integer, List<DateMention>> cache) {
    List<DateMention> own = cache.computeIfAbsent(sentence.index(), k -> mentionsOf(text, sentence, finder, published));
    if (!own.isEmpty()) {
      return closest(sentence, fact.evidence().words(), own).range();
    }
    Optional<Sentence> previous = previousInParagraph(text, sentence);
    if (previous.isPresent()) {
      List<DateMention> before = cache.computeIfAbsent(previous.get().index(),
          k -> mentionsOf(text, previous.get(), finder, published));
      if (!before.isEmpty()) {
        // The mention nearest the sentence that continues it.
        return before.get(before.size() - 1).range();
      }
    }
    return published.map(p -> DateRange.day(p, Optional.empty()));
  }

  private static List<DateMention> mentionsOf(AnnotatedText text, Sentence sentence, DateMentionFinder finder,
      Optional<LocalDate> published) {
    return finder.find(sentence.span().of(text.text()), sentence.span().start(), published);
  }

  /**
   * The mention the parse attaches nearest above the fact (its own clause, then each clause that
   * governs it), nearest its words among equals; with no attachment, the nearest of all.
   */
  private static DateMention closest(Sentence sentence, Span words, List<DateMention> mentions) {
    Map<Integer, Integer> depths = clauseDepths(sentence, words);
    Comparator<DateMention> order = Comparator
        .comparingInt((DateMention m) -> clauseOf(sentence, m.span()).map(depths::get).orElse(Integer.MAX_VALUE))
        .thenComparingInt(m -> distance(m.span(), words));
    return mentions.stream().min(order).orElseThrow();
  }

  private static int distance(Span a, Span b) {
    if (a.overlaps(b)) {
      return 0;
    }
    return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
  }

  /**
   * The clauses above the words of a fact, each with how many clause boundaries lie between: 0 for
   * the clause of the words themselves, 1 for the clause that governs it, and so on.
   */
  private static Map<Integer, Integer> clauseDepths(Sentence sentence, Span words) {
    Map<Integer, Integer> depths = new HashMap<>();
    for (Token t : sentence.tokens()) {
      if (!t.span().overlaps(words)) {
        continue;
      }
      Optional<Integer> clause = clauseHead(sentence, t);
      for (int hops = 0; clause.isPresent() && hops <= sentence.tokens().size(); hops++) {
        depths.merge(clause.get(), hops, Math::min);
        Optional<Token> up = sentence.head(sentence.token(clause.get()));
        clause = up.flatMap(u -> clauseHead(sentence, u));
      }
    }
    return depths;
  }

  /** The clause a mention modifies: the nearest verb above the mention's own head. */
  private static Optional<Integer> clauseOf(Sentence sentence, Span mention) {
    for (Token t : sentence.tokens()) {
      if (t.span().overlaps(mention)) {
        Optional<Token> governor = sentence.head(t);
        if (governor.isPresent() && !governor.get().span().overlaps(mention)) {
          return clauseHead(sentence, governor.get());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> clauseHead(Sentence sentence, Token t) {
    Token cur = t;
    for (int guard = 0; guard <= sentence.tokens().size(); guard++) {
      if (cur.is(VERB)) {
        return Optional.of(cur.index());
      }
      Optional<Token> up = sentence.head(cur);
      if (up.isEmpty()) {
        return cur.deprel().isEmpty() ? Optional.empty() : Optional.of(cur.index());
      }
      cur = up.get();
    }
    return Optional.empty();
  }

  private static Optional<Sentence> sentenceOf(AnnotatedText text, Fact fact) {
    Span s = fact.evidence().sentence();
    Span w = fact.evidence().words();
    return text.sentences().stream().filter(x -> x.span().overlaps(w) || x.span().equals(s))
        .findFirst()
        .or(() -> text.sentences().stream().filter(x -> x.span().overlaps(s)).findFirst());
  }

  /** The sentence before, when no line break or block boundary parts them. */
  private static Optional<Sentence> previousInParagraph(AnnotatedText text, Sentence sentence) {
    int at = text.sentences().indexOf(sentence);
    if (at <= 0) {
      return Optional.empty();
    }
    Sentence previous = text.sentences().get(at - 1);
    if (previous.span().end() > sentence.span().start()) {
      return Optional.empty();
    }
    String between = text.text().substring(previous.span().end(), sentence.span().start());
    if (between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0) {
      return Optional.empty();
    }
    Optional<Block> block = blockOf(text, sentence.span());
    return block.equals(blockOf(text, previous.span())) ? Optional.of(previous) : Optional.empty();
  }

  private static Optional<Block> blockOf(AnnotatedText text, Span span) {
    return text.clean().blocks().stream().filter(b -> b.span().overlaps(span)).findFirst();
  }
}
