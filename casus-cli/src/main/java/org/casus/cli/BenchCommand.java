package org.casus.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.casus.contract.ContractJson;
import org.casus.eval.GoldDocument;
import org.casus.eval.GoldSet;
import org.casus.ingest.DocumentReader;
import org.casus.ingest.IngestResult;
import org.casus.ingest.TextDecoder;
import org.casus.model.AnnotatedText;
import org.casus.model.CleanText;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.casus.model.DocumentResult;
import org.casus.model.Language;
import org.casus.model.Sentence;
import org.casus.nlp.MultilingualAnnotator;
import org.casus.nlp.SentenceSelector;
import org.casus.pipeline.Pipeline;
import org.casus.pipeline.StageClock;
import org.casus.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * casus bench: throughput of the whole pipeline on a corpus, with three references measured in the
 * same run on the same documents: CoreNLP's cheap annotators alone (the floor), CoreNLP's own
 * pipeline with every annotator on every sentence (the naive way), and casus's full annotation of
 * every sentence (what selection alone gains). Speed is measured here, never in unit tests.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the full pipeline over a corpus (default: the dev gold documents, cycled) after a warm-up and",
        "prints documents/s, sentences/s, tokens/s, the share of time per stage (sampled from the workers'",
        "stacks), peak and live heap, load time, and the same documents through three references: CoreNLP",
        "tokenize+ssplit alone (the floor), CoreNLP's own pipeline with every annotator on every sentence",
        "(the naive way), and casus's full annotation of every sentence (what selection alone gains)."})
final class BenchCommand implements Callable<Integer> {
  @Mixin InputOptions input;

  @Option(names = "--gold", paramLabel = "DIR", description = "Gold folder whose inputs are the default corpus. Default: ${DEFAULT-VALUE}.")
  Path gold = Path.of("../shared/gold/dev");

  @Option(names = "--docs", paramLabel = "N", description = "Documents measured; the corpus is cycled to reach it. Default: ${DEFAULT-VALUE}.")
  int docs = 500;

  // A long-running reader lives in the steady state. In a 10,000-document run the first 1,000
  // documents went at two thirds of the speed of the later ones, while the JIT compiled CoreNLP's
  // and casus's hot paths and the parser's cache filled; after 250 the measured run was still
  // warming, and the references, run after it on code already hot, were not.
  @Option(names = "--warmup", paramLabel = "N", description = "Documents run before measuring, on one thread (CoreNLP needs many to be compiled hot). Default: ${DEFAULT-VALUE}.")
  int warmup = 1000;

