package org.casus.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.casus.model.ContentFormat;
import org.casus.model.Document;

/**
 * Reads documents from files, directories (recursively, in name order), and standard input ("-").
 * Every input yields a document or an {@link IngestResult.Unreadable}; none is skipped silently.
 */
public final class DocumentReader {
  private final InputFormat format;
  private final Optional<LocalDate> published;
  private final long maxBytes;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param published the publication date of plain-text inputs that do not state one
   * @param maxBytes documents larger than this are refused
   */
  public DocumentReader(InputFormat format, Optional<LocalDate> published, long maxBytes) {
    this.format = format;
    this.published = published;
    this.maxBytes = maxBytes;
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

  public void readFile(Path file, Consumer<IngestResult> sink) {
    String id = DocumentIds.ofFile(file);
    try {
      if (!Files.isReadable(file)) {
        sink.accept(new IngestResult.Unreadable(id, file.toString(), "cannot read file"));
        return;
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        sink.accept(new IngestResult.Unreadable(id, file.toString(), "too large: " + size + " bytes, limit " + maxBytes));
        return;
      }
      if (format == InputFormat.JSONL) {
        try (InputStream in = Files.newInputStream(file)) {
          readJsonLines(in, file.toString(), sink);
        }
        return;
      }
      String text = TextDecoder.decode(Files.readAllBytes(file));
      if (text.isBlank()) {
        sink.accept(new IngestResult.Unreadable(id, file.toString(), "empty document"));
        return;
      }
      sink.accept(new IngestResult.Read(new Document(id, file.toString(), Optional.empty(), published, text,
          formatOf(file.getFileName().toString(), text))));
    } catch (IOException e) {
      sink.accept(new IngestResult.Unreadable(id, file.toString(), "read error: " + e.getMessage()));
    } catch (TextDecoder.UndecodableException e) {
      sink.accept(new IngestResult.Unreadable(id, file.toString(), e.getMessage()));
    }
  }

  /** Standard input: one plain-text document, or JSON Lines. */
  public void readStdin(InputStream in, Consumer<IngestResult> sink) {
    try {
      if (format == InputFormat.JSONL) {
        readJsonLines(in, "stdin", sink);
        return;
      }
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      String text = TextDecoder.decode(bytes);
      String id = DocumentIds.hash(text);
      if (bytes.length > maxBytes) {
        sink.accept(new IngestResult.Unreadable(id, "stdin", "too large: over " + maxBytes + " bytes"));
      } else if (text.isBlank()) {
        sink.accept(new IngestResult.Unreadable("stdin", "stdin", "empty document"));
      } else {
        sink.accept(new IngestResult.Read(new Document(id, "stdin", Optional.empty(), published, text,
            formatOf("", text))));
      }
    } catch (IOException e) {
      sink.accept(new IngestResult.Unreadable("stdin", "stdin", "read error: " + e.getMessage()));
    } catch (TextDecoder.UndecodableException e) {
      sink.accept(new IngestResult.Unreadable("stdin", "stdin", e.getMessage()));
    }
  }

  private void readJsonLines(InputStream in, String source, Consumer<IngestResult> sink) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      sink.accept(jsonDocument(line, source + ":" + n));
    }
  }

  private IngestResult jsonDocument(String line, String where) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (IOException e) {
      return new IngestResult.Unreadable(DocumentIds.hash(line), where, "malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
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
    if (content.length() > maxBytes) {
      return new IngestResult.Unreadable(id, source, "too large: " + content.length() + " characters");
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
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return ContentFormat.HTML;
    }
    String head = text.stripLeading();
    head = head.substring(0, Math.min(200, head.length())).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") ? ContentFormat.HTML : ContentFormat.TEXT;
  }

  /** All the files of several arguments, expanded. */
  public static List<Path> expandAll(List<Path> args) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path a : args) {
      out.addAll(expand(a));
    }
    return out;
  }
}
