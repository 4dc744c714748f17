package org.casus.time;

import java.util.List;
import org.casus.model.AnnotatedText;
import org.casus.model.Fact;

/** Dates each fact from the words around it and the document's publication date. */
public interface DateResolver {
  List<Fact> resolve(AnnotatedText text, List<Fact> facts);
}
