package org.casus.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One input document as it was read: its raw content and what the source said about it.
 *
 * @param id stable identifier (given, or derived from the URL or a content hash)
 * @param source where it was read from (a path, "stdin", a feed URL)
 * @param content the text or markup as read
 */
public record Document(
    String id,
    String source,
    Optional<String> url,
    Optional<LocalDate> published,
    String content,
    ContentFormat format) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
  }

  public static Document text(String id, String source, String text, Optional<LocalDate> published) {
    return new Document(id, source, Optional.empty(), published, text, ContentFormat.TEXT);
  }

  public Document withPublished(Optional<LocalDate> date) {
    return new Document(id, source, url, date, content, format);
  }
}
