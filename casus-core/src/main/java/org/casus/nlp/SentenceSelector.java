package org.casus.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.casus.lexicon.Marks;
import org.casus.lexicon.PhraseSet;
import org.casus.lexicon.TsvResource;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.model.Token;

/**
 * Chooses, from the cheap pass alone (words and candidate lemmas), the sentences of a text that
 * get the full annotation: those that can carry a fact (a casualty, loss, event or toll trigger,
 * or a named weapon system) and the context that attribution and place resolution read (reporting
 * sentences, the sentence before a continued claim or a pronoun). The words come from the
 * extraction lexicons, so the selector and the extractors cannot drift apart. Immutable and
 * thread-safe.
 */
public final class SentenceSelector {
  private final Set<String> triggers;
  private final Set<String> reporting;
  private final Set<String> continuations;
  private final Set<String> weapons;
  private final Function<String, Set<String>> lemmas;
  private final Optional<Predicate<Sentence>> each;

  private SentenceSelector(Set<String> triggers, Set<String> reporting, Set<String> continuations,
      Set<String> weapons, Function<String, Set<String>> lemmas, Optional<Predicate<Sentence>> each) {
    this.each = each;
    this.triggers = Set.copyOf(triggers);
    this.reporting = Set.copyOf(reporting);
    this.continuations = Set.copyOf(continuations);
    this.weapons = Set.copyOf(weapons);
    this.lemmas = lemmas;
  }

  /**
   * The selector of a language, from its lexicons.
   *
   * @param lemmas every lemma a word form may have (the cheap pass does not know its part of
   *     speech, so all readings are tried)
   */
  public static SentenceSelector load(Language language, Function<String, Set<String>> lemmas) {
    String dir = "lexicon/" + language.code() + "/";
    Set<String> triggers = new HashSet<>();
    for (String file : List.of("casualty-triggers.tsv", "loss-triggers.tsv", "event-triggers.tsv", "toll-nouns.tsv")) {
      TsvResource.read(dir + file, 1).forEach(r -> triggers.add(keyWord(r[0])));
    }
    Set<String> reporting = new HashSet<>();
    for (String[] r : TsvResource.read(dir + "reporting.tsv", 2)) {
      if (r[0].equals("verb") || r[0].equals("denial") || r[0].equals("source")) {
        reporting.add(keyWord(r[1]));
      }
    }
    Set<String> continuations = new HashSet<>();
    TsvResource.read(dir + "continuations.tsv", 1).forEach(r -> continuations.add(PhraseSet.normalise(r[0])));
    Set<String> weapons = new HashSet<>();
    for (String[] r : TsvResource.read("lexicon/weapons.tsv", 3)) {
      weapons.add(fold(r[0]));
      for (String alias : r[2].split("\\|")) {
        if (!alias.isBlank()) {
          weapons.add(fold(alias));
        }
      }
    }
    weapons.remove("");
    return new SentenceSelector(triggers, reporting, continuations, weapons, lemmas, Optional.empty());
  }

  /** Selects every sentence: the full annotation everywhere. */
  public static SentenceSelector all() {
    return of(s -> true);
  }

  /** Selects sentence by sentence, with no lexicon and no context. */
  public static SentenceSelector of(Predicate<Sentence> each) {
    return new SentenceSelector(Set.of(), Set.of(), Set.of(), Set.of(), w -> Set.of(), Optional.of(each));
  }

  /** Which sentences of a text (in order, from the cheap pass) get the full annotation. */
  public boolean[] select(String text, List<Sentence> sentences) {
    int n = sentences.size();
    boolean[] chosen = new boolean[n];
    if (each.isPresent()) {
      for (int i = 0; i < n; i++) {
        chosen[i] = each.get().test(sentences.get(i));
      }
      return chosen;
    }
    boolean[] reports = new boolean[n];
    int lastFact = -1;
    for (int i = 0; i < n; i++) {
      Sentence s = sentences.get(i);
      // Every key a word may be looked up by, computed once for both lexicons.
      List<String> keys = keysOf(s);
      chosen[i] = hasAny(keys, triggers) || namesWeapon(s);
      reports[i] = hasAny(keys, reporting);
      if (chosen[i]) {
        lastFact = i;
      }
    }
    for (int i = 0; i < n; i++) {
      // A claim stays in force over the sentences after its cue, and a pronoun speaker is
      // resolved from speakers named earlier: every reporting sentence up to the last fact (and
      // the one after it, where a quotation may close) is context.
      if (reports[i] && i <= lastFact + 1) {
        chosen[i] = true;
      }
    }
    for (int i = n - 1; i > 0; i--) {
      if (chosen[i] && !chosen[i - 1] && startsWithContinuation(sentences.get(i))) {
        chosen[i - 1] = true;
      }
    }
    return chosen;
  }

  /** A weapon system named in one to three words ("BM-21", "BM 21", "Bayraktar TB2"). */
  private boolean namesWeapon(Sentence s) {
    List<Token> ts = s.tokens();
    String[] folded = new String[ts.size()];
    for (int i = 0; i < ts.size(); i++) {
      folded[i] = fold(ts.get(i).word());
    }
    for (int i = 0; i < ts.size(); i++) {
      StringBuilder joined = new StringBuilder();
      for (int k = i; k < Math.min(ts.size(), i + 3); k++) {
        joined.append(folded[k]);
        if (weapons.contains(joined.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Each word of a sentence as written (normalised), its cheap-pass lemma and every lemma it may have. */
  private List<String> keysOf(Sentence s) {
    List<String> keys = new ArrayList<>(s.tokens().size() * 3);
    for (Token t : s.tokens()) {
      String w = PhraseSet.normalise(t.word());
      keys.add(w);
      keys.add(t.lemma());
      keys.addAll(lemmas.apply(w));
    }
    return keys;
  }

  private static boolean hasAny(List<String> keys, Set<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    for (String k : keys) {
      if (words.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsWithContinuation(Sentence s) {
    List<Token> ts = s.tokens();
    for (int i = 0; i < Math.min(4, ts.size()); i++) {
      if (continuations.contains(PhraseSet.normalise(ts.get(i).word()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word a phrase is looked up by: its longest, the most telling ("de source" by "source",
   * "faire savoir" by "savoir"), so that a phrase never selects every sentence with "de".
   */
  private static String keyWord(String phrase) {
    String key = "";
    for (String w : PhraseSet.normalise(phrase).split(" ")) {
      if (w.length() > key.length()) {
        key = w;
      }
    }
    return key;
  }

  /** Weapon names match ignoring case, diacritics, hyphens and spaces, and a final plural s. */
  static String fold(String s) {
    String d = Marks.strip(s.toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    String f = out.toString();
    return f.length() > 3 && f.endsWith("s") ? f.substring(0, f.length() - 1) : f;
  }

  /** How many sentences a selection chose. */
  public static int count(boolean[] chosen) {
    int c = 0;
    for (boolean b : chosen) {
      c += b ? 1 : 0;
    }
    return c;
  }
}
