package org.casus.place;

/** A gazetteer entry and what the context made of it, for the record and for debugging. */
public record CandidateScore(GazetteerEntry entry, double score) {}
