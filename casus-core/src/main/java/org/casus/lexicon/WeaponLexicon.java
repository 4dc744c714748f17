package org.casus.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Named weapon systems (language-independent, {@code lexicon/weapons.tsv}): canonical name,
 * category and the writings met in the press. Matching ignores case, diacritics, and whether a
 * writer or a tokeniser put hyphens or spaces between the parts of a designation ("BM 21" = "BM-21",
 * "ZSU", "-", "23-4" = "ZSU-23-4"). Immutable once loaded; share one instance.
 */
public final class WeaponLexicon {
  /** The file every instance of {@link #load()} reads. */
  public static final String RESOURCE = "lexicon/weapons.tsv";
  /** The categories a system may have, as in the output contract. */
  public static final Set<String> CATEGORIES = Set.of("mlrs", "air_defence", "ifv", "apc", "tank",
      "artillery", "uav", "aircraft", "helicopter", "vehicle", "other");
  /** No designation in the file spans more words than this, however a tokeniser splits it. */
  private static final int MAX_WORDS = 12;
  /**
   * The shortest designation key that may be matched after dropping a final "s": plurals of
   * system names ("T-72s", "Leopards") are written with a final s in every Latin-script press.
   */
  private static final int MIN_PLURAL_STEM = 3;

  /** A system found in a sentence: words {@code start} (inclusive) to {@code end} (exclusive). */
  public record WeaponMatch(String canonical, String category, int start, int end) {}

  private record Designation(String canonical, String category) {}

  private final Map<String, Designation> byKey;
  /**
   * Every beginning of a key: a match stops growing as soon as its words begin no key, instead
   * of looking up every run of up to {@link #MAX_WORDS} words from every word of a sentence.
   */
  private final Set<String> keyPrefixes;
  private final int systems;

  private WeaponLexicon(Map<String, Designation> byKey, int systems) {
    this.byKey = Map.copyOf(byKey);
    Set<String> prefixes = new HashSet<>();
    for (String key : byKey.keySet()) {
      for (int end = 1; end <= key.length(); end++) {
        prefixes.add(key.substring(0, end));
      }
    }
    this.keyPrefixes = Set.copyOf(prefixes);
    this.systems = systems;
  }

  /** Loads {@code lexicon/weapons.tsv}; an alias claimed by two systems is an error. */
  public static WeaponLexicon load() {
    Map<String, Designation> byKey = new HashMap<>();
    List<String[]> rows = TsvResource.read(RESOURCE, 3);
    for (String[] row : rows) {
      String canonical = row[0];
      String category = row[1];
      if (canonical.isEmpty() || !CATEGORIES.contains(category)) {
        throw new IllegalStateException(RESOURCE + ": bad row for '" + canonical + "' (" + category + ")");
      }
      Designation system = new Designation(canonical, category);
      List<String> names = new ArrayList<>();
      names.add(canonical);
      for (String alias : row[2].split("\\|")) {
        if (!alias.isBlank()) {
          names.add(alias.strip());
        }
      }
      for (String name : names) {
        String key = LexiconKeys.compactKey(name);
        if (key.isEmpty()) {
          continue;
        }
        Designation previous = byKey.putIfAbsent(key, system);
        if (previous != null && !previous.equals(system)) {
          throw new IllegalStateException(RESOURCE + ": '" + name + "' names both "
              + previous.canonical() + " and " + canonical);
        }
      }
    }
    return new WeaponLexicon(byKey, rows.size());
  }

  /** How many systems the lexicon holds. */
  public int size() {
    return systems;
  }

  /** The canonical name and category of a designation written alone ("Giatsint B"), if known. */
  public Optional<WeaponMatch> lookup(String designation) {
    return match(List.of(designation), 0);
  }

  /** The category of a canonical system name, if it is one. */
  public Optional<String> categoryOf(String canonical) {
    Designation s = byKey.get(LexiconKeys.compactKey(canonical));
    return s != null && s.canonical().equals(canonical) ? Optional.of(s.category()) : Optional.empty();
  }

  /**
   * The longest system name that begins at word {@code start} of a tokenised sentence, or empty
   * when none does. A match never begins or ends on a lone hyphen.
   */
  public Optional<WeaponMatch> match(List<String> words, int start) {
    return match(words, null, start);
  }

  /** {@link #match(List, int)} at every word of a sentence, each word's key computed once. */
  public List<Optional<WeaponMatch>> matchEach(List<String> words) {
    String[] keys = new String[words.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = LexiconKeys.compactKey(words.get(i));
    }
    List<Optional<WeaponMatch>> out = new java.util.ArrayList<>(keys.length);
    for (int start = 0; start < keys.length; start++) {
      out.add(match(words, keys, start));
    }
    return out;
  }

  /** @param keys each word's compact key, or null to compute them here */
  private Optional<WeaponMatch> match(List<String> words, String[] keys, int start) {
    if (start < 0 || start >= words.size() || LexiconKeys.isConnector(words.get(start))) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder();
    WeaponMatch best = null;
    int limit = Math.min(words.size(), start + MAX_WORDS);
    for (int w = start; w < limit; w++) {
      String word = words.get(w);
      String part = keys == null ? LexiconKeys.compactKey(word) : keys[w];
      if (part.isEmpty()) {
        if (LexiconKeys.isConnector(word)) {
          continue;
        }
        break;
      }
      key.append(part);
      String soFar = key.toString();
      Designation found = find(soFar);
      if (found != null) {
        best = new WeaponMatch(found.canonical(), found.category(), start, w + 1);
      }
      // A plural is a whole key and an "s": what begins no key cannot grow into one.
      if (!keyPrefixes.contains(soFar)) {
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  private Designation find(String key) {
    Designation exact = byKey.get(key);
    if (exact != null) {
      return exact;
    }
    if (key.length() > MIN_PLURAL_STEM && key.endsWith("s")) {
      return byKey.get(key.substring(0, key.length() - 1));
    }
    return null;
  }
}
