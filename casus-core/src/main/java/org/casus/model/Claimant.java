package org.casus.model;

import java.util.Optional;

/**
 * Who claims a fact: a canonical name, a kind, and the side (state alpha-3 or group name) it belongs to.
 */
public record Claimant(String name, ClaimantKind kind, Optional<String> side) {
  /** The article's own voice. */
  public static Claimant article() {
    return new Claimant("article", ClaimantKind.UNATTRIBUTED, Optional.empty());
  }
}
