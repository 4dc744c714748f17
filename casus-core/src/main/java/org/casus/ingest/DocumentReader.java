package org.casus.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.casus.model.ContentFormat;
import org.casus.model.Document;

/**
 * Reads documents from files, directories (recursively, in name order), standard input ("-") and
 * URLs, in any {@link InputFormat}: plain text, HTML, JSON Lines, WARC, RSS/Atom feeds, URL lists,
 * each also gzipped. Every input yields documents or {@link IngestResult.Unreadable}s, one per
 * document that could not be read, or one for a container that held none; nothing is skipped
 * silently and nothing is thrown. Thread-safe: it keeps no state between inputs.
 */
public final class DocumentReader {
  /** How long a fetch may wait for a server, by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final int HEAD_BYTES = 4096;

  private final InputFormat format;
  private final Optional<LocalDate> published;
  private final long maxBytes;
  private final PageFetcher fetcher;
  private final boolean followFeedLinks;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param published the publication date of inputs that do not state one
   * @param maxBytes documents larger than this are refused (each record of a WARC or a JSON Lines
   *     file, each page fetched; a whole file otherwise)
   */
  public DocumentReader(InputFormat format, Optional<LocalDate> published, long maxBytes) {
    this(format, published, maxBytes, new PageFetcher(DEFAULT_TIMEOUT, maxBytes), false);
  }

  /**
   * @param fetcher fetches URLs given as inputs, in URL lists, and (with {@code followFeedLinks})
   *     the page of each feed item
   */
  public DocumentReader(InputFormat format, Optional<LocalDate> published, long maxBytes, PageFetcher fetcher,
      boolean followFeedLinks) {
    this.format = format;
    this.published = published;
    this.maxBytes = maxBytes;
    this.fetcher = fetcher;
    this.followFeedLinks = followFeedLinks;
  }

  /** The files an argument stands for: itself, or the regular files below a directory. */
  public static List<Path> expand(Path arg) throws IOException {
    if (!Files.isDirectory(arg)) {
      return List.of(arg);
    }
    try (Stream<Path> s = Files.walk(arg)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  /** All the files of several arguments, expanded. */
  public static List<Path> expandAll(List<Path> args) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path a : args) {
      out.addAll(expand(a));
    }
    return out;
  }

  /**
   * Reads one command-line input: "-" for standard input, an http(s) URL (a page or a feed), a
   * file, or a directory (its files, recursively, in name order).
   */
  public void read(String input, InputStream stdin, Consumer<IngestResult> sink) {
    if (input.equals("-")) {
      readStdin(stdin, sink);
    } else if (PageFetcher.isUrl(input)) {
      readUrl(input, sink);
    } else {
      Path p = Path.of(input);
      try {
        for (Path f : expand(p)) {
          readFile(f, sink);
        }
      } catch (IOException e) {
        sink.accept(new IngestResult.Unreadable(DocumentIds.ofFile(p), input, "cannot list directory: " + e.getMessage()));
      }
    }
  }

