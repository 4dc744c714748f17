package org.casus.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A gold fact and the pipeline fact matched to it. */
public record MatchedPair(ObjectNode gold, ObjectNode predicted) {}
