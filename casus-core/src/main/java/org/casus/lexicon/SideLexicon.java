package org.casus.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Language;

/**
 * Words that name a side in one language: demonyms and group names
 * ({@code lexicon/<lang>/demonyms.tsv}: form, side, English adjective), capitals and seats of power
 * standing for their state ({@code metonyms.tsv}) and country names ({@code countries.tsv}). A side
 * is a state's ISO alpha-3 code or the short name of a non-state group listed in
 * {@code lexicon/groups.tsv}. Immutable once loaded; share one instance.
 */
public final class SideLexicon {
  /** Short names of the non-state groups a side may be. */
  public static final String GROUPS_RESOURCE = "lexicon/groups.tsv";

  /** A side named by words {@code start} (inclusive) to {@code end} (exclusive) of a sentence. */
  public record SideMatch(String side, int start, int end) {}

  private final Language language;
  private final Map<String, String> byWord;
  private final Map<String, String> byPlace;
  private final Map<String, String> adjectives;
  private final Set<String> groups;
  private final List<List<String>> before;
  private final List<List<String>> after;
  private final PhraseIndex<String> allForms;

  private SideLexicon(Language language, Map<String, String> byWord, Map<String, String> byPlace,
      Map<String, String> adjectives, Set<String> groups, List<List<String>> before,
      List<List<String>> after, PhraseIndex<String> allForms) {
    this.language = language;
    this.byWord = Map.copyOf(byWord);
    this.byPlace = Map.copyOf(byPlace);
    this.adjectives = Map.copyOf(adjectives);
    this.groups = Set.copyOf(groups);
    this.before = List.copyOf(before);
    this.after = List.copyOf(after);
    this.allForms = allForms;
  }

  /** Loads the side words of a language; a form given two different sides is an error. */
  public static SideLexicon load(Language lang) {
    String folder = "lexicon/" + lang.code() + "/";
    Set<String> groups = new LinkedHashSet<>();
    for (String[] row : TsvResource.read(GROUPS_RESOURCE, 2)) {
      groups.add(row[0]);
    }
    Map<String, String> byWord = new HashMap<>();
    Map<String, String> adjectives = new HashMap<>();
    PhraseIndex<String> all = new PhraseIndex<>();
    String demonyms = folder + "demonyms.tsv";
    for (String[] row : TsvResource.read(demonyms, 3)) {
      String side = checkedSide(demonyms, row, groups);
      put(byWord, demonyms, row[0], side);
      putPhrase(all, demonyms, row[0], side);
      if (!row[2].isEmpty()) {
        adjectives.putIfAbsent(side, row[2]);
      }
    }
    Map<String, String> byPlace = new HashMap<>();
    for (String file : List.of(folder + "metonyms.tsv", folder + "countries.tsv")) {
      for (String[] row : TsvResource.readOptional(file, 2)) {
        String side = checkedSide(file, row, groups);
        put(byPlace, file, row[0], side);
        putPhrase(all, file, row[0], side);
      }
    }
    List<List<String>> before = new ArrayList<>();
    List<List<String>> after = new ArrayList<>();
    String determiners = folder + "determiners.tsv";
    for (String[] row : TsvResource.readOptional(determiners, 2)) {
      List<String> parts = LexiconKeys.parts(row[0]);
      if (parts.isEmpty()) {
        continue;
      }
      switch (row[1]) {
        case "before" -> before.add(parts);
        case "after" -> after.add(parts);
        default -> throw new IllegalStateException(determiners + ": position must be before or after: " + row[1]);
      }
    }
    before.sort((a, b) -> b.size() - a.size());
    after.sort((a, b) -> b.size() - a.size());
    return new SideLexicon(lang, byWord, byPlace, adjectives, groups, before, after, all);
  }

  public Language language() {
    return language;
  }

  /** The side of a demonym or group name in any inflection and case ("arméniennes", "Houthis"). */
  public Optional<String> sideOfWord(String word) {
    return Optional.ofNullable(byWord.get(LexiconKeys.phraseKey(word)));
  }

