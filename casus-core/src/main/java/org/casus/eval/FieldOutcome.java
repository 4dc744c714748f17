package org.casus.eval;

/**
 * How right one field of a matched fact is.
 *
 * @param field the field's name, {@code claimant.kind} for a part of a field
 * @param credit 1 right, 0 wrong; a share in between for a name's words
 */
public record FieldOutcome(String field, double credit) {
  public FieldOutcome {
    if (credit < 0 || credit > 1) {
      throw new IllegalArgumentException("credit outside 0..1: " + credit);
    }
  }

  static FieldOutcome of(String field, boolean right) {
    return new FieldOutcome(field, right ? 1 : 0);
  }
}