  @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once. Default: the available processors (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Per-document time limit. Default: ${DEFAULT-VALUE}.")
  long timeLimitSeconds = 120;

  @Option(names = "--full-annotation", description = "Give every sentence the full annotation in the pipeline too.")
  boolean fullAnnotation;

  @Option(names = "--no-references", description = "Skip the two reference passes.")
  boolean noReferences;

  @Option(names = "--reference-docs", paramLabel = "N",
      description = "The references run on the first N measured documents (kept in memory). Default: ${DEFAULT-VALUE}.")
  int referenceDocs = 500;

  @Option(names = "--heap-every", paramLabel = "N", description = "Print the heap every N documents. Default: ${DEFAULT-VALUE}.")
  int heapEvery = 1000;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON here.")
  Path json;

  @Option(names = "--sample-millis", paramLabel = "MS",
      description = "How often the workers' stacks are sampled for the stage shares; 0 turns sampling off. Default: ${DEFAULT-VALUE}.")
  long sampleMillis = 10;

  @Override
  public Integer call() throws Exception {
    // The corpus first: a wrong path is told before the models take seconds to load.
    Corpus corpus = corpus();
    long loadStart = System.nanoTime();
    MultilingualAnnotator annotator = MultilingualAnnotator.coreNlp(!fullAnnotation);
    Pipeline pipeline = StandardPipeline.build(annotator);
    double buildSeconds = seconds(loadStart);
    Optional<Language> declared = input.lang == null ? Optional.empty() : Language.fromCode(input.lang);

    // Warm-up, on one thread: the first document of each language also loads its models, and the
    // other core is left to the JIT compiler. Warmed up on all threads, the measured run went at
    // 35.5 to 38.1 documents/s in four runs; warmed up on one, at 39.5 and 48.6.
    Map<String, Double> languageLoad = new TreeMap<>();
    corpus.push(warmup, r -> {
      if (r instanceof IngestResult.Read read) {
        long t = System.nanoTime();
        DocumentResult result = pipeline.process(read.document(), declared);
        if (result instanceof DocumentResult.Extracted x) {
          languageLoad.putIfAbsent(x.annotated().language().code(), seconds(t));
        }
      }
    });
    double loadSeconds = buildSeconds + languageLoad.values().stream().mapToDouble(Double::doubleValue).sum();
    System.err.printf(Locale.ROOT, "casus bench: loaded in %.1f s (pipeline %.1f s, languages %s); measuring %d documents on %d threads%n",
        loadSeconds, buildSeconds, languageLoad, docs, threads);

    // The measured run.
    Measured m = new Measured();
    resetPeaks();
    StageSampler sampler = new StageSampler(sampleMillis);
    if (sampleMillis > 0) {
      sampler.start();
    }
    long runStart = System.nanoTime();
    StageTimes times = new StageTimes();
    int failed = new BatchRunner(pipeline, threads, Duration.ofSeconds(timeLimitSeconds), times)
        .run(each -> corpus.push(docs, each), declared, r -> m.add(r, runStart), Progress.silent());
    double runSeconds = seconds(runStart);
    sampler.stop();
    long peak = peakHeap();

    Report report = new Report(m.documents, failed, m.sentences, m.parsed, m.tokens, runSeconds, loadSeconds,
        buildSeconds, languageLoad, sampler.shares(), times.shares(), peak, liveHeap());
    List<Reference> references = new ArrayList<>();
    if (!noReferences && !m.kept.isEmpty()) {
      references.add(reference("floor", "CoreNLP tokenize+ssplit alone", m.kept,
          (a, t) -> a.forLanguage(t.language()).splitOnly(t.clean()), annotator));
      references.add(reference("naive", "CoreNLP's own pipeline, every annotator on every sentence", m.kept,
          (a, t) -> a.forLanguage(t.language()).stockAnnotation(t.clean()), annotator));
      references.add(reference("every_sentence", "casus's full annotation of every sentence, no selection", m.kept,
          (a, t) -> a.forLanguage(t.language()).annotate(t.clean(), SentenceSelector.all()).sentences().size(),
          annotator));
    }
    print(report, references);
    if (json != null) {
      Files.writeString(json, ContractJson.mapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(toJson(report, references)));
    }
    return failed == 0 ? 0 : Casus.SOME_FAILED;
  }

  /** What the measured run saw, accumulated in input order on the calling thread. */
  private final class Measured {
    int documents;
    long sentences;
    long parsed;
    long tokens;
    final List<AnnotatedText> kept = new ArrayList<>();

    void add(DocumentResult r, long runStart) {
      documents++;
      if (r instanceof DocumentResult.Extracted x) {
        for (Sentence s : x.annotated().sentences()) {
          sentences++;
          parsed += s.parsed() ? 1 : 0;
          tokens += s.tokens().size();
        }
        if (kept.size() < referenceDocs) {
          kept.add(x.annotated());
        }
      }
      if (heapEvery > 0 && documents % heapEvery == 0) {
        System.err.printf(Locale.ROOT, "casus bench: %d documents, %.1f docs/s, heap used %s, live after a full GC %s%n",
            documents, documents / seconds(runStart), gb(usedHeap()), gb(liveHeap()));
      }
    }
  }

  /** A reference pass over the kept documents, on as many threads as the pipeline had. */
  private record Reference(String name, String description, int documents, long sentences, double seconds) {
    double docsPerSecond() {
      return documents / seconds;
    }
  }

  private interface Pass {
    int run(MultilingualAnnotator annotator, AnnotatedText text);
  }

  /**
   * Documents each reference runs, on all threads, before it is timed: its first call may load
   * models, and its own code paths (CoreNLP's tokeniser again, its graph building) must be as hot
   * as the pipeline's were.
   */
  private static final int REFERENCE_WARMUP = 100;

  private Reference reference(String name, String description, List<AnnotatedText> texts, Pass pass,
      MultilingualAnnotator annotator) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> warming = new ArrayList<>();
      for (AnnotatedText text : texts.subList(0, Math.min(REFERENCE_WARMUP, texts.size()))) {
        warming.add(pool.submit(() -> pass.run(annotator, text)));
      }
      for (Future<Integer> f : warming) {
        f.get();
      }
      long t = System.nanoTime();
      List<Future<Integer>> done = new ArrayList<>();
      for (AnnotatedText text : texts) {
        done.add(pool.submit(() -> pass.run(annotator, text)));
      }
      long sentences = 0;
      for (Future<Integer> f : done) {
        sentences += f.get();
      }
      return new Reference(name, description, texts.size(), sentences, seconds(t));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * @param shares each stage's share of the workers' sampled stacks, CoreNLP's annotators apart
   * @param timedShares each stage's share of the time the pipeline measured around it
   */
  private record Report(int documents, int failed, long sentences, long parsed, long tokens, double seconds,
      double loadSeconds, double buildSeconds, Map<String, Double> languageLoad, Map<String, Double> shares,
      Map<String, Double> timedShares, long peakHeap, long liveHeap) {
    double docsPerSecond() {
      return documents / seconds;
    }

    /** Everything but CoreNLP and the selection around it, by the sampled stacks. */
    double sampledExtractionShare() {
      return shares.entrySet().stream().filter(e -> !e.getKey().startsWith("nlp")).mapToDouble(Map.Entry::getValue).sum();
    }

    /** Everything but the NLP stage, timed. */
    double extractionShare() {
      return timedShares.entrySet().stream().filter(e -> !e.getKey().equals("nlp")).mapToDouble(Map.Entry::getValue)
          .sum();
    }
  }

  /** The time of each stage, summed over the documents and the worker threads. */
  private static final class StageTimes implements StageClock {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    @Override
    public void record(String stage, long elapsed) {
      nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsed);
    }

    Map<String, Double> shares() {
      double total = nanos.values().stream().mapToLong(LongAdder::sum).sum();
      Map<String, Double> out = new TreeMap<>();
      nanos.forEach((k, v) -> out.put(k, v.sum() / Math.max(1, total)));
      return out;
    }
  }

