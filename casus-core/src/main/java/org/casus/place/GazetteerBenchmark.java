package org.casus.place;

import java.util.List;

/**
 * Measures the gazetteer: load time, then look-ups per second over names of every kind (exonyms,
 * homonyms, countries, unknown words). A command, not a test: speed is not asserted anywhere.
 *
 * <pre>java -cp ... org.casus.place.GazetteerBenchmark [seconds]</pre>
 */
public final class GazetteerBenchmark {
  private static final List<String> NAMES = List.of(
      "Gandja", "Gəncə", "Aghjabadi", "Tartar", "Tərtər", "Goranboy", "Bakou", "Erevan", "Kiev",
      "Marioupol", "Moscow", "Paris", "Tripoli", "Georgia", "Haut-Karabakh", "bande de Gaza",
      "Stepanakert", "Kharkiv", "Azerbaïdjan", "Selon", "Nowhereville", "Ouagadougou");

  private GazetteerBenchmark() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
    long t0 = System.nanoTime();
    GazetteerIndex index = GazetteerIndex.load();
    long loadNanos = System.nanoTime() - t0;
    System.out.printf("load: %.0f ms, %d entries, %d names%n",
        loadNanos / 1e6, index.entryCount(), index.nameCount());

    long found = 0;
    for (int warm = 0; warm < 200_000; warm++) {
      found += index.lookup(NAMES.get(warm % NAMES.size())).size();
    }
    long lookups = 0;
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    while (System.nanoTime() < deadline) {
      for (String n : NAMES) {
        found += index.lookup(n).size();
      }
      lookups += NAMES.size();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf("lookups: %.0f per second (%d in %.1f s; %d candidates seen)%n",
        lookups / elapsed, lookups, elapsed, found);
  }
}
