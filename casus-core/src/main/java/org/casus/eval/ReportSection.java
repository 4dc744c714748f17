package org.casus.eval;

/** Sections a report may show besides its summary tables. */
public enum ReportSection {
  /** Each false positive and false negative, with a one-line summary and its evidence. */
  ERRORS,
  /** Each matched fact with fields that disagree with gold: field, gold and predicted value, evidence. */
  FIELDS,
  /** The gold x predicted event-type matrix of events at shared places. */
  EVENT_TYPES
}
