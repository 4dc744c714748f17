package org.casus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.casus.contract.ContractJson;
import org.casus.ingest.DocumentReader;
import org.casus.ingest.IngestResult;
import org.casus.model.DocumentResult;
import org.casus.model.Language;
import org.casus.pipeline.Pipeline;
import org.casus.pipeline.StandardPipeline;
import org.casus.store.ContentHash;
import org.casus.store.FactStore;
import org.casus.store.IncidentLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * casus ingest: runs the pipeline over documents and stores each with its facts, one transaction per
 * document keyed by its content hash. A run killed at any point resumes on the next: documents
 * already stored are skipped, and the models are not even loaded when nothing is new.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
        "Extracts the facts of each document and stores them, then links facts across documents into incidents.",
        "Re-ingesting a document changes nothing; an interrupted run resumes where it stopped.",
        "Prints one line per document on standard output: stored, skipped (already stored) or failed."})
final class IngestCommand implements Callable<Integer> {
  @Mixin InputOptions input;

  @Option(names = "--db", paramLabel = "FILE|URL", description = "A DuckDB file, or postgresql://user:pass@host:port/db. Default: ${DEFAULT-VALUE}.")
  String db = "casus.duckdb";

  @Option(names = "--gold", paramLabel = "DIR", description = "Also ingest the input of every gold file (*.json) in DIR, dated by its 'published'.")
  List<Path> gold = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
  boolean quiet;

  private Pipeline pipeline;
  private int stored;
  private int skipped;
  private int failed;

  @Override
  public Integer call() throws IOException, SQLException {
    Optional<Language> declared = input.lang == null ? Optional.empty() : Language.fromCode(input.lang);
    List<Runnable> work = new ArrayList<>();
    try (FactStore store = FactStore.open(db)) {
      Consumer<IngestResult> each = r -> ingest(store, r, declared);
      DocumentReader reader = new DocumentReader(input.format, input.publishedDate(), input.maxBytes);
      for (Path f : DocumentReader.expandAll(input.paths())) {
        work.add(() -> reader.readFile(f, each));
      }
      for (Path dir : gold) {
        for (Path g : DocumentReader.expand(dir)) {
          if (g.getFileName().toString().endsWith(".json")) {
            goldInput(g).ifPresent(w -> work.add(() -> w.reader().readFile(w.file(), each)));
          }
        }
      }
      if (input.readsStdin() && input.paths().isEmpty() && gold.isEmpty()) {
        work.add(() -> reader.readStdin(System.in, each));
      }
      Progress progress = new Progress(System.err, !quiet);
      progress.expect(work.size());
      for (Runnable w : work) {
        w.run();
        progress.step();
      }
      progress.done();
      int incidents = store.relink(new IncidentLinker());
      System.err.printf("casus: %d stored, %d already stored, %d failed; %d incidents in %s%n",
          stored, skipped, failed, incidents, db);
    }
    return failed == 0 ? 0 : Casus.SOME_FAILED;
  }

  private void ingest(FactStore store, IngestResult r, Optional<Language> declared) {
    if (r instanceof IngestResult.Unreadable u) {
      failed++;
      System.out.println("failed\t" + u.id() + "\tingest: " + u.error());
      return;
    }
    var document = ((IngestResult.Read) r).document();
    try {
      if (store.contains(ContentHash.of(document.content()))) {
        skipped++;
        System.out.println("skipped\t" + document.id());
        return;
      }
      DocumentResult result = pipeline().process(document, declared);
      store.save(document, result);
      if (result instanceof DocumentResult.Failed f) {
        failed++;
        System.out.println("failed\t" + document.id() + "\t" + f.stage() + ": " + f.error());
      } else {
        stored++;
        System.out.println("stored\t" + document.id() + "\t" + ((DocumentResult.Extracted) result).facts().size() + " facts");
      }
      System.out.flush();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store " + document.id() + " in " + db + ": " + e.getMessage(), e);
    }
  }

  /** The models load only when a document is new. */
  private Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = StandardPipeline.build();
    }
    return pipeline;
  }

  private record GoldInput(Path file, DocumentReader reader) {}

  private Optional<GoldInput> goldInput(Path goldFile) throws IOException {
    JsonNode g = ContractJson.mapper().readTree(Files.readString(goldFile));
    if (!g.hasNonNull("input")) {
      return Optional.empty();
    }
    Path file = goldFile.getParent().resolve(g.get("input").asText()).normalize();
    Optional<LocalDate> published = g.hasNonNull("published")
        ? Optional.of(LocalDate.parse(g.get("published").asText())) : input.publishedDate();
    return Optional.of(new GoldInput(file, new DocumentReader(input.format, published, input.maxBytes)));
  }
}
