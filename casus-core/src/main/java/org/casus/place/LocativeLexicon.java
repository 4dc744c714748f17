package org.casus.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.TsvResource;
import org.casus.model.Language;

/**
 * The words of one language that mark a place: locative prepositions, place-type nouns, list
 * conjunctions and elided clitics, the nouns and verbs whose place is where something is said or
 * met, read from {@code lexicon/<lang>/locative.tsv}; and the capitalised words that are never
 * places (weekdays, months, armed groups), from {@code lexicon/<lang>/not-places.tsv}.
 */
public final class LocativeLexicon {
  private final List<List<String>> strongPrepositions;
  private final List<List<String>> weakPrepositions;
  private final Map<String, PlaceScope> placeNounsBefore;
  private final Map<String, PlaceScope> placeNounsAfter;
  private final Set<String> conjunctions;
  private final List<String> elisions;
  private final Map<String, PlaceMention.Role> contextNouns;
  private final Map<String, PlaceMention.Role> contextVerbs;
  private final Set<String> possessedPlaces;
  private final Set<String> notPlaces;
  private final Set<String> namesakeAfter;

  private LocativeLexicon(
      List<List<String>> strongPrepositions,
      List<List<String>> weakPrepositions,
      Map<String, PlaceScope> placeNounsBefore,
      Map<String, PlaceScope> placeNounsAfter,
      Set<String> conjunctions,
      List<String> elisions,
      Map<String, PlaceMention.Role> contextNouns,
      Map<String, PlaceMention.Role> contextVerbs,
      Set<String> possessedPlaces,
      Set<String> notPlaces,
      Set<String> namesakeAfter) {
    this.namesakeAfter = Set.copyOf(namesakeAfter);
    this.contextNouns = Map.copyOf(contextNouns);
    this.contextVerbs = Map.copyOf(contextVerbs);
    this.possessedPlaces = Set.copyOf(possessedPlaces);
    this.notPlaces = Set.copyOf(notPlaces);
    this.strongPrepositions = List.copyOf(strongPrepositions);
    this.weakPrepositions = List.copyOf(weakPrepositions);
    this.placeNounsBefore = Map.copyOf(placeNounsBefore);
    this.placeNounsAfter = Map.copyOf(placeNounsAfter);
    this.conjunctions = Set.copyOf(conjunctions);
    this.elisions = List.copyOf(elisions);
  }

  public static LocativeLexicon load(Language language) {
    List<List<String>> strong = new ArrayList<>();
    List<List<String>> weak = new ArrayList<>();
    Map<String, PlaceScope> nounsBefore = new HashMap<>();
    Map<String, PlaceScope> nounsAfter = new HashMap<>();
    Set<String> conjunctions = new HashSet<>();
    List<String> elisions = new ArrayList<>();
    Map<String, PlaceMention.Role> contextNouns = new HashMap<>();
    Map<String, PlaceMention.Role> contextVerbs = new HashMap<>();
    Set<String> possessedPlaces = new HashSet<>();
    Set<String> namesakeAfter = new HashSet<>();
    String resource = "lexicon/" + language.code() + "/locative.tsv";
    for (String[] row : TsvResource.read(resource, 4)) {
      String form = normalise(row[0]);
      switch (row[1]) {
        case "preposition" -> strong.add(words(form));
        case "preposition-weak" -> weak.add(words(form));
        case "place-noun" -> {
          PlaceScope scope = PlaceScope.fromCode(row[2]);
          if (!row[3].equals("after")) {
            nounsBefore.put(form, scope);
          }
          if (row[3].equals("after") || row[3].equals("both")) {
            nounsAfter.put(form, scope);
          }
        }
        case "conjunction" -> conjunctions.add(form);
        case "elision" -> elisions.add(form);
        case "context-noun" -> contextNouns.put(form, contextRole(row[2], resource));
        case "context-verb" -> contextVerbs.put(form, contextRole(row[2], resource));
        case "possessed-place" -> possessedPlaces.add(form);
        case "namesake-after" -> namesakeAfter.add(form);
        default -> throw new IllegalStateException(resource + ": unknown kind " + row[1]);
      }
    }
    Set<String> notPlaces = new HashSet<>();
    for (String[] row : TsvResource.readOptional("lexicon/" + language.code() + "/not-places.tsv", 2)) {
      notPlaces.add(NameFolding.fold(row[0]));
    }
    return new LocativeLexicon(strong, weak, nounsBefore, nounsAfter, conjunctions, elisions,
        contextNouns, contextVerbs, possessedPlaces, notPlaces, namesakeAfter);
  }

