package org.casus.clean.html;

/** Thrown when the input is not markup at all (binary, JSON, plain text), so no article can be read. */
public final class NotHtmlException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public NotHtmlException(String reason) {
    super(reason);
  }
}
