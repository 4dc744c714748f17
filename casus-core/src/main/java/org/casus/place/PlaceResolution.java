package org.casus.place;

import java.util.List;
import org.casus.model.Place;

/**
 * The places of one text: the mentions resolved, and those the gazetteer does not know, kept
 * apart so one unknown name never costs the others.
 */
public record PlaceResolution(List<ResolvedPlace> resolved, List<PlaceMention> unresolved) {
  public PlaceResolution {
    resolved = List.copyOf(resolved);
    unresolved = List.copyOf(unresolved);
  }

  public List<Place> places() {
    return resolved.stream().map(ResolvedPlace::place).toList();
  }
}
