package org.casus.clean.html;

/**
 * How aggressively one attempt at a page sets furniture aside. Later passes trust page names less,
 * for the pages whose article wrapper is itself named like furniture.
 */
enum ExtractionPass {
  STRICT(true, true, true),
  KEEP_UNLIKELY(false, true, true),
  IGNORE_CLASS_NAMES(false, false, true),
  KEEP_EVERYTHING_NESTED(false, false, false);

  final boolean removeUnlikely;
  final boolean weighClasses;
  final boolean cleanConditionally;

  ExtractionPass(boolean removeUnlikely, boolean weighClasses, boolean cleanConditionally) {
    this.removeUnlikely = removeUnlikely;
    this.weighClasses = weighClasses;
    this.cleanConditionally = cleanConditionally;
  }
}
