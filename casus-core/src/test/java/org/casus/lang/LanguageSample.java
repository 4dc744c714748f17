package org.casus.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The multilingual sample of test resources: sentences and the language each is written in. */
record LanguageSample(String language, String sentence) {
  static List<LanguageSample> load() {
    List<LanguageSample> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        LanguageSample.class.getResourceAsStream("/lang/multilingual-sample.tsv")), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", 2);
        out.add(new LanguageSample(cols[0], cols[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The share of sentences an identifier tells right, and the ones it gets wrong. */
  static double accuracy(List<LanguageSample> sample, java.util.function.Function<String, String> identify, List<String> errors) {
    int right = 0;
    for (LanguageSample s : sample) {
      String got = identify.apply(s.sentence());
      if (got.equals(s.language())) {
        right++;
      } else {
        errors.add(s.language() + " -> " + got + ": " + s.sentence());
      }
    }
    return (double) right / sample.size();
  }
}
