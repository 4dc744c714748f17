package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.casus.ingest.InputFormat;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

class InputOptionsTest {
  static final class Holder {
    @Mixin InputOptions input;
  }

  private static InputOptions parse(String... args) {
    Holder h = new Holder();
    new CommandLine(h).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
    return h.input;
  }

  @Test
  void theFormatIsToldByDefault() {
    assertEquals(InputFormat.AUTO, parse("a.txt").format);
  }

  @Test
  void everyFormatCanBeNamed() {
    for (String f : List.of("auto", "text", "html", "jsonl", "warc", "feed", "urls")) {
      assertEquals(InputFormat.valueOf(f.toUpperCase()), parse("--input-format", f, "x").format);
    }
  }

  @Test
  void fetchingAndLimitsAreOptions() {
    InputOptions o = parse("--follow-links", "--fetch-timeout", "5", "--max-bytes", "1000", "https://news.example/feed.rss");
    assertTrue(o.followLinks);
    assertEquals(5, o.fetchTimeoutSeconds);
    assertEquals(1000, o.maxBytes);
    assertEquals(List.of(Path.of("https://news.example/feed.rss")), o.paths());
    o.reader(); // builds
  }
}
