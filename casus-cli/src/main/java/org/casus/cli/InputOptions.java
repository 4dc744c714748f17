package org.casus.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casus.ingest.DocumentReader;
import org.casus.ingest.InputFormat;
import org.casus.ingest.PageFetcher;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs a command reads, shared by the commands that run the pipeline. */
final class InputOptions {
  @Parameters(paramLabel = "INPUT", description = {
      "Files, directories (read recursively), http(s) URLs of pages or feeds; '-' or nothing for standard input."})
  List<String> inputs = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT", description = {
      "auto, text, html, jsonl, warc, feed or urls. Default: ${DEFAULT-VALUE}: by file name",
      "(.jsonl, .warc[.gz], .rss/.atom, .urls, .html; a .gz suffix is unpacked) and otherwise by the",
      "first bytes (WARC header, feed root element, HTML tag); plain text if nothing matches."})
  InputFormat format = InputFormat.AUTO;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date of inputs that do not state one.")
  LocalDate published;

  @Option(names = "--lang", paramLabel = "fr|en", description = "Language of the inputs, instead of identifying it.")
  String lang;

  @Option(names = "--max-bytes", description = {
      "Refuse documents larger than this (each record of a WARC or JSON Lines file, each page fetched).",
      "Default: ${DEFAULT-VALUE}."})
  long maxBytes = 20_000_000L;

  @Option(names = "--follow-links", description = "For feeds: fetch each item's page instead of reading the item's own text.")
  boolean followLinks;

  @Option(names = "--fetch-timeout", paramLabel = "SECONDS", description = "How long to wait for a server when fetching a URL. Default: ${DEFAULT-VALUE}.")
  int fetchTimeoutSeconds = 30;

  Optional<LocalDate> publishedDate() {
    return Optional.ofNullable(published);
  }

  /** The reader these options describe. */
  DocumentReader reader() {
    return new DocumentReader(format, publishedDate(), maxBytes,
        new PageFetcher(Duration.ofSeconds(fetchTimeoutSeconds), maxBytes), followLinks);
  }

  /**
   * The inputs other than standard input, as paths. URLs are among them (as paths they lose a
   * slash, which {@link DocumentReader#readFile} restores); {@link DocumentReader#read} takes
   * every input as given.
   */
  List<Path> paths() {
    return inputs.stream().filter(s -> !s.equals("-")).map(Path::of).toList();
  }

  boolean readsStdin() {
    return inputs.isEmpty() || inputs.contains("-");
  }
}
