package org.casus.cli;

/**
 * Names the pipeline stage a worker thread is in from its stack: the package of the first casus
 * frame called from {@code Pipeline.process} ("nlp", "extract", "place", ...), and for the NLP the
 * pass ("nlp:cheap", "nlp:select", "nlp:full"). Reading stacks needs no probe in the core.
 */
final class StageOfStack {
  private static final String PROCESS_CLASS = "org.casus.pipeline.Pipeline";
  private static final String NLP_ANNOTATOR = "org.casus.nlp.CoreNlpAnnotator";

  private StageOfStack() {}

  /** The stage, "pipeline" inside Pipeline.process itself, or "idle" outside it. */
  static String stage(StackTraceElement[] stack) {
    int process = -1;
    for (int i = 0; i < stack.length; i++) {
      if (stack[i].getClassName().equals(PROCESS_CLASS) && stack[i].getMethodName().equals("process")) {
        process = i;
        break;
      }
    }
    if (process < 0) {
      return "idle";
    }
    for (int i = process - 1; i >= 0; i--) {
      String c = stack[i].getClassName();
      if (c.startsWith("org.casus.") && !c.startsWith("org.casus.pipeline.")) {
        String stage = c.substring("org.casus.".length(), c.indexOf('.', "org.casus.".length()));
        return stage.equals("nlp") ? nlpPass(stack, i) : stage;
      }
    }
    return "pipeline";
  }

  /** The CoreNLP annotator running under a pass, as "/POSTagger", "/NERCombiner", ... */
  private static String coreNlpAnnotator(StackTraceElement[] stack, int from) {
    for (int i = from; i >= 0; i--) {
      String c = stack[i].getClassName();
      // SentenceAnnotator is the base class whose annotate() calls the concrete annotator.
      if (c.startsWith("edu.stanford.nlp.pipeline.") && c.endsWith("Annotator")
          && !c.equals("edu.stanford.nlp.pipeline.SentenceAnnotator")) {
        return "/" + c.substring("edu.stanford.nlp.pipeline.".length(), c.length() - "Annotator".length());
      }
    }
    return "";
  }

  private static String nlpPass(StackTraceElement[] stack, int from) {
    for (int i = from; i >= 0; i--) {
      String c = stack[i].getClassName();
      if (c.equals(NLP_ANNOTATOR) && stack[i].getMethodName().equals("parse")) {
        return "nlp:full" + coreNlpAnnotator(stack, i);
      }
      if (c.equals(NLP_ANNOTATOR) && stack[i].getMethodName().equals("split")) {
        return "nlp:cheap";
      }
      if (c.equals("org.casus.nlp.SentenceSelector")) {
        return "nlp:select";
      }
    }
    return "nlp";
  }
}
