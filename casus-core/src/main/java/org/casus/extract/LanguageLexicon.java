package org.casus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casus.lexicon.NounLexicon;
import org.casus.lexicon.PhraseSet;
import org.casus.lexicon.SideLexicon;
import org.casus.lexicon.TsvResource;
import org.casus.model.CasualtyOutcome;
import org.casus.model.Language;
import org.casus.model.LossOutcome;
import org.casus.model.Victims;

/** The word lists the extraction rules read for one language, loaded once from its lexicon files. */
public record LanguageLexicon(
    Language language,
    NumberWords numbers,
    PhraseSet<Boolean> vagueQuantifiers,
    PhraseSet<CountQualifier> qualifiers,
    PhraseSet<Boolean> subsetMarkers,
    Set<String> notCounts,
    Map<String, List<CasualtyTrigger>> casualtyTriggers,
    Map<String, VictimNoun> victimNouns,
    Set<String> attackNouns,
    Map<String, Optional<CasualtyOutcome>> tollNouns,
    SideLexicon sides,
    Map<String, LossTrigger> lossVerbs,
    Map<String, LossTrigger> lossNouns,
    NounLexicon materielNouns,
    NounLexicon damageNouns,
    Set<String> munitions,
    Set<String> agentMarkers,
    Set<String> partitiveMarkers,
    Set<String> sideFrames) {

  /** A bound that a word before a figure puts on it. */
  public enum CountQualifier {
    AT_LEAST,
    AT_MOST,
    ABOUT
  }

  /** How a casualty word relates to its victims. */
  public enum TriggerRole {
    /** The word names the victims ("morts", "wounded"). */
    NOUN,
    /** Object or passive subject is the victim ("tuer", "kill"). */
    PATIENT,
    /** Subject is the victim ("mourir", "die"). */
    SUBJECT,
    /** With a given object ("perdre la vie", "lose ... lives"). */
    PHRASE
  }

  /** @param phraseObject the object lemma of a PHRASE trigger, empty otherwise */
  public record CasualtyTrigger(TriggerRole role, CasualtyOutcome outcome, String phraseObject) {}

  /**
   * @param demographic a subset by age or sex, never a figure of its own
   * @param refersBack the victims of the figure told just before ("35 autres blessés", "15 others")
   */
  public record VictimNoun(Victims victims, boolean demographic, boolean refersBack) {}

  /** How a loss word relates to what was lost and to whom it belonged. */
  public enum LossRole {
    /** Object or passive subject is what was lost; the subject is the other side ("détruire", "destroy"). */
    PATIENT,
    /** Object is what was lost; the subject is its owner ("perdre", "lose"). */
    LOSER,
    /** A noun whose complement is what was lost ("la perte de", "the loss of"). */
    NOUN
  }

  public record LossTrigger(LossOutcome outcome, LossRole role) {}

  static LanguageLexicon load(Language language) {
    String dir = "lexicon/" + language.code() + "/";
    Map<String, Boolean> vague = new HashMap<>();
    TsvResource.read(dir + "quantifiers.tsv", 1).forEach(r -> vague.put(r[0], true));
    Map<String, CountQualifier> qualifiers = new HashMap<>();
    TsvResource.read(dir + "count-qualifiers.tsv", 2)
        .forEach(r -> qualifiers.put(r[0], CountQualifier.valueOf(r[1].toUpperCase(java.util.Locale.ROOT))));
    Map<String, Boolean> subsets = new HashMap<>();
    TsvResource.read(dir + "subset-markers.tsv", 1).forEach(r -> subsets.put(r[0], true));
    Map<String, List<CasualtyTrigger>> triggers = new HashMap<>();
    for (String[] r : TsvResource.read(dir + "casualty-triggers.tsv", 3)) {
      String role = r[1];
      String object = "";
      if (role.startsWith("phrase:")) {
        object = role.substring("phrase:".length());
        role = "phrase";
      }
      triggers.computeIfAbsent(PhraseSet.normalise(r[0]), k -> new ArrayList<>()).add(
          new CasualtyTrigger(TriggerRole.valueOf(role.toUpperCase(java.util.Locale.ROOT)), CasualtyOutcome.fromCode(r[2]), object));
    }
    Map<String, VictimNoun> victims = new HashMap<>();
    for (String[] r : TsvResource.read(dir + "victim-nouns.tsv", 3)) {
      victims.put(PhraseSet.normalise(r[0]),
          new VictimNoun(Victims.fromCode(r[1]), r[2].equals("yes"), r[2].equals("refers-back")));
    }
    Map<String, Optional<CasualtyOutcome>> tolls = new HashMap<>();
    TsvResource.read(dir + "toll-nouns.tsv", 2).forEach(r -> tolls.put(r[0],
        r[1].equals("complement") ? Optional.empty() : Optional.of(CasualtyOutcome.fromCode(r[1]))));
    return new LanguageLexicon(language, NumberWords.load(language), PhraseSet.of(vague), PhraseSet.of(qualifiers),
        PhraseSet.of(subsets), lemmas(dir + "not-counts.tsv"), Map.copyOf(triggers), Map.copyOf(victims),
        lemmas(dir + "attack-nouns.tsv"), Map.copyOf(tolls), SideLexicon.load(language),
        lossTriggers(dir, false), lossTriggers(dir, true), NounLexicon.load(dir + "materiel.tsv"),
        NounLexicon.load(dir + "damage.tsv"), lemmas(dir + "munitions.tsv"),
        lemmas(dir + "agent-markers.tsv"), lemmas(dir + "partitive-markers.tsv"), lemmas(dir + "side-frames.tsv"));
  }

  private static Map<String, LossTrigger> lossTriggers(String dir, boolean nouns) {
    Map<String, LossTrigger> out = new HashMap<>();
    for (String[] r : TsvResource.read(dir + "loss-triggers.tsv", 3)) {
      LossRole role = LossRole.valueOf(r[2].toUpperCase(java.util.Locale.ROOT));
      if ((role == LossRole.NOUN) == nouns) {
        out.put(PhraseSet.normalise(r[0]), new LossTrigger(LossOutcome.fromCode(r[1]), role));
      }
    }
    return Map.copyOf(out);
  }


  private static Set<String> lemmas(String resource) {
    return TsvResource.read(resource, 1).stream().map(r -> PhraseSet.normalise(r[0])).collect(Collectors.toUnmodifiableSet());
  }

  /** The first reading of a casualty word. */
  public Optional<CasualtyTrigger> trigger(String lemma) {
    return triggers(lemma).stream().findFirst();
  }

  /** Every reading of a casualty word ("perdre": its object is the victim, or "perdre la vie"). */
  public List<CasualtyTrigger> triggers(String lemma) {
    return casualtyTriggers.getOrDefault(PhraseSet.normalise(lemma), List.of());
  }

  public Optional<VictimNoun> victimNoun(String lemma) {
    return Optional.ofNullable(victimNouns.get(PhraseSet.normalise(lemma)));
  }
}
