package org.casus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive (jwarc), compressed per record or not: every successful HTTP response, and
 * every resource record, whose content is HTML or plain text becomes a document identified by its
 * target URL. Requests, metadata, redirects, images and scripts are no documents and are passed
 * over; a record that cannot be read, and a file cut short, are error records, after the
 * documents read before them.
 */
final class WarcRecordReader {
  private final long maxBytes;
  private final Optional<LocalDate> published;

  WarcRecordReader(long maxBytes, Optional<LocalDate> published) {
    this.maxBytes = maxBytes;
    this.published = published;
  }

  /** @return how many records gave a document or an error record */
  int read(ReadableByteChannel channel, String source, Consumer<IngestResult> sink) {
    int n = 0;
    int position = 0;
    try (WarcReader reader = new WarcReader(channel)) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.accept(new IngestResult.Unreadable(DocumentIds.hash(source + "#" + position), source + "#" + position,
              "WARC cut short or corrupt after " + position + " records: " + describe(e)));
          return n + 1;
        }
        if (next.isEmpty()) {
          return n;
        }
        position++;
        Optional<IngestResult> r = document(next.get(), source + "#" + position);
        if (r.isPresent()) {
          sink.accept(r.get());
          n++;
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(new IngestResult.Unreadable(DocumentIds.hash(source), source, "not a readable WARC: " + describe(e)));
      return n + 1;
    }
  }

  int read(InputStream in, String source, Consumer<IngestResult> sink) {
    return read(Channels.newChannel(in), source, sink);
  }

  private Optional<IngestResult> document(WarcRecord record, String where) {
    String url = "";
    try {
      MessageBody body;
      MediaType type;
      if (record instanceof WarcResponse response) {
        url = response.target();
        HttpResponse http = response.http();
        type = http.contentType();
        if (http.status() / 100 != 2 || !isText(type)) {
          return Optional.empty();
        }
        body = http.bodyDecoded();
      } else if (record instanceof WarcResource resource) {
        url = resource.target();
        type = resource.contentType();
        if (!isText(type)) {
          return Optional.empty();
        }
        body = resource.body();
      } else {
        return Optional.empty();
      }
      String id = DocumentIds.hash(url);
      byte[] bytes;
      try (InputStream in = body.stream()) {
        bytes = ByteLimits.readAtMost(in, maxBytes);
      } catch (ByteLimits.TooLargeException e) {
        return Optional.of(new IngestResult.Unreadable(id, url, e.getMessage()));
      }
      TextDecoder.Decoded text = TextDecoder.decode(bytes, Optional.ofNullable(type.parameters().get("charset")));
      if (text.text().isBlank()) {
        return Optional.of(new IngestResult.Unreadable(id, url, "empty document"));
      }
      ContentFormat format = type.subtype().toLowerCase(Locale.ROOT).contains("html") ? ContentFormat.HTML : ContentFormat.TEXT;
      return Optional.of(new IngestResult.Read(new Document(id, url, Optional.of(url), published, text.text(), format)));
    } catch (IOException | RuntimeException e) {
      String src = url.isEmpty() ? where : url;
      return Optional.of(new IngestResult.Unreadable(DocumentIds.hash(src), src, "unreadable WARC record: " + describe(e)));
    } catch (TextDecoder.UndecodableException e) {
      return Optional.of(new IngestResult.Unreadable(DocumentIds.hash(url), url, e.getMessage()));
    }
  }

  private static boolean isText(MediaType type) {
    String t = type.base().toString().toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml") || t.equals("text/plain");
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
  }
}
