package org.casus.ingest;

/** How the inputs given to a command are written. */
public enum InputFormat {
  /** Plain text (or HTML, told by its file extension), one document a file. */
  TEXT,
  /** JSON Lines, one document a line: {"id","text"|"html","published","url","source"}. */
  JSONL
}
