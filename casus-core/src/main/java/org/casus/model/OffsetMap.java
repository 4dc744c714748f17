package org.casus.model;

import java.util.Arrays;

/**
 * Maps offsets of a cleaned text back to offsets of the raw content. Stored as sorted anchor
 * pairs: between anchors, offsets advance together.
 */
public final class OffsetMap {
  private final int[] cleanAnchors;
  private final int[] rawAnchors;

  private OffsetMap(int[] cleanAnchors, int[] rawAnchors) {
    this.cleanAnchors = cleanAnchors;
    this.rawAnchors = rawAnchors;
  }

  /** The map of a text that was not changed. */
  public static OffsetMap identity() {
    return new OffsetMap(new int[] {0}, new int[] {0});
  }

  /** A map from anchor pairs; both arrays sorted ascending and of equal length. */
  public static OffsetMap of(int[] cleanAnchors, int[] rawAnchors) {
    if (cleanAnchors.length != rawAnchors.length || cleanAnchors.length == 0) {
      throw new IllegalArgumentException("anchor arrays must be non-empty and of equal length");
    }
    return new OffsetMap(cleanAnchors.clone(), rawAnchors.clone());
  }

  public int toRaw(int cleanOffset) {
    int i = Arrays.binarySearch(cleanAnchors, cleanOffset);
    if (i < 0) {
      i = -i - 2;
    }
    i = Math.max(i, 0);
    return rawAnchors[i] + (cleanOffset - cleanAnchors[i]);
  }

  public Span toRaw(Span clean) {
    return new Span(toRaw(clean.start()), Math.max(toRaw(clean.start()), toRaw(clean.end())));
  }
}
