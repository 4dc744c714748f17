package org.casus.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of a sentence cut into comparable parts (see {@link LexiconKeys#parts}), each part
 * remembering the word it came from, so that matches found on parts map back to word indices.
 */
final class PartStream {
  /** One comparable part; {@code forms} are the spellings it may match (itself, and its singulars). */
  record Part(int word, String text, boolean endsWord, Set<String> forms) {}

  private final List<Part> parts;
  private final int[] firstPartOfWord;

  private PartStream(List<Part> parts, int[] firstPartOfWord) {
    this.parts = List.copyOf(parts);
    this.firstPartOfWord = firstPartOfWord;
  }

  static PartStream of(List<String> words, Function<String, Set<String>> formsOf) {
    List<Part> parts = new ArrayList<>();
    int[] first = new int[words.size()];
    for (int w = 0; w < words.size(); w++) {
      first[w] = parts.size();
      List<String> ps = LexiconKeys.parts(words.get(w));
      for (int i = 0; i < ps.size(); i++) {
        parts.add(new Part(w, ps.get(i), i == ps.size() - 1, formsOf.apply(ps.get(i))));
      }
      if (ps.isEmpty()) {
        first[w] = -1;
      }
    }
    return new PartStream(parts, first);
  }

  /** A stream of some parts of another one (e.g. with side mentions taken out), word indices kept. */
  static PartStream ofParts(List<Part> parts) {
    return new PartStream(parts, new int[0]);
  }

  static Set<String> exactly(String part) {
    return Set.of(part);
  }

  List<Part> parts() {
    return parts;
  }

  int size() {
    return parts.size();
  }

  Part get(int i) {
    return parts.get(i);
  }

  /** Index of the first part of a word, or -1 when the word has none (punctuation). */
  int firstPartOf(int word) {
    return word >= 0 && word < firstPartOfWord.length ? firstPartOfWord[word] : -1;
  }
}
