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
 */
public record PlaceMention(
    String name, Span span, int sentence, Source source, Optional<PlaceScope> scope) {

  public enum Source { NER, GAZETTEER }
}