  /**
   * The side of a country name or of a capital or seat of power standing for its state
   * ("l'Arménie", "Armenia", "le Kremlin", "Moscou"); a leading article or contracted preposition
   * listed in {@code determiners.tsv} is skipped.
   */
  public Optional<String> sideOfPlaceName(String name) {
    List<String> parts = LexiconKeys.parts(name);
    for (List<String> core : withoutDeterminers(parts)) {
      String side = byPlace.get(String.join(" ", core));
      if (side != null) {
        return Optional.of(side);
      }
    }
    return Optional.empty();
  }

  /** The parts as given, then without a leading and/or trailing determiner listed for the language. */
  private List<List<String>> withoutDeterminers(List<String> parts) {
    List<List<String>> heads = new ArrayList<>();
    heads.add(parts);
    for (List<String> d : before) {
      if (parts.size() > d.size() && parts.subList(0, d.size()).equals(d)) {
        heads.add(parts.subList(d.size(), parts.size()));
      }
    }
    List<List<String>> all = new ArrayList<>(heads);
    for (List<String> head : heads) {
      for (List<String> d : after) {
        int n = head.size() - d.size();
        if (n > 0 && head.subList(n, head.size()).equals(d)) {
          all.add(head.subList(0, n));
        }
      }
    }
    return all;
  }

  /**
   * The longest demonym, group name, country name or metonym that begins at word {@code start}
   * and ends at the end of a word ("Rapid Support Forces", "Etat islamique", "Burkina Faso").
   */
  public Optional<SideMatch> match(List<String> words, int start) {
    return match(PartStream.of(words, PartStream::exactly), start);
  }

  /** {@link #match(List, int)} at every word of a sentence, its words cut into parts once. */
  public List<Optional<SideMatch>> matchEach(List<String> words) {
    PartStream stream = PartStream.of(words, PartStream::exactly);
    List<Optional<SideMatch>> out = new ArrayList<>(words.size());
    for (int start = 0; start < words.size(); start++) {
      out.add(match(stream, start));
    }
    return out;
  }

  private Optional<SideMatch> match(PartStream stream, int start) {
    int from = stream.firstPartOf(start);
    Optional<PhraseIndex.Hit<String>> hit = allForms.longestAt(stream, from, true);
    if (hit.isEmpty() && from >= 0) {
      // an elided article written in the same word: "l'Arménie", "d'Israël"
      for (List<String> d : before) {
        int next = from + d.size();
        if (next < stream.size() && stream.get(next).word() == start && startsWith(stream, from, d)) {
          hit = allForms.longestAt(stream, next, true);
          if (hit.isPresent()) {
            break;
          }
        }
      }
    }
    return hit.map(h -> new SideMatch(h.value(), start, stream.get(h.to() - 1).word() + 1));
  }

  private static boolean startsWith(PartStream stream, int from, List<String> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (!stream.get(from + i).text().equals(parts.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The English adjective that names the side in a canonical actor name ("Azerbaijani", "Hamas"). */
  public Optional<String> englishAdjective(String side) {
    return Optional.ofNullable(adjectives.get(side));
  }

  /** True when the side is a non-state group rather than a state. */
  public boolean isGroup(String side) {
    return groups.contains(side);
  }

  /** The short names of all non-state groups. */
  public Set<String> groups() {
    return groups;
  }

  /** The longest side form starting at a part, whether or not it ends a word ("Hamas" in "Hamas-run"). */
  Optional<PhraseIndex.Hit<String>> sideAt(PartStream stream, int part) {
    return allForms.longestAt(stream, part, false);
  }

  private static String checkedSide(String file, String[] row, Set<String> groups) {
    String side = row[1];
    boolean state = side.length() == 3 && side.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    if (row[0].isEmpty() || !(state || groups.contains(side))) {
      throw new IllegalStateException(file + ": bad side '" + side + "' for '" + row[0] + "'");
    }
    return side;
  }

  private static void put(Map<String, String> map, String file, String form, String side) {
    String previous = map.putIfAbsent(LexiconKeys.phraseKey(form), side);
    if (previous != null && !previous.equals(side)) {
      throw new IllegalStateException(file + ": '" + form + "' is both " + previous + " and " + side);
    }
  }

  private static void putPhrase(PhraseIndex<String> index, String file, String form, String side) {
    Optional<String> previous = index.add(form, side);
    if (previous.isPresent() && !previous.get().equals(side)) {
      throw new IllegalStateException(file + ": '" + form + "' is both " + previous.get() + " and " + side);
    }
  }
}
