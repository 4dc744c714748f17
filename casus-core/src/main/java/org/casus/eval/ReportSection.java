package org.casus.eval;

/** Sections a report may show besides its summary tables. */
public enum ReportSection {
  /** Each false positive and false negative, with a one-line summary and its evidence. */
  ERRORS,
  /** The gold x predicted event-type matrix of events at shared places. */
  EVENT_TYPES
}
