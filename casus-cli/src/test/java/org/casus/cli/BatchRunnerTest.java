package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.casus.clean.BoilerplatePatterns;
import org.casus.clean.PlainTextCleaner;
import org.casus.ingest.IngestResult;
import org.casus.model.AnnotatedText;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.casus.model.DocumentResult;
import org.casus.model.Language;
import org.casus.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** The batch loop on a pipeline whose NLP stage only waits as long as each document says. */
class BatchRunnerTest {
  private final Map<String, Thread> workers = new ConcurrentHashMap<>();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger mostAtOnce = new AtomicInteger();

  private final Pipeline waiting = new Pipeline(
      Map.of(ContentFormat.TEXT, new PlainTextCleaner(BoilerplatePatterns.load())),
      text -> "fr",
      (clean, language) -> {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        workers.put(clean.document().id(), Thread.currentThread());
        try {
          Thread.sleep(Long.parseLong(clean.text().strip().split(" ")[1]));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          running.decrementAndGet();
        }
        return new AnnotatedText(clean, language, List.of());
      },
      List.of(), (text, facts) -> facts, (text, facts) -> facts, (text, facts) -> facts);

  private static IngestResult.Read doc(String id, long millis) {
    return new IngestResult.Read(Document.text(id, id + ".txt", "wait " + millis + " ms.", Optional.empty()));
  }

  @Test
  void resultsComeInInputOrderWhateverOrderTheyFinishIn() {
    List<String> ids = new ArrayList<>();
    int failed = new BatchRunner(waiting, 3, Duration.ofSeconds(30)).run(each -> {
      for (int i = 0; i < 12; i++) {
        each.accept(doc("d" + i, (12 - i) * 15L));
      }
    }, Optional.empty(), r -> ids.add(r.id()), Progress.silent());

    assertEquals(0, failed);
    assertEquals(List.of("d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10", "d11"), ids);
    assertEquals(3, mostAtOnce.get(), "documents run on every thread at once");
    assertEquals(3, workers.values().stream().distinct().count());
  }

  @Test
  void aDocumentPastTheTimeLimitBecomesATimeoutRecordAndTheBatchGoesOn() {
    List<DocumentResult> results = new ArrayList<>();
    int failed = new BatchRunner(waiting, 2, Duration.ofMillis(300)).run(each -> {
      each.accept(doc("quick", 10));
      each.accept(doc("stuck", 60_000));
      each.accept(doc("after", 10));
    }, Optional.empty(), results::add, Progress.silent());

    assertEquals(1, failed);
    assertEquals(List.of("quick", "stuck", "after"), results.stream().map(DocumentResult::id).toList());
    DocumentResult.Failed stuck = assertInstanceOf(DocumentResult.Failed.class, results.get(1));
    assertEquals("timeout", stuck.error());
    // The stage is read from the worker's stack: the package of the code running, here this test's own.
    assertEquals("cli", stuck.stage());
    assertInstanceOf(DocumentResult.Extracted.class, results.get(2));
  }

  @Test
  void anUnreadableInputIsAnErrorRecordInItsPlace() {
    List<DocumentResult> results = new ArrayList<>();
    int failed = new BatchRunner(waiting, 2, Duration.ofSeconds(30)).run(each -> {
      each.accept(doc("a", 30));
      each.accept(new IngestResult.Unreadable("b", "b.txt", "binary content"));
      each.accept(doc("c", 1));
    }, Optional.of(Language.FR), results::add, Progress.silent());

    assertEquals(1, failed);
    assertEquals(List.of("a", "b", "c"), results.stream().map(DocumentResult::id).toList());
    assertEquals("ingest", ((DocumentResult.Failed) results.get(1)).stage());
  }
}
