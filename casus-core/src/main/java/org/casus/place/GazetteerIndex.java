package org.casus.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.casus.lexicon.TsvResource;

/**
 * The offline gazetteer: every country, admin1 region and populated place of 500+ inhabitants that
 * GeoNames knows, plus the curated regions of casus-gazetteer, looked up by any Latin-script name
 * form, whatever its case and accents. Immutable once loaded, so one instance serves every thread.
 */
public final class GazetteerIndex {
  public static final String INDEX_RESOURCE = "gazetteer/index.tsv.gz";
  public static final String REGIONS_RESOURCE = "gazetteer/regions.tsv";

  /** Larger places first, countries and regions before places of unknown size. */
  private static final Comparator<GazetteerEntry> MOST_PROMINENT_FIRST =
      Comparator.comparing((GazetteerEntry e) -> !e.isCountry())
          .thenComparing(e -> !(e.isRegion() || e.isAdmin1()))
          .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed());

  private final GazetteerEntry[] entries;
  private final String[] keys;
  private final int[][] entriesOfKey;
  private final Map<String, String> countryOfDemonym;
  private final Map<String, GazetteerEntry> countryByAlpha3;

  private GazetteerIndex(
      GazetteerEntry[] entries,
      String[] keys,
      int[][] entriesOfKey,
      Map<String, String> countryOfDemonym) {
    this.entries = entries;
    this.keys = keys;
    this.entriesOfKey = entriesOfKey;
    this.countryOfDemonym = Map.copyOf(countryOfDemonym);
    Map<String, GazetteerEntry> countries = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if (e.isCountry()) {
        countries.putIfAbsent(e.country(), e);
      }
    }
    this.countryByAlpha3 = Map.copyOf(countries);
  }

  /** Loads the index built by casus-gazetteer from the class path. */
  public static GazetteerIndex load() {
    return load(GazetteerIndex.class.getClassLoader());
  }

  public static GazetteerIndex load(ClassLoader loader) {
    InputStream in = loader.getResourceAsStream(INDEX_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          INDEX_RESOURCE + " is not on the class path: build the casus-gazetteer module first");
    }
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      return read(r, TsvResource.read(REGIONS_RESOURCE, 5));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX_RESOURCE, e);
    }
  }

  /** Every entry one of whose names folds like {@code name}, most prominent first. */
  public List<GazetteerEntry> lookup(String name) {
    int k = Arrays.binarySearch(keys, NameFolding.fold(name));
    if (k < 0) {
      return List.of();
    }
    int[] ids = entriesOfKey[k];
    GazetteerEntry[] found = new GazetteerEntry[ids.length];
    for (int i = 0; i < ids.length; i++) {
      found[i] = entries[ids[i]];
    }
    Arrays.sort(found, MOST_PROMINENT_FIRST);
    return List.of(found);
  }

  public boolean contains(String name) {
    return Arrays.binarySearch(keys, NameFolding.fold(name)) >= 0;
  }

  /** The country a demonym names: "Arméniens", "azerbaïdjanaise", "Azerbaijani". */
  public Optional<String> countryOfDemonym(String word) {
    return Optional.ofNullable(countryOfDemonym.get(NameFolding.fold(word)));
  }

  public Optional<GazetteerEntry> country(String alpha3) {
    return Optional.ofNullable(countryByAlpha3.get(alpha3));
  }

  public int entryCount() {
    return entries.length;
  }

  public int nameCount() {
    return keys.length;
  }

  // --- reading ----------------------------------------------------------------------------------

  private static GazetteerIndex read(BufferedReader r, List<String[]> curatedRegions)
      throws IOException {
    int entryCount = sectionSize(r.readLine(), "@entries");
    List<GazetteerEntry> entries = new ArrayList<>(entryCount + curatedRegions.size());
    Map<String, String> interned = new HashMap<>();
    String[] cells = new String[9];
    for (int i = 0; i < entryCount; i++) {
      split(r.readLine(), cells);
      entries.add(new GazetteerEntry(
          cells[0],
          cells[1],
          intern(interned, cells[2]),
          Double.parseDouble(cells[3]),
          Double.parseDouble(cells[4]),
          intern(interned, cells[5]),
          intern(interned, cells[6]),
          Long.parseLong(cells[7]),
          intern(interned, cells[8])));
    }

    int keyCount = sectionSize(r.readLine(), "@names");
    Map<String, List<Integer>> curatedKeys = curatedKeys(curatedRegions, entries);
    List<String> keys = new ArrayList<>(keyCount + curatedKeys.size());
    List<int[]> ids = new ArrayList<>(keyCount + curatedKeys.size());
    for (int i = 0; i < keyCount; i++) {
      String line = r.readLine();
      int tab = line.indexOf('\t');
      String key = line.substring(0, tab);
      int[] postings = parseInts(line, tab + 1);
      List<Integer> extra = curatedKeys.remove(key);
      keys.add(key);
      ids.add(extra == null ? postings : concat(postings, extra));
    }
    curatedKeys.forEach((key, extra) -> {
      keys.add(key);
      ids.add(concat(new int[0], extra));
    });

    int demonymCount = sectionSize(r.readLine(), "@demonyms");
    Map<String, String> demonyms = new HashMap<>(demonymCount * 2);
    for (int i = 0; i < demonymCount; i++) {
      String line = r.readLine();
      int tab = line.indexOf('\t');
      demonyms.put(line.substring(0, tab), line.substring(tab + 1));
    }

    return sorted(entries.toArray(GazetteerEntry[]::new), keys, ids, demonyms);
  }

  /** Adds the curated regions to {@code entries} and returns their keys. */
  private static Map<String, List<Integer>> curatedKeys(
      List<String[]> regions, List<GazetteerEntry> entries) {
    Map<String, List<Integer>> keys = new HashMap<>();
    for (String[] row : regions) {
      int id = entries.size();
      entries.add(new GazetteerEntry(
          "region:" + row[0], row[0], row[1],
          Double.parseDouble(row[2]), Double.parseDouble(row[3]), "L", "RGN", 0, ""));
      List<String> names = new ArrayList<>(List.of(row[0]));
      if (!row[4].isEmpty()) {
        names.addAll(List.of(row[4].split("\\|")));
      }
      for (String n : names) {
        String key = NameFolding.fold(n);
        List<Integer> ids = keys.computeIfAbsent(key, k -> new ArrayList<>());
        if (!key.isEmpty() && !ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    keys.values().removeIf(List::isEmpty);
    return keys;
  }

  // The build writes keys sorted; only curated keys that are new need placing.
  private static GazetteerIndex sorted(
      GazetteerEntry[] entries, List<String> keys, List<int[]> ids, Map<String, String> demonyms) {
    Integer[] order = new Integer[keys.size()];
    boolean inOrder = true;
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
      if (i > 0 && keys.get(i - 1).compareTo(keys.get(i)) >= 0) {
        inOrder = false;
      }
    }
    if (!inOrder) {
      Arrays.sort(order, Comparator.comparing(keys::get));
    }
    String[] sortedKeys = new String[order.length];
    int[][] sortedIds = new int[order.length][];
    for (int i = 0; i < order.length; i++) {
      sortedKeys[i] = keys.get(order[i]);
      sortedIds[i] = ids.get(order[i]);
    }
    return new GazetteerIndex(entries, sortedKeys, sortedIds, demonyms);
  }

  private static int sectionSize(String header, String name) {
    if (header == null || !header.startsWith(name + "\t")) {
      throw new IllegalStateException("gazetteer index: expected section " + name + ", got " + header);
    }
    return Integer.parseInt(header.substring(name.length() + 1));
  }

  private static void split(String line, String[] cells) {
    int start = 0;
    for (int i = 0; i < cells.length - 1; i++) {
      int tab = line.indexOf('\t', start);
      cells[i] = line.substring(start, tab);
      start = tab + 1;
    }
    cells[cells.length - 1] = line.substring(start);
  }

  private static int[] parseInts(String line, int from) {
    int count = 1;
    for (int i = from; i < line.length(); i++) {
      if (line.charAt(i) == ',') {
        count++;
      }
    }
    int[] out = new int[count];
    int n = 0;
    int value = 0;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ',') {
        out[n++] = value;
        value = 0;
      } else {
        value = value * 10 + (c - '0');
      }
    }
    out[n] = value;
    return out;
  }

  private static int[] concat(int[] a, List<Integer> b) {
    int[] out = Arrays.copyOf(a, a.length + b.size());
    for (int i = 0; i < b.size(); i++) {
      out[a.length + i] = b.get(i);
    }
    return out;
  }

  private static String intern(Map<String, String> pool, String s) {
    return pool.computeIfAbsent(s, x -> x);
  }
}
