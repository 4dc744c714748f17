package org.casus.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures the language identifiers on the multilingual sample: accuracy, load time and heap.
 * Run: {@code java -cp ... org.casus.lang.LanguageIdAccuracy} (test class path).
 */
public final class LanguageIdAccuracy {
  private LanguageIdAccuracy() {}

  public static void main(String[] args) {
    List<LanguageSample> sample = LanguageSample.load();
    for (LinguaIdentifier.Accuracy mode : List.of(LinguaIdentifier.Accuracy.valueOf(args.length > 0 ? args[0] : "HIGH"))) {
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long heap0 = rt.totalMemory() - rt.freeMemory();
      long t0 = System.nanoTime();
      LinguaIdentifier id = LinguaIdentifier.of(LinguaIdentifier.DEFAULT_LANGUAGES, mode);
      id.identify("warm-up sentence so that the models are loaded now");
      long t1 = System.nanoTime();
      List<String> errors = new ArrayList<>();
      double acc = LanguageSample.accuracy(sample, id::identify, errors);
      long t2 = System.nanoTime();
      System.gc();
      long heap1 = rt.totalMemory() - rt.freeMemory();
      System.out.printf("%s: accuracy %.3f on %d sentences (%d languages in the sample, %d known), "
              + "first use %.1f s, %.1f ms a sentence, heap +%d MB%n",
          mode, acc, sample.size(), sample.stream().map(LanguageSample::language).distinct().count(),
          LinguaIdentifier.DEFAULT_LANGUAGES.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e6 / sample.size(),
          (heap1 - heap0) >> 20);
      errors.forEach(e -> System.out.println("  " + e));
    }
  }
}
