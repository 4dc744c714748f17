package org.casus.place;

import java.util.List;
import org.casus.model.AnnotatedText;
import org.casus.model.Fact;

/** Gives each fact the place where it happened. */
public interface PlaceResolver {
  List<Fact> resolve(AnnotatedText text, List<Fact> facts);
}
