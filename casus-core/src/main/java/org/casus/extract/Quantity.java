package org.casus.extract;

import org.casus.model.Count;

/**
 * A figure in a sentence and what it counts.
 *
 * @param first first token of the figure, its qualifier included ("au moins 10")
 * @param last last token of the figure
 * @param head the token the figure counts ("morts" in "10 morts"), or the figure itself
 * @param subset whether a subset marker opens it ("dont 4 femmes", "including six children")
 */
record Quantity(Count count, int first, int last, int head, boolean subset) {}
