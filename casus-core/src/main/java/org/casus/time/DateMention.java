package org.casus.time;

import java.util.Optional;
import org.casus.model.DateRange;
import org.casus.model.Span;

/**
 * A date expression of a sentence.
 *
 * @param span the words of the expression
 * @param range what it resolves to; empty when it needs a publication date the document lacks
 */
record DateMention(Span span, Optional<DateRange> range) {}
