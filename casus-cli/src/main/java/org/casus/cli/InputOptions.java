package org.casus.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.ingest.InputFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs a command reads, shared by the commands that run the pipeline. */
final class InputOptions {
  @Parameters(paramLabel = "INPUT", description = "Files or directories to read; '-' or nothing for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--input-format", description = "text (plain text or HTML by extension) or jsonl. Default: ${DEFAULT-VALUE}.")
  InputFormat format = InputFormat.TEXT;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of inputs that do not state one.")
  LocalDate published;

  @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the inputs, instead of identifying it.")
  String lang;

  @Option(names = "--max-bytes", description = "Refuse documents larger than this. Default: ${DEFAULT-VALUE}.")
  long maxBytes = 20_000_000L;

  Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  List<Path> paths() {
    return inputs.stream().filter(s -> !s.equals("-")).map(Path::of).toList();
  }

  boolean readsStdin() {
    return inputs.isEmpty() || inputs.contains("-");
  }
}