  private void print(Report r, List<Reference> references) {
    var out = System.out;
    out.printf(Locale.ROOT, "documents        %d (%d failed), %d threads, %s annotation%n", r.documents(), r.failed(),
        threads, fullAnnotation ? "full" : "selective");
    out.printf(Locale.ROOT, "time             %.1f s%n", r.seconds());
    out.printf(Locale.ROOT, "documents/s      %.2f%n", r.docsPerSecond());
    out.printf(Locale.ROOT, "sentences/s      %.1f (%.1f %% of %d sentences fully annotated)%n", r.sentences() / r.seconds(),
        100.0 * r.parsed() / Math.max(1, r.sentences()), r.sentences());
    out.printf(Locale.ROOT, "tokens/s         %.0f%n", r.tokens() / r.seconds());
    out.printf(Locale.ROOT, "load             %.1f s (pipeline and resources %.1f s, first document per language %s)%n",
        r.loadSeconds(), r.buildSeconds(), r.languageLoad());
    out.printf(Locale.ROOT, "heap             peak %s, live after a full GC %s%n", gb(r.peakHeap()), gb(r.liveHeap()));
    out.printf(Locale.ROOT, "stages timed     %s%n", percentages(r.timedShares()));
    out.printf(Locale.ROOT, "stages sampled   %s%n", percentages(r.shares()));
    out.printf(Locale.ROOT, "extraction share %.1f %% timed (every stage but nlp), %.1f %% by sampled stacks%n",
        100 * r.extractionShare(), 100 * r.sampledExtractionShare());
    for (Reference ref : references) {
      out.printf(Locale.ROOT, "%-16s %.2f documents/s (%s, %d documents): pipeline at %.3fx%n", ref.name(),
          ref.docsPerSecond(), ref.description(), ref.documents(), r.docsPerSecond() / ref.docsPerSecond());
    }
  }

  private static String percentages(Map<String, Double> shares) {
    StringBuilder out = new StringBuilder();
    shares.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%s %.1f %%  ", k, 100 * v)));
    return out.toString().strip();
  }

