package org.casus.pipeline;

/**
 * Told how long each stage of a document took, as the pipeline runs it: the benchmark sums these
 * to give each stage's exact share of the time, where sampling stacks can only estimate it.
 * Implementations are called from the worker threads at once.
 */
@FunctionalInterface
public interface StageClock {
  /** A clock that keeps nothing. */
  StageClock NONE = (stage, nanos) -> { };

  /** @param stage the stage's name ("clean", "lang", "nlp", "extract", "attribute", "time", "place") */
  void record(String stage, long nanos);
}
