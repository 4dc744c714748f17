package org.casus.clean.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The article-extraction benchmark's comparison of one predicted body with the true one: the
 * multisets of 4-token shingles of both, with true positives, false positives and false negatives
 * divided by their sum so that every page weighs the same.
 *
 * <p>Tokens are runs of word characters as Python's Unicode {@code \w} defines them: letters,
 * digits and other numbers, and the underscore.
 */
public record ShingleScore(double truePositives, double falsePositives, double falseNegatives) {
  static final int SHINGLE_SIZE = 4;

  public static ShingleScore of(String expected, String predicted) {
    Map<List<String>, Integer> truth = shingles(expected);
    Map<List<String>, Integer> guess = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(truth.keySet());
    keys.addAll(guess.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int t = truth.getOrDefault(key, 0);
      int g = guess.getOrDefault(key, 0);
      tp += Math.min(t, g);
      fp += Math.max(0, g - t);
      fn += Math.max(0, t - g);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
  }

  /** Empty when nothing was predicted: such pages do not count towards mean precision. */
  public OptionalDouble precision() {
    if (truePositives + falsePositives == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(falseNegatives == 0 && falsePositives == 0
        ? 1 : truePositives / (truePositives + falsePositives));
  }

  /** Empty when there was nothing to find: such pages do not count towards mean recall. */
  public OptionalDouble recall() {
    if (truePositives + falseNegatives == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(falseNegatives == 0 && falsePositives == 0
        ? 1 : truePositives / (truePositives + falseNegatives));
  }

  /** The page's own F1, for ranking pages from worst to best. */
  public double f1() {
    double p = precision().orElse(0);
    double r = recall().orElse(0);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  private static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** A text shorter than a shingle is one shingle of all its tokens, as in the benchmark. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    int n = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
    for (int i = 0; i < n; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
