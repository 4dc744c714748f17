package org.casus.model;

/**
 * A demographic subset of a casualty figure ("dont 614 enfants", "including six children"): part of
 * the total, so never a figure of its own.
 *
 * @param descriptor the word that names the subset, as written ("enfants", "children")
 */
public record Breakdown(Count count, Victims victims, String descriptor, Evidence evidence) {}
