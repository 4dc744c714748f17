package org.casus.place;

import java.util.List;
import org.casus.model.Place;

/**
 * A mention with the gazetteer entry chosen for it and the place record it becomes.
 *
 * @param entry the entry chosen; for a name the gazetteer lacks, the country it is placed in
 * @param scope what the name denotes: a site the gazetteer lacks is still {@code EXACT}, finer
 *     than the country that stands for it
 * @param candidates every candidate with its score, best first (empty for an unknown name)
 */
public record ResolvedPlace(
    PlaceMention mention, GazetteerEntry entry, Place place, PlaceScope scope,
    List<CandidateScore> candidates) {
  public ResolvedPlace {
    candidates = List.copyOf(candidates);
  }
}
