package org.casus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casus.lexicon.PhraseSet;
import org.casus.lexicon.TsvResource;
import org.casus.model.Language;

/**
 * The words that report events in one language: triggers, instruments, civilian targets, the case
 * words that mark a target, the determiners that make an event word a re-mention, the words that
 * make it a habit rather than an incident, the demonstratives that make it a re-mention whatever its
 * phrase names, the verbs of undergoing whose subject is the target, the
 * nouns of inhabited places whose strike targets civilians; and the sides whose strikes are
 * air strikes when the weapon is not said.
 */
record EventLexicon(
    Map<String, String> triggers, List<String[]> instruments, Set<String> civilianTargets, Set<String> agreementVerbs,
    Set<String> targetMarkers, Set<String> anaphors, Set<String> demonstratives, Set<String> habitual,
    Set<String> undergoing, Set<String> settlements, Map<String, String> strikeMeans) {

  static EventLexicon load(Language language) {
    String dir = "lexicon/" + language.code() + "/";
    Map<String, String> triggers = new HashMap<>();
    TsvResource.read(dir + "event-triggers.tsv", 2).forEach(r -> triggers.put(PhraseSet.normalise(r[0]), r[1]));
    List<String[]> instruments = new ArrayList<>();
    TsvResource.read(dir + "event-instruments.tsv", 2)
        .forEach(r -> instruments.add(new String[] {PhraseSet.normalise(r[0]), r[1]}));
    return new EventLexicon(Map.copyOf(triggers), List.copyOf(instruments), lemmas(dir + "civilian-targets.tsv"),
        lemmas(dir + "agreement-verbs.tsv"), lemmas(dir + "event-target-markers.tsv"), lemmas(dir + "event-anaphors.tsv"),
        lemmas(dir + "event-demonstratives.tsv"), lemmas(dir + "event-habitual.tsv"), lemmas(dir + "event-undergoing.tsv"),
        lemmas(dir + "event-settlements.tsv"), airStrikers());
  }

  /** The type of a side's strikes when the weapon is not stated; sides are the same in every language. */
  private static Map<String, String> airStrikers() {
    Map<String, String> out = new HashMap<>();
    TsvResource.read("lexicon/strike-means.tsv", 2).forEach(r -> out.put(r[0], r[1]));
    return Map.copyOf(out);
  }

  private static Set<String> lemmas(String resource) {
    return TsvResource.read(resource, 1).stream().map(r -> PhraseSet.normalise(r[0])).collect(Collectors.toUnmodifiableSet());
  }
}
