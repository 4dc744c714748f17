package org.casus.model;

/** How a document's content is written. */
public enum ContentFormat {
  TEXT,
  HTML
}
