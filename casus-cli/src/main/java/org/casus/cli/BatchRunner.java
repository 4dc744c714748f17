package org.casus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.casus.ingest.DocumentReader;
import org.casus.ingest.IngestResult;
import org.casus.ingest.PageFetcher;
import org.casus.model.Document;
import org.casus.model.DocumentResult;
import org.casus.model.Language;
import org.casus.pipeline.Pipeline;
import org.casus.pipeline.StageClock;

/**
 * Reads every input, runs the pipeline on each document on a pool of threads (the pipeline is
 * shared: its stages are thread-safe) and hands each result on in input order, from the calling
 * thread. At most a few documents per thread are in flight, so memory does not grow with the
 * corpus. A document that runs past the time limit becomes an error record with reason "timeout";
 * an unreadable input becomes an error record too; nothing stops the batch.
 */
final class BatchRunner {
  /** Worker threads are named with this prefix (the bench samples their stacks). */
  static final String THREAD_PREFIX = "casus-batch-";
  private static final int IN_FLIGHT_PER_THREAD = 4;
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final Pipeline pipeline;
  private final int threads;
  private final Duration timeLimit;
  private final StageClock clock;

  BatchRunner(Pipeline pipeline, int threads, Duration timeLimit) {
    this(pipeline, threads, timeLimit, StageClock.NONE);
  }

  /** @param clock told how long each stage of each document took (the bench sums it) */
  BatchRunner(Pipeline pipeline, int threads, Duration timeLimit, StageClock clock) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
    this.timeLimit = timeLimit;
    this.clock = clock;
  }

  /** Runs the inputs that the options name; returns the number of documents that failed. */
  int run(InputOptions options, Consumer<DocumentResult> sink, Progress progress, Optional<Path> output)
      throws IOException {
    DocumentReader reader = options.reader();
    Optional<Language> declared = options.lang == null ? Optional.empty() : Language.fromCode(options.lang);
    Optional<Path> written = output.map(p -> p.toAbsolutePath().normalize());
    List<Path> files = DocumentReader.expandAll(options.paths().stream()
        .filter(p -> !PageFetcher.isUrl(p.toString()) && java.nio.file.Files.exists(p)).toList());
    progress.expect(files.size());
    return run(each -> {
      for (String input : options.inputs) {
        if (input.equals("-") || PageFetcher.isUrl(input) || !java.nio.file.Files.exists(Path.of(input))) {
          reader.read(input, System.in, each);
          continue;
        }
        try {
          for (Path f : DocumentReader.expand(Path.of(input))) {
            // The output file may lie among the inputs: it is never read back.
            if (written.isEmpty() || !f.toAbsolutePath().normalize().equals(written.get())) {
              reader.readFile(f, each);
            }
          }
        } catch (IOException e) {
          each.accept(new IngestResult.Unreadable(input, input, "cannot list directory: " + e.getMessage()));
        }
      }
      if (options.inputs.isEmpty()) {
        reader.readStdin(System.in, each);
      }
    }, declared, sink, progress);
  }

  /**
   * Runs the documents that {@code source} pushes, one by one, and returns the number that failed.
   * {@code sink} and {@code progress} are called from this thread, in the order of the source.
   */
  int run(Consumer<Consumer<IngestResult>> source, Optional<Language> declared, Consumer<DocumentResult> sink,
      Progress progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
    Deque<InFlight> window = new ArrayDeque<>();
    int[] failed = {0};
    Consumer<InFlight> deliver = f -> {
      DocumentResult r = await(f);
      if (r instanceof DocumentResult.Failed) {
        failed[0]++;
      }
      sink.accept(r);
      progress.step();
    };
    try {
      source.accept(r -> {
        window.addLast(submit(pool, r, declared));
        while (window.size() >= threads * IN_FLIGHT_PER_THREAD) {
          deliver.accept(window.removeFirst());
        }
      });
      while (!window.isEmpty()) {
        deliver.accept(window.removeFirst());
      }
    } finally {
      // A worker stuck past its time limit is abandoned: the threads are daemons.
      pool.shutdownNow();
    }
    progress.done();
    return failed[0];
  }

  /** A submitted document: its result to come, and the worker and time it started on. */
  private record InFlight(String id, String source, Future<DocumentResult> result,
      AtomicReference<Thread> worker, AtomicReference<Long> started) {}

  private InFlight submit(ExecutorService pool, IngestResult r, Optional<Language> declared) {
    AtomicReference<Thread> worker = new AtomicReference<>();
    AtomicReference<Long> started = new AtomicReference<>();
    if (r instanceof IngestResult.Unreadable u) {
      return new InFlight(u.id(), u.source(),
          CompletableFuture.completedFuture(new DocumentResult.Failed(u.id(), u.source(), "ingest", u.error())),
          worker, started);
    }
    Document d = ((IngestResult.Read) r).document();
    Future<DocumentResult> result = pool.submit(() -> {
      worker.set(Thread.currentThread());
      started.set(System.nanoTime());
      try {
        return pipeline.process(d, declared, clock);
      } finally {
        worker.set(null);
      }
    });
    return new InFlight(d.id(), d.source(), result, worker, started);
  }

  /** The result of a document, or a timeout record once it has run longer than the limit. */
  private DocumentResult await(InFlight f) {
    while (true) {
      try {
        return f.result().get(POLL_NANOS, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        Long started = f.started().get();
        if (started != null && System.nanoTime() - started > timeLimit.toNanos()) {
          Thread worker = f.worker().get();
          String stage = worker == null ? "pipeline" : StageOfStack.stage(worker.getStackTrace());
          f.result().cancel(true);
          return new DocumentResult.Failed(f.id(), f.source(), stage, "timeout");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        f.result().cancel(true);
        return new DocumentResult.Failed(f.id(), f.source(), "pipeline", "interrupted");
      } catch (ExecutionException | CancellationException e) {
        // Pipeline.process turns failures into records; this is an Error it does not catch.
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new DocumentResult.Failed(f.id(), f.source(), "pipeline", cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
      }
    }
  }

  private static ThreadFactory workers() {
    AtomicInteger n = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, THREAD_PREFIX + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
