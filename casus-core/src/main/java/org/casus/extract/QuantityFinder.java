package org.casus.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.casus.lexicon.PhraseSet;
import org.casus.model.Count;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * Finds the figures of a parsed sentence: digits with their grouping, number words and compounds,
 * approximate words ("une dizaine"), vague quantifiers ("plusieurs", "dozens"), with the qualifier
 * before them ("au moins", "at least") mapped to bounds. Units of time, distance, money and
 * percentages after a figure make it no count.
 */
final class QuantityFinder {
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:[ \u00a0\u202f,.]\\d{3})+|\\d+");
  private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d{1,2}");
  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");

  private final LanguageLexicon lexicon;
  private final boolean articleCountsOne;
  private final String text;

  /**
   * @param articleCountsOne whether an indefinite article counts one thing ("un obusier"), which
   *     holds for equipment lists but would make every "a man" a casualty figure
   */
  QuantityFinder(LanguageLexicon lexicon, boolean articleCountsOne, String text) {
    this.lexicon = lexicon;
    this.articleCountsOne = articleCountsOne;
    this.text = text;
  }

  List<Quantity> find(Sentence s) {
    List<Token> ts = s.tokens();
    List<String> words = SentenceFacts.surfaceWords(text, s);
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < ts.size()) {
      Optional<PhraseSet.Match<Boolean>> vague = lexicon.vagueQuantifiers().matchAt(words, i);
      Optional<Figure> fig = figureAt(ts, i);
      if (fig.isPresent()) {
        Figure f = fig.get();
        if (!isNotCount(ts, f.end)) {
          out.add(quantity(s, words, i, f));
        }
        i = f.end;
      } else if (vague.isPresent()) {
        int last = vague.get().end() - 1;
        int head = vagueHead(s, i, last);
        out.add(new Quantity(Count.vague(), i, last, head, isSubset(words, i)));
        i = vague.get().end();
      } else {
        i++;
      }
    }
    return joinedSubsets(s, out);
  }

  /**
   * A figure joined to a subset is a subset too: "including five children and two women" marks
   * only the first, and the parser makes the second a conjunct of it.
   */
  private static List<Quantity> joinedSubsets(Sentence s, List<Quantity> found) {
    List<Quantity> out = new ArrayList<>(found.size());
    Set<Integer> subsetHeads = new HashSet<>();
    for (Quantity q : found) {
      Token head = s.token(q.head());
      boolean joined = !q.subset() && head.relation().equals("conj") && subsetHeads.contains(head.head());
      Quantity kept = joined ? new Quantity(q.count(), q.first(), q.last(), q.head(), true) : q;
      if (kept.subset()) {
        subsetHeads.add(kept.head());
      }
      out.add(kept);
    }
    return out;
  }

  private Quantity quantity(Sentence s, List<String> words, int start, Figure f) {
    int first = start;
    // "une dizaine", "a dozen": the article belongs to the figure, and a qualifier stands before it.
    if (f.approx && start > 0 && lexicon.numbers().get(words.get(start - 1)).map(e -> e.value() == 1).orElse(false)) {
      first = start - 1;
    }
    Count count = Count.exact((int) f.value);
    Optional<PhraseSet.Match<LanguageLexicon.CountQualifier>> q = lexicon.qualifiers().matchEndingAt(words, first);
    if (q.isPresent()) {
      first = q.get().start();
      int n = (int) f.value;
      count = switch (q.get().value()) {
        case AT_LEAST -> Count.atLeast(n);
        case AT_MOST -> Count.atMost(n);
        case ABOUT -> Count.exact(n);
      };
    }
    return new Quantity(count, first, f.end - 1, headOf(s, f.end - 1), isSubset(words, first));
  }

  /**
   * What a vague phrase counts, from its last word back: "a number of wounded" counts through
   * "number", "un nombre important de soldats" through "nombre".
   */
  private int vagueHead(Sentence s, int first, int last) {
    for (int k = last; k >= first; k--) {
      int head = headOf(s, k);
      if (head != k && (head < first || head > last)) {
        return head;
      }
    }
    return last;
  }

  private boolean isSubset(List<String> words, int first) {
    return lexicon.subsetMarkers().matchEndingAt(words, first).isPresent()
        || first > 0 && lexicon.subsetMarkers().matchEndingAt(words, first - 1).isPresent();
  }

  /**
   * What the figure counts: the noun it modifies ("10 morts"), the complement of an approximate or
   * vague noun ("une dizaine de morts", "dozens of people") or of a partitive ("two of the
   * militiamen"), or the figure itself.
   */
  private int headOf(Sentence s, int last) {
    Token t = s.token(last);
    if (!s.parsed() || t.head() < 0) {
      return last;
    }
    String rel = t.relation();
    Token gov = s.token(t.head());
    if ((rel.equals("nummod") || rel.equals("det") || rel.equals("amod") || rel.equals("advmod")
        || rel.equals("compound") || rel.equals("nmod")) && isNominal(gov) && gov.index() > t.index()) {
      return gov.index();
    }
    // "une dizaine de morts", and the partitive "two of the militiamen", "one of the dead".
    if (isNominal(t) || t.is("NUM")) {
      for (Token c : s.children(t)) {
        if (c.relation().equals("nmod") && c.index() > t.index() && isNominal(c)
            && (isNominal(t) || s.children(c).stream().anyMatch(k -> k.relation().equals("case")
                && lexicon.partitiveMarkers().contains(PhraseSet.normalise(k.word()))))) {
          return c.index();
        }
      }
    }
    return last;
  }

  private static boolean isNominal(Token t) {
    return t.is("NOUN") || t.is("PROPN") || t.is("ADJ") || t.is("PRON") || t.is("VERB") && t.relation().equals("nmod");
  }

  private boolean isNotCount(List<Token> ts, int next) {
    if (next >= ts.size()) {
      return false;
    }
    Token t = ts.get(next);
    String w = PhraseSet.normalise(t.word());
    return lexicon.notCounts().contains(w) || lexicon.notCounts().contains(PhraseSet.normalise(t.lemma()))
        || t.ner().equals("DATE") || t.ner().equals("MONEY") || t.ner().equals("PERCENT") || t.ner().equals("TIME");
  }

  /** A figure's value and where it ends (exclusive). */
  private record Figure(long value, boolean approx, int end) {}

  private Optional<Figure> figureAt(List<Token> ts, int i) {
    Token t = ts.get(i);
    String w = t.word().replace('\u00a0', ' ').replace('\u202f', ' ');
    if (DIGITS.matcher(w).matches() || DECIMAL.matcher(w).matches()) {
      double value = parseDigits(w);
      int end = i + 1;
      // "1 200" split into two tokens by the tokenizer.
      while (end < ts.size() && THREE_DIGITS.matcher(ts.get(end).word()).matches()
          && ts.get(end).span().start() - ts.get(end - 1).span().end() == 1 && value < 1000 && value == Math.floor(value)) {
        value = value * 1000 + Integer.parseInt(ts.get(end).word());
        end++;
      }
      if (end < ts.size()) {
        Optional<NumberWords.Entry> scale = lexicon.numbers().get(ts.get(end).word());
        if (scale.isPresent() && scale.get().kind() == NumberWords.Kind.SCALE) {
          value *= scale.get().value();
          end++;
        }
      }
      if (value != Math.floor(value) || value > Integer.MAX_VALUE) {
        return Optional.empty();
      }
      return Optional.of(new Figure((long) value, false, end));
    }
    return numberWordsAt(ts, i);
  }

  private Optional<Figure> numberWordsAt(List<Token> ts, int i) {
    Optional<NumberWords.Entry> firstWord = lexicon.numbers().parse(List.of(ts.get(i).word()));
    if (firstWord.isEmpty() || !articleCountsOne && !isNumberToken(ts.get(i), firstWord.get())) {
      return Optional.empty();
    }
    int end = i + 1;
    Optional<NumberWords.Entry> best = firstWord;
    int bestEnd = end;
    while (end < ts.size()) {
      String next = ts.get(end).word();
      List<String> parts = ts.subList(i, end + 1).stream().map(Token::word).toList();
      Optional<NumberWords.Entry> longer = lexicon.numbers().parse(parts);
      if (longer.isEmpty()) {
        break;
      }
      end++;
      best = longer;
      bestEnd = end;
      if (next.isEmpty()) {
        break;
      }
    }
    return Optional.of(new Figure(best.get().value(), best.get().kind() == NumberWords.Kind.APPROX, bestEnd));
  }

  /**
   * Articles that are also the number one ("un", "a") count only when tagged as numbers; a scale
   * word alone ("cent", "hundred") needs no tag; other number words are numbers whatever the tag.
   */
  private static boolean isNumberToken(Token t, NumberWords.Entry e) {
    if (e.value() == 1) {
      return t.is("NUM");
    }
    return true;
  }

  private static double parseDigits(String w) {
    if (DECIMAL.matcher(w).matches()) {
      return Double.parseDouble(w.replace(',', '.'));
    }
    return Double.parseDouble(w.replaceAll("[ ,.]", ""));
  }
}
