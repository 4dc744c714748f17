package org.casus.model;

/** One sourced statement extracted from a document. */
public sealed interface Fact permits Casualties, Materiel, Damage, Event {
  Provenance provenance();

  Fact withProvenance(Provenance p);

  /** The contract's name for this type of fact. */
  String type();

  default Evidence evidence() {
    return provenance().evidence();
  }
}
