package org.casus.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural dependency parser (nndep) run by a loop of our own over its loaded model: the
 * same features, the same transitions and, for every score, the same floating-point operations
 * in the same order, so the same parses. Two things differ. The output layer, which took two
 * thirds of the parser's time as one dot product per transition (a chain of additions each
 * waiting for the last), is computed hidden unit by hidden unit across all transitions at once,
 * which the CPU pipelines. A step where only one transition is legal (a shift at the start of a
 * sentence) is taken without scoring. The result is read as heads and labels, without building a
 * GrammaticalStructure.
 *
 * <p>The model's fields are private in CoreNLP; they are read once, here, by reflection, for the
 * CoreNLP version in the build (4.5.x).
 */
final class NndepPredictor {
  /** A parsed sentence: for each word (0-based), its head (1-based, 0 for the root) and label. */
  record Parse(int[] heads, String[] labels) {}

  /**
   * Cached first-layer slices: 100,000 of 200 floats is 80 MB a language. Parsing 6,900 sentences
   * of varied English news in one pass, after the first thousand, took 3.4 ms a sentence with a
   * cache of 20,000 and 1.9 ms with 100,000 (200,000 gave no more). The bench's default corpus,
   * 27 articles cycled, never fills even the small one.
   */
  private static final int MAX_SLICES = 100_000;
  private static final int SHIFT = 0;
  private static final int LEFT = 1;
  private static final int RIGHT = 2;

  private final ParsingSystem system;
  private final List<String> transitions;
  private final int[] kind;
  private final boolean[] rootLabel;
  private final boolean singleRoot;
  private final DependencyParser parser;
  private final MethodHandle featureArray;
  /**
   * For each (feature, position) key, 1 + its row in CoreNLP's precomputed first layer, or 0.
   * CoreNLP keeps it in a HashMap of boxed Integers, a boxing and a hash look-up for each of the 48
   * features of every transition; a dense array over the model's key space (3.7 million keys,
   * 15 MB, for English) is one load, and the parse went 5 to 10 % faster in a one-thread probe.
   */
  private final int[] precomputedRow;
  private final double[][] saved;
  private final float[][] w1;
  private final float[] b1;
  private final float[][] embeddings;
  /** The output weights by hidden unit, then transition: w2[t][k] as a double at [k][t]. */
  private final double[][] w2ByUnit;
  private final int hiddenSize;
  private final int embeddingSize;
  private final int tokenCount;
  /** Whether CoreNLP adds a word's slice of the first layer rounded to float (its cached path). */
  private final boolean floatSlices;
  /** Slices by key, as dense as {@link #precomputedRow}; at most {@link #MAX_SLICES} are filled. */
  private final AtomicReferenceArray<float[]> slices;
  private final AtomicInteger sliceCount = new AtomicInteger();

