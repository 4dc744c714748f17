package org.casus.model;

import java.util.OptionalInt;

/**
 * How many, as the text bounds it: exact (min = max), a lower bound ("at least 10": max empty), an
 * upper bound ("up to 10": min empty), or vague ("many": both empty).
 */
public record Count(OptionalInt min, OptionalInt max) {
  public Count {
    if (min.isPresent() && max.isPresent() && min.getAsInt() > max.getAsInt()) {
      throw new IllegalArgumentException("min > max: " + min + " " + max);
    }
  }

  public static Count exact(int n) {
    return new Count(OptionalInt.of(n), OptionalInt.of(n));
  }

  public static Count atLeast(int n) {
    return new Count(OptionalInt.of(n), OptionalInt.empty());
  }

  public static Count atMost(int n) {
    return new Count(OptionalInt.empty(), OptionalInt.of(n));
  }

  public static Count between(int min, int max) {
    return new Count(OptionalInt.of(min), OptionalInt.of(max));
  }

  public static Count vague() {
    return new Count(OptionalInt.empty(), OptionalInt.empty());
  }

  public boolean isVague() {
    return min.isEmpty() && max.isEmpty();
  }

  @Override
  public String toString() {
    if (isVague()) {
      return "?";
    }
    if (min.equals(max)) {
      return String.valueOf(min.getAsInt());
    }
    if (max.isEmpty()) {
      return ">=" + min.getAsInt();
    }
    if (min.isEmpty()) {
      return "<=" + max.getAsInt();
    }
    return min.getAsInt() + "-" + max.getAsInt();
  }
}
