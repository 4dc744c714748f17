package org.casus.store;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The range of one figure of an incident across its claims, after UCDP's low, best and high.
 *
 * @param factType casualties, materiel or damage
 * @param outcome killed, injured, destroyed...
 * @param low the smallest lower bound any claim gives
 * @param best the figure of the most specific claim ({@code bestFrom} says whose)
 * @param high the largest figure any claim gives (its upper bound, else its lower bound)
 * @param claims how many claims the range is drawn from (one per source and document)
 */
public record FigureEstimate(
    String factType,
    String outcome,
    OptionalInt low,
    OptionalInt best,
    OptionalInt high,
    Optional<String> bestFrom,
    int claims) {}
