package org.casus.store;

/**
 * A fact of an incident.
 *
 * @param source the independent source it counts as: the claimant when the article quotes one (two
 *     outlets repeating one ministry are one source), the outlet when it speaks in its own voice
 * @param reason why it belongs to the incident
 */
public record LinkedFact(StoredFact fact, String source, String reason) {}
