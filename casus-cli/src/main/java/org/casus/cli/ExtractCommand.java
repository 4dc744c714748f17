package org.casus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casus.contract.ContractJson;
import org.casus.model.DocumentResult;
import org.casus.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** casus extract: facts of each document, as JSON Lines or a table. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
        "Extracts sourced facts from each document and writes one JSON object per document (JSON Lines).",
        "Exit code 0 when every document went through, 1 when some failed (their error records are in",
        "the output), 2 on a usage error."})
final class ExtractCommand implements Callable<Integer> {
  /** What the extract command writes. */
  enum OutputFormat {
    json,
    table
  }

  @Mixin InputOptions input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--format", description = "json (JSON Lines, the contract) or table (for a person). Default: ${DEFAULT-VALUE}.")
  OutputFormat format = OutputFormat.json;

  @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
  boolean quiet;

  @Option(names = "--full-annotation",
      description = "Give every sentence the full annotation (POS, entities, dependencies), not only those that can carry a fact.")
  boolean fullAnnotation;

  @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once. Default: the available processors (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--time-limit", paramLabel = "SECONDS",
      description = "A document still running after this becomes an error record (reason timeout). Default: ${DEFAULT-VALUE}.")
  long timeLimitSeconds = 120;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    var pipeline = StandardPipeline.build(!fullAnnotation);
    OutputStream out = output == null ? System.out : Files.newOutputStream(output);
    boolean showProgress = !quiet && (output != null || input.paths().size() > 1);
    try (PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8)) {
      TableWriter table = new TableWriter(ps);
      int failed = new BatchRunner(pipeline, threads, java.time.Duration.ofSeconds(timeLimitSeconds)).run(input, result -> {
        if (format == OutputFormat.table) {
          table.write(result);
        } else {
          ps.println(ContractJson.document(result).toString());
        }
        if (result instanceof DocumentResult.Failed f) {
          System.err.println("casus: " + f.source() + ": " + f.stage() + ": " + f.error());
        }
        ps.flush();
      }, new Progress(System.err, showProgress), java.util.Optional.ofNullable(output));
      if (!quiet && format == OutputFormat.table) {
        ps.printf("(%.1f s, models loaded and run)%n", (System.nanoTime() - start) / 1e9);
      }
      return failed == 0 ? 0 : Casus.SOME_FAILED;
    }
  }
}