  public void readFile(Path file, Consumer<IngestResult> sink) {
    String id = DocumentIds.ofFile(file);
    String source = file.toString();
    Optional<String> url = urlOfPath(source);
    if (url.isPresent() && !Files.exists(file)) {
      readUrl(url.get(), sink);
      return;
    }
    try {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        sink.accept(new IngestResult.Unreadable(id, source, Files.exists(file) ? "cannot read file" : "no such file"));
        return;
      }
      String name = file.getFileName().toString();
      boolean gzipped = name.toLowerCase(Locale.ROOT).endsWith(".gz");
      InputFormat f = format;
      if (f == InputFormat.AUTO) {
        f = InputFormat.detect(name, contentHead(file, gzipped));
      }
      int read = switch (f) {
        case WARC -> readWarc(file, source, sink);
        case JSONL -> {
          try (InputStream in = open(file, gzipped)) {
            yield readJsonLines(in, source, sink);
          }
        }
        default -> {
          long size = Files.size(file);
          if (!gzipped && size > maxBytes) {
            sink.accept(new IngestResult.Unreadable(id, source, "too large: " + size + " bytes, limit " + maxBytes));
            yield 1;
          }
          byte[] bytes;
          try (InputStream in = Files.newInputStream(file)) {
            bytes = gzipped ? ByteLimits.gunzipAtMost(in, maxBytes) : ByteLimits.readAtMost(in, maxBytes);
          }
          yield readBytes(bytes, f, id, source, name, Optional.empty(), sink);
        }
      };
      if (read == 0) {
        sink.accept(new IngestResult.Unreadable(id, source, "no documents in this " + f.name().toLowerCase(Locale.ROOT) + " input"));
      }
    } catch (ByteLimits.TooLargeException e) {
      sink.accept(new IngestResult.Unreadable(id, source, e.getMessage()));
    } catch (IOException e) {
      sink.accept(new IngestResult.Unreadable(id, source, "read error: " + e.getMessage()));
    }
  }

  /**
   * A URL that went through {@link Path#of}, which folds "https://host" into "https:/host": callers
   * that turn every argument into a path still get the page.
   */
  private static Optional<String> urlOfPath(String path) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?):/+([^/].*)$", java.util.regex.Pattern.CASE_INSENSITIVE)
        .matcher(path);
    return m.matches() ? Optional.of(m.group(1) + "://" + m.group(2)) : Optional.empty();
  }

  /** Standard input: any format, told by its first bytes when the format is AUTO. */
  public void readStdin(InputStream stdin, Consumer<IngestResult> sink) {
    try {
      BufferedInputStream in = new BufferedInputStream(stdin, 64 * 1024);
      in.mark(HEAD_BYTES);
      byte[] head = in.readNBytes(HEAD_BYTES);
      in.reset();
      boolean gzipped = ByteLimits.isGzip(head);
      InputFormat f = format;
      if (f == InputFormat.AUTO) {
        f = gzipped ? InputFormat.sniff(gunzippedHead(head)) : InputFormat.sniff(head);
        if (gzipped && f != InputFormat.WARC) {
          byte[] all = ByteLimits.gunzipAtMost(in, maxBytes);
          f = InputFormat.sniff(all);
          readBytes(all, f, "stdin", "stdin", "", Optional.empty(), sink);
          return;
        }
      }
      int read = switch (f) {
        case WARC -> new WarcRecordReader(maxBytes, published).read(in, "stdin", sink);
        case JSONL -> readJsonLines(in, "stdin", sink);
        default -> readBytes(ByteLimits.readAtMost(in, maxBytes), f, "stdin", "stdin", "", Optional.empty(), sink);
      };
      if (read == 0) {
        sink.accept(new IngestResult.Unreadable("stdin", "stdin", "no documents on standard input"));
      }
    } catch (ByteLimits.TooLargeException e) {
      sink.accept(new IngestResult.Unreadable("stdin", "stdin", e.getMessage()));
    } catch (IOException e) {
      sink.accept(new IngestResult.Unreadable("stdin", "stdin", "read error: " + e.getMessage()));
    }
  }

  /** A page or a feed at a URL the user gave. */
  public void readUrl(String url, Consumer<IngestResult> sink) {
    String id = DocumentIds.hash(url.strip());
    try {
      PageFetcher.Fetched page = fetcher.fetch(url);
      String type = page.contentType().toLowerCase(Locale.ROOT);
      InputFormat f = type.contains("rss") || type.contains("atom") ? InputFormat.FEED
          : type.startsWith("text/plain") ? InputFormat.TEXT
          : InputFormat.sniff(page.body()) == InputFormat.FEED ? InputFormat.FEED : InputFormat.HTML;
      if (readBytes(page.body(), f, id, url.strip(), "", page.charset(), sink) == 0) {
        sink.accept(new IngestResult.Unreadable(id, url, "no documents at this URL"));
      }
    } catch (PageFetcher.FetchException e) {
      sink.accept(new IngestResult.Unreadable(id, url, e.getMessage()));
    }
  }

  /** A whole input in memory: one document, a feed's items, or a URL list's pages. */
  private int readBytes(byte[] bytes, InputFormat f, String id, String source, String name, Optional<String> charset,
      Consumer<IngestResult> sink) {
    if (f == InputFormat.WARC) {
      return new WarcRecordReader(maxBytes, published).read(new ByteArrayInputStream(bytes), source, sink);
    }
    if (f == InputFormat.JSONL) {
      try {
        return readJsonLines(new ByteArrayInputStream(bytes), source, sink);
      } catch (IOException e) {
        sink.accept(new IngestResult.Unreadable(id, source, "read error: " + e.getMessage()));
        return 1;
      }
    }
    String text;
    try {
      text = TextDecoder.decode(bytes, charset).text();
    } catch (TextDecoder.UndecodableException e) {
      sink.accept(new IngestResult.Unreadable(id, source, e.getMessage()));
      return 1;
    }
    if (text.isBlank()) {
      sink.accept(new IngestResult.Unreadable(id, source, "empty document"));
      return 1;
    }
    switch (f) {
      case FEED -> {
        try {
          return new FeedReader(followFeedLinks ? Optional.of(fetcher) : Optional.empty(), published).read(text, source, sink);
        } catch (FeedReader.NotAFeedException e) {
          sink.accept(new IngestResult.Unreadable(id, source, e.getMessage()));
          return 1;
        }
      }
      case URLS -> {
        int n = 0;
        for (String line : text.lines().map(String::strip).toList()) {
          if (!line.isEmpty() && !line.startsWith("#")) {
            readUrl(line, sink);
            n++;
          }
        }
        return n;
      }
      default -> {
        ContentFormat cf = f == InputFormat.HTML ? ContentFormat.HTML : formatOf(name, text);
        Optional<String> url = PageFetcher.isUrl(source) ? Optional.of(source) : Optional.empty();
        String docId = id.equals("stdin") ? DocumentIds.hash(text) : id;
        sink.accept(new IngestResult.Read(new Document(docId, source, url, published, text, cf)));
        return 1;
      }
    }
  }

  private int readWarc(Path file, String source, Consumer<IngestResult> sink) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return new WarcRecordReader(maxBytes, published).read(channel, source, sink);
    }
  }

  private static InputStream open(Path file, boolean gzipped) throws IOException {
    InputStream in = Files.newInputStream(file);
    return gzipped ? new GZIPInputStream(in, 64 * 1024) : in;
  }

  /** The first bytes of a file's content (gunzipped, unless it is a WARC compressed per record). */
  private static byte[] contentHead(Path file, boolean gzipped) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    return ByteLimits.isGzip(head) && !file.getFileName().toString().toLowerCase(Locale.ROOT).contains(".warc")
        ? gunzippedHead(head) : head;
  }

  private static byte[] gunzippedHead(byte[] head) {
    try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(head))) {
      return gz.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      return head; // a head too short to inflate: told by the name, or read and refused later
    }
  }

  private int readJsonLines(InputStream in, String source, Consumer<IngestResult> sink) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
    int n = 0;
    int documents = 0;
    while (true) {
      Optional<String> line;
      try {
        line = boundedLine(r);
      } catch (ByteLimits.TooLargeException e) {
        n++;
        documents++;
        sink.accept(new IngestResult.Unreadable(DocumentIds.hash(source + ":" + n), source + ":" + n, e.getMessage()));
        continue;
      } catch (IOException e) {
        sink.accept(new IngestResult.Unreadable(DocumentIds.hash(source + ":" + (n + 1)), source + ":" + (n + 1),
            "read error: " + e.getMessage()));
        return documents + 1;
      }
      if (line.isEmpty()) {
        return documents;
      }
      n++;
      if (line.get().isBlank()) {
        continue;
      }
      documents++;
      sink.accept(jsonDocument(line.get(), source + ":" + n));
    }
  }

  /** The next line, or empty at the end; a line longer than the limit is consumed and refused. */
  private Optional<String> boundedLine(BufferedReader r) throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean over = false;
    int c;
    boolean any = false;
    while ((c = r.read()) >= 0) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (!over) {
        sb.append((char) c);
        over = sb.length() > maxBytes;
        if (over) {
          sb.setLength(0);
        }
      }
    }
    if (over) {
      throw new ByteLimits.TooLargeException(maxBytes);
    }
    return any ? Optional.of(sb.toString()) : Optional.empty();
  }

  private IngestResult jsonDocument(String line, String where) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (IOException e) {
      return new IngestResult.Unreadable(DocumentIds.hash(line), where, "malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (!node.isObject()) {
      return new IngestResult.Unreadable(DocumentIds.hash(line), where, "a JSON line must be an object");
    }
    Optional<String> url = text(node, "url");
    Optional<String> html = text(node, "html");
    Optional<String> body = text(node, "text");
    String content = body.or(() -> html).orElse("");
    String id = text(node, "id").orElseGet(() -> DocumentIds.hash(url.orElse(content)));
    String source = text(node, "source").orElse(where);
    if (content.isBlank()) {
      return new IngestResult.Unreadable(id, source, "no \"text\" or \"html\" field");
    }
    Optional<LocalDate> date = published;
    Optional<String> stated = text(node, "published");
    if (stated.isPresent()) {
      try {
        date = Optional.of(LocalDate.parse(stated.get().substring(0, Math.min(10, stated.get().length()))));
      } catch (DateTimeParseException e) {
        return new IngestResult.Unreadable(id, source, "bad published date: " + stated.get());
      }
    }
    ContentFormat f = body.isPresent() ? ContentFormat.TEXT : ContentFormat.HTML;
    return new IngestResult.Read(new Document(id, source, url, date, content, f));
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static ContentFormat formatOf(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".html.gz")) {
      return ContentFormat.HTML;
    }
    String head = text.stripLeading();
    head = head.substring(0, Math.min(200, head.length())).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") ? ContentFormat.HTML : ContentFormat.TEXT;
  }
}
