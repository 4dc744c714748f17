package org.casus.place;

import org.casus.model.Place;

/** A mention with the gazetteer entry chosen for it and the place record it becomes. */
public record ResolvedPlace(PlaceMention mention, GazetteerEntry entry, Place place) {}
