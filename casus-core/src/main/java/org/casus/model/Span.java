package org.casus.model;

/** A half-open range [start, end) of character offsets into a cleaned text. */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  public Span shift(int offset) {
    return new Span(start + offset, end + offset);
  }

  public String of(String text) {
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
