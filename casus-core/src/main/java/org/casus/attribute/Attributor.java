package org.casus.attribute;

import java.util.List;
import org.casus.model.AnnotatedText;
import org.casus.model.Fact;

/** Gives each fact the claim it is reported under. */
public interface Attributor {
  List<Fact> attribute(AnnotatedText text, List<Fact> facts);
}
