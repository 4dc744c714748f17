package org.casus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.casus.ingest.DocumentReader;
import org.casus.ingest.IngestResult;
import org.casus.model.DocumentResult;
import org.casus.model.Language;
import org.casus.pipeline.Pipeline;

/**
 * Reads every input, runs the pipeline on each document and hands each result on in input order.
 * An unreadable input becomes an error result; nothing stops the batch.
 */
final class BatchRunner {
  private final Pipeline pipeline;
  private final InputOptions options;

  BatchRunner(Pipeline pipeline, InputOptions options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  /** Runs the batch; returns the number of documents that failed. */
  int run(Consumer<DocumentResult> sink, Progress progress, Optional<Path> output) throws IOException {
    DocumentReader reader = new DocumentReader(options.format, options.publishedDate(), options.maxBytes);
    Optional<Language> declared = options.lang == null ? Optional.empty() : Language.fromCode(options.lang);
    int[] failed = {0};
    Consumer<IngestResult> each = r -> {
      DocumentResult result = r instanceof IngestResult.Read read
          ? pipeline.process(read.document(), declared)
          : unreadable((IngestResult.Unreadable) r);
      if (result instanceof DocumentResult.Failed) {
        failed[0]++;
      }
      sink.accept(result);
      progress.step();
    };
    Optional<Path> written = output.map(p -> p.toAbsolutePath().normalize());
    List<Path> files = DocumentReader.expandAll(options.paths()).stream()
        .filter(f -> written.isEmpty() || !f.toAbsolutePath().normalize().equals(written.get()))
        .toList();
    progress.expect(files.size());
    for (Path f : files) {
      reader.readFile(f, each);
    }
    if (options.readsStdin() && options.paths().isEmpty()) {
      reader.readStdin(System.in, each);
    }
    progress.done();
    return failed[0];
  }

  private static DocumentResult unreadable(IngestResult.Unreadable u) {
    return new DocumentResult.Failed(u.id(), u.source(), "ingest", u.error());
  }
}
