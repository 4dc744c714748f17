package org.casus.lexicon;

import java.util.List;
import java.util.Optional;

/**
 * Generic nouns and noun phrases of one language mapped to a value: materiel nouns to their
 * category ({@code lexicon/<lang>/materiel.tsv}), damaged objects to their object class
 * ({@code lexicon/<lang>/damage.tsv}). Entries are lemmas; plural surface words match too, through
 * the language's {@code plural-endings.tsv}. Immutable once loaded; share one instance.
 */
public final class NounLexicon {
  /** A phrase found in a list of words: words {@code start} (inclusive) to {@code end} (exclusive). */
  public record PhraseMatch(String value, int start, int end) {}

  private final String resource;
  private final PhraseIndex<String> index;
  private final PluralForms plurals;

  private NounLexicon(String resource, PhraseIndex<String> index, PluralForms plurals) {
    this.resource = resource;
    this.index = index;
    this.plurals = plurals;
  }

  /** Loads a two-column lexicon such as {@code "lexicon/fr/damage.tsv"}; a missing file is an error. */
  public static NounLexicon load(String resource) {
    PhraseIndex<String> index = new PhraseIndex<>();
    for (String[] row : TsvResource.read(resource, 2)) {
      if (row[0].isEmpty() || row[1].isEmpty()) {
        throw new IllegalStateException(resource + ": incomplete row '" + String.join("\t", row) + "'");
      }
      Optional<String> previous = index.add(row[0], row[1]);
      if (previous.isPresent() && !previous.get().equals(row[1])) {
        throw new IllegalStateException(resource + ": '" + row[0] + "' is both "
            + previous.get() + " and " + row[1]);
      }
    }
    return new NounLexicon(resource, index, PluralForms.besides(resource));
  }

  /** The resource this lexicon was read from. */
  public String resource() {
    return resource;
  }

  /** How many phrases the lexicon holds. */
  public int size() {
    return index.size();
  }

  /** The value of a whole lemma or phrase ("obusier", "véhicule de combat d'infanterie", "houses"). */
  public Optional<String> lookup(String lemmaOrPhrase) {
    List<String> words = List.of(lemmaOrPhrase);
    return match(words, 0).map(PhraseMatch::value);
  }

  /**
   * The longest phrase that begins at word {@code start} and ends at the end of a word; words may
   * be surface forms or lemmas, in any case.
   */
  public Optional<PhraseMatch> match(List<String> lowerWordsOrLemmas, int start) {
    if (start < 0 || start >= lowerWordsOrLemmas.size()) {
      return Optional.empty();
    }
    // Only the words a phrase starting here can reach (each word gives at least one part): cutting
    // every word of the sentence into parts on each call made this a hot spot.
    List<String> reach = lowerWordsOrLemmas.subList(start,
        Math.min(lowerWordsOrLemmas.size(), start + Math.max(1, index.longestParts())));
    PartStream stream = PartStream.of(reach, plurals::formsOf);
    return index.longestAt(stream, stream.firstPartOf(0), true).map(hit -> new PhraseMatch(hit.value(), start,
        start + stream.get(hit.to() - 1).word() + 1));
  }
}