  private static PlaceMention.Role contextRole(String code, String resource) {
    return switch (code) {
      case "reporting" -> PlaceMention.Role.REPORTING;
      case "meeting" -> PlaceMention.Role.MEETING;
      case "namesake" -> PlaceMention.Role.NAMESAKE;
      default -> throw new IllegalStateException(resource + ": unknown context " + code);
    };
  }

  /** What a noun says of the place it governs: where something is said, or met; empty otherwise. */
  public Optional<PlaceMention.Role> contextOfNoun(String word) {
    return Optional.ofNullable(contextNouns.get(normalise(word)));
  }

  /** What a verb (by its lemma) says of the place that complements it. */
  public Optional<PlaceMention.Role> contextOfVerb(String lemma) {
    return Optional.ofNullable(contextVerbs.get(normalise(lemma)));
  }

  /** A capitalised noun after a name that makes it a building's or street's: "Kafr Qasim School". */
  public boolean isNamesakeAfter(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
        && namesakeAfter.contains(normalise(word));
  }

  /** A noun that a name owns as a part of its land ("Ukraine's east"), not as an actor's thing. */
  public boolean isPossessedPlace(String word) {
    return possessedPlaces.contains(normalise(word)) || placeNounsBefore.containsKey(normalise(word))
        || placeNounsAfter.containsKey(normalise(word));
  }

  /** A word the gazetteer knows but that never names a place in news: "Thursday", "Hamas". */
  public boolean isNeverAPlace(String name) {
    return notPlaces.contains(NameFolding.fold(name));
  }

  /** How strongly the words just before a name say it is a place. */
  public Locative locativeBefore(List<String> precedingWords) {
    if (endsWithAny(precedingWords, strongPrepositions)) {
      return Locative.STRONG;
    }
    return endsWithAny(precedingWords, weakPrepositions) ? Locative.WEAK : Locative.NONE;
  }

  /** A place noun that stands before the name it qualifies ("la ville de Ganja"). */
  public Optional<PlaceScope> placeNounBefore(String word) {
    return Optional.ofNullable(placeNounsBefore.get(normalise(word)));
  }

  /** A place noun that stands after the name it qualifies ("Belgorod region"). */
  public Optional<PlaceScope> placeNounAfter(String word) {
    return Optional.ofNullable(placeNounsAfter.get(normalise(word)));
  }

  public boolean isConjunction(String word) {
    return conjunctions.contains(normalise(word));
  }

  /** True when the word is a clitic alone, as tokenizers split it ("l’", "d'"). */
  public boolean isElision(String word) {
    return elisions.contains(normalise(word));
  }

  /** The clitic a word starts with ("d'" of "d'Aghjabadi"), or empty. */
  public String elisionOf(String word) {
    String w = normalise(word);
    for (String e : elisions) {
      if (w.length() > e.length() && w.startsWith(e)) {
        return e;
      }
    }
    return "";
  }

  /** Lower case, one apostrophe: typographers and tokenizers disagree on the other. */
  public static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  private static List<String> words(String phrase) {
    // "à l'est de" is four words, as tokenizers split the elided "l'" off.
    return List.of(phrase.split("(?<=')|\\s+"));
  }

  private static boolean endsWithAny(List<String> words, List<List<String>> phrases) {
    for (List<String> p : phrases) {
      int offset = words.size() - p.size();
      if (offset >= 0 && words.subList(offset, words.size()).equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** What a locative word says: nothing, a hint ("de", "of"), or a clear place ("à", "in"). */
  public enum Locative { NONE, WEAK, STRONG }
}