  @SuppressWarnings("unchecked")
  NndepPredictor(DependencyParser parser) {
    try {
      this.parser = parser;
      this.system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
      this.transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
      String root = (String) field(ParsingSystem.class, "rootLabel").get(system);
      this.singleRoot = field(ArcStandard.class, "singleRoot").getBoolean(system);
      this.kind = new int[transitions.size()];
      this.rootLabel = new boolean[transitions.size()];
      for (int t = 0; t < transitions.size(); t++) {
        String name = transitions.get(t);
        kind[t] = name.startsWith("L") ? LEFT : name.startsWith("R") ? RIGHT : SHIFT;
        rootLabel[t] = kind[t] != SHIFT && name.substring(2, name.length() - 1).equals(root);
      }
      Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      Config config = (Config) field(Classifier.class, "config").get(classifier);
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
      this.saved = (double[][]) field(Classifier.class, "saved").get(classifier);
      this.w1 = classifier.getW1();
      this.b1 = classifier.getb1();
      this.embeddings = classifier.getE();
      this.hiddenSize = config.hiddenSize;
      this.embeddingSize = config.embeddingSize;
      this.tokenCount = Config.numTokens;
      int keys = Math.multiplyExact(embeddings.length, tokenCount);
      this.precomputedRow = new int[keys];
      preMap.forEach((key, row) -> precomputedRow[key] = row + 1);
      this.slices = new AtomicReferenceArray<>(keys);
      this.floatSlices = config.numCached != 0;
      float[][] w2 = classifier.getW2();
      this.w2ByUnit = new double[hiddenSize][w2.length];
      for (int t = 0; t < w2.length; t++) {
        for (int k = 0; k < hiddenSize; k++) {
          w2ByUnit[k][t] = w2[t][k];
        }
      }
      this.featureArray = MethodHandles.privateLookupIn(DependencyParser.class, MethodHandles.lookup())
          .findVirtual(DependencyParser.class, "getFeatureArray",
              MethodType.methodType(int[].class, Configuration.class));
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("this CoreNLP version's nndep parser is not the one casus reads", e);
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /** Parses a tagged sentence (CoreNLP tokens with their POS tags). */
  Parse parse(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    int n = transitions.size();
    boolean[] legal = new boolean[n];
    while (!(c.getStackSize() == 1 && c.getBufferSize() == 0)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      int legalCount = 0;
      int onlyLegal = -1;
      for (int t = 0; t < n; t++) {
        legal[t] = canApply(c, t);
        if (legal[t]) {
          legalCount++;
          onlyLegal = t;
        }
      }
      int best = onlyLegal;
      if (legalCount > 1) {
        double[] scores = scores(features(c));
        double top = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < n; t++) {
          if (scores[t] > top && legal[t]) {
            top = scores[t];
            best = t;
          }
        }
      }
      system.apply(c, transitions.get(best));
    }
    int words = c.getSentenceSize();
    int[] heads = new int[words];
    String[] labels = new String[words];
    for (int k = 1; k <= words; k++) {
      heads[k - 1] = c.getHead(k);
      labels[k - 1] = c.getLabel(k);
    }
    return new Parse(heads, labels);
  }

  /**
   * The first layer's product with one feature's embedding, rounded to float as CoreNLP's cached
   * path rounds it; kept for the words that come back, up to a bound.
   */
  private float[] slice(int key, int feature, int offset) {
    float[] cached = slices.getAcquire(key);
    if (cached != null) {
      return cached;
    }
    float[] embedding = embeddings[feature];
    float[] slice = new float[hiddenSize];
    for (int k = 0; k < hiddenSize; k++) {
      double sum = 0;
      float[] weights = w1[k];
      for (int e = 0; e < embedding.length; e++) {
        sum += weights[offset + e] * embedding[e];
      }
      slice[k] = (float) sum;
    }
    if (sliceCount.get() < MAX_SLICES && slices.compareAndSet(key, null, slice)) {
      sliceCount.incrementAndGet();
    }
    return slice;
  }

  /** ArcStandard's rule for a transition, on its parsed name. */
  private boolean canApply(Configuration c, int t) {
    int k = kind[t];
    if (k != SHIFT) {
      int head = k == LEFT ? c.getStack(0) : c.getStack(1);
      if (head < 0 || head == 0 && !rootLabel[t] || head > 0 && rootLabel[t]) {
        return false;
      }
    }
    int stack = c.getStackSize();
    int buffer = c.getBufferSize();
    if (k == LEFT) {
      return stack > 2;
    }
    if (k == RIGHT) {
      return singleRoot ? stack > 2 || stack == 2 && buffer == 0 : stack >= 2;
    }
    return buffer > 0;
  }

  private int[] features(Configuration c) {
    try {
      return (int[]) featureArray.invokeExact(parser, c);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** Classifier.computeScores, operation for operation, with the output layer by hidden unit. */
  private double[] scores(int[] features) {
    double[] hidden = new double[hiddenSize];
    int offset = 0;
    for (int j = 0; j < features.length; j++, offset += embeddingSize) {
      int row = precomputedRow[features[j] * tokenCount + j];
      if (row != 0) {
        double[] precomputed = saved[row - 1];
        for (int k = 0; k < hiddenSize; k++) {
          hidden[k] += precomputed[k];
        }
        continue;
      }
      if (floatSlices) {
        float[] slice = slice(features[j] * tokenCount + j, features[j], offset);
        for (int k = 0; k < hiddenSize; k++) {
          hidden[k] += slice[k];
        }
        continue;
      }
      float[] embedding = embeddings[features[j]];
      for (int k = 0; k < hiddenSize; k++) {
        double sum = hidden[k];
        float[] weights = w1[k];
        for (int e = 0; e < embedding.length; e++) {
          sum += weights[offset + e] * embedding[e];
        }
        hidden[k] = sum;
      }
    }
    for (int k = 0; k < hiddenSize; k++) {
      hidden[k] += b1[k];
      hidden[k] = hidden[k] * hidden[k] * hidden[k];
    }
    double[] scores = new double[transitions.size()];
    for (int k = 0; k < hiddenSize; k++) {
      double h = hidden[k];
      double[] weights = w2ByUnit[k];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += h * weights[t];
      }
    }
    return scores;
  }
}
