package org.casus.place;

import java.util.Optional;
import org.casus.model.Span;

/**
 * A name in a text that the recognizer takes for a place, before any candidate is chosen.
 *
 * @param name the name as written, without a leading elided clitic ("Aghjabadi" of "d'Aghjabadi")
 * @param span where the name is in the cleaned text
 * @param sentence index of its sentence
 * @param source what found it: the NER tagger or the gazetteer
 * @param scope what a neighbouring place noun says it is ("province de", "region"), if any
 * @param role what the name does in its sentence: a place where things happen, or an actor, or
 *     where something is said or met
 */
public record PlaceMention(
    String name, Span span, int sentence, Source source, Optional<PlaceScope> scope, Role role) {

  public PlaceMention(String name, Span span, int sentence, Source source, Optional<PlaceScope> scope) {
    this(name, span, sentence, source, scope, Role.PLACE);
  }

  public enum Source { NER, GAZETTEER }

  /**
   * What a place name stands for in its sentence. Only a {@code PLACE} locates the facts of its
   * sentence; the others still tell the resolver which countries the text is about.
   */
  public enum Role {
    /** Where something happens: "killed in Ganja", "Ganja a été frappée". */
    PLACE,
    /** A state or its seat acting or owning: "Armenia's missiles", "Erevan a lancé", "par l'Arménie". */
    ACTOR,
    /** Where something is said: "a press briefing in Geneva", a dateline "BEIRUT:". */
    REPORTING,
    /** Where people meet: "des réunions à Moscou"; the place of an agreement reached there. */
    MEETING,
    /** A body or process named after a city: "le groupe de Minsk", "the Luanda process". */
    NAMESAKE
  }
}