  private ObjectNode toJson(Report r, List<Reference> references) {
    ObjectNode o = ContractJson.mapper().createObjectNode();
    o.put("documents", r.documents()).put("failed", r.failed()).put("threads", threads)
        .put("annotation", fullAnnotation ? "full" : "selective").put("seconds", r.seconds())
        .put("documents_per_second", r.docsPerSecond()).put("sentences_per_second", r.sentences() / r.seconds())
        .put("tokens_per_second", r.tokens() / r.seconds()).put("sentences", r.sentences())
        .put("sentences_fully_annotated", r.parsed()).put("load_seconds", r.loadSeconds())
        .put("peak_heap_bytes", r.peakHeap()).put("live_heap_bytes", r.liveHeap())
        .put("extraction_share", r.extractionShare()).put("extraction_share_sampled", r.sampledExtractionShare());
    ObjectNode shares = o.putObject("stage_shares");
    r.shares().forEach(shares::put);
    ObjectNode timed = o.putObject("stage_shares_timed");
    r.timedShares().forEach(timed::put);
    for (Reference ref : references) {
      o.putObject(ref.name()).put("description", ref.description()).put("documents_per_second", ref.docsPerSecond())
          .put("documents", ref.documents()).put("ratio", r.docsPerSecond() / ref.docsPerSecond());
    }
    return o;
  }

  /** Documents pushed one by one, the corpus cycled as often as needed; nothing read ahead. */
  private interface Corpus {
    void push(int count, Consumer<IngestResult> each);
  }

  private Corpus corpus() throws IOException, TextDecoder.UndecodableException {
    if (input.inputs.isEmpty()) {
      List<Document> documents = new ArrayList<>();
      for (GoldDocument g : GoldSet.load(gold)) {
        String text = TextDecoder.decode(Files.readAllBytes(g.input()));
        documents.add(new Document(g.id(), g.input().toString(), Optional.empty(), Optional.of(g.published()), text,
            ContentFormat.TEXT));
      }
      if (documents.isEmpty()) {
        throw new IllegalArgumentException("no gold documents in " + gold);
      }
      return (count, each) -> {
        for (int i = 0; i < count; i++) {
          Document d = documents.get(i % documents.size());
          each.accept(new IngestResult.Read(new Document(d.id() + "~" + i / documents.size(), d.source(), d.url(),
              d.published(), d.content(), d.format())));
        }
      };
    }
    DocumentReader reader = input.reader();
    List<Path> files = DocumentReader.expandAll(input.paths());
    return (count, each) -> {
      int[] n = {0};
      Consumer<IngestResult> limited = r -> {
        if (n[0] < count) {
          n[0]++;
          each.accept(r);
        }
      };
      do {
        int before = n[0];
        files.forEach(f -> reader.readFile(f, limited));
        if (input.readsStdin() && input.paths().isEmpty()) {
          reader.readStdin(System.in, limited);
          return;
        }
        if (n[0] == before) {
          return;
        }
      } while (n[0] < count);
    };
  }

  /** Which stage the workers are in, every few milliseconds, from their stacks. */
  private static final class StageSampler {
    private final Map<String, Integer> counts = new TreeMap<>();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this::sample, "casus-bench-sampler");
    private final long millis;

    StageSampler(long millis) {
      this.millis = millis;
    }

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      if (thread.isAlive()) {
        thread.join();
      }
    }

    private void sample() {
      while (running) {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
          if (e.getKey().getName().startsWith(BatchRunner.THREAD_PREFIX)) {
            String stage = StageOfStack.stage(e.getValue());
            if (!stage.equals("idle")) {
              counts.merge(stage, 1, Integer::sum);
            }
          }
        }
        try {
          Thread.sleep(millis);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** The share of busy samples per stage (read after stop). */
    Map<String, Double> shares() {
      double total = counts.values().stream().mapToInt(Integer::intValue).sum();
      Map<String, Double> out = new TreeMap<>();
      counts.forEach((k, v) -> out.put(k, v / Math.max(1, total)));
      return out;
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private static long usedHeap() {
    return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  /**
   * The heap in use just after a full collection: the live data, without the garbage. Called once
   * per report line (every --heap-every documents), so its pause hardly counts.
   */
  private static long liveHeap() {
    System.gc();
    return usedHeap();
  }

  private static String gb(long bytes) {
    return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
