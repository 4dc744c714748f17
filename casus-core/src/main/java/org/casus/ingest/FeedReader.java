package org.casus.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.casus.model.ContentFormat;
import org.casus.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads an RSS or Atom feed (Rome): each item becomes a document dated by the item, with its
 * link as URL and the feed as source. The item's text is its full content when the feed carries
 * it, else its summary; with {@code followLinks}, the linked page is fetched instead and the
 * item's date and link kept.
 */
final class FeedReader {
  private final Optional<PageFetcher> fetcher;
  private final Optional<LocalDate> published;

  /** @param fetcher present to fetch each item's page */
  FeedReader(Optional<PageFetcher> fetcher, Optional<LocalDate> published) {
    this.fetcher = fetcher;
    this.published = published;
  }

  /** Not a feed, or one Rome cannot parse. */
  static final class NotAFeedException extends Exception {
    NotAFeedException(String message) {
      super(message);
    }
  }

  /** @return how many items were read (as documents or error records) */
  int read(String xml, String source, Consumer<IngestResult> sink) throws NotAFeedException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false); // no external entities from a feed
      feed = input.build(new StringReader(stripBom(xml)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new NotAFeedException("not a readable RSS or Atom feed: " + firstLine(e.getMessage()));
    }
    List<SyndEntry> entries = feed.getEntries();
    for (SyndEntry entry : entries) {
      sink.accept(item(entry, source));
    }
    return entries.size();
  }

  private IngestResult item(SyndEntry entry, String source) {
    Optional<String> link = nonBlank(entry.getLink()).or(() -> nonBlank(entry.getUri()));
    String title = nonBlank(entry.getTitle()).map(t -> Jsoup.parse(t).text()).orElse("");
    String body = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
        .findFirst().orElseGet(() -> entry.getDescription() == null || entry.getDescription().getValue() == null
            ? "" : entry.getDescription().getValue());
    String id = DocumentIds.hash(link.orElse(title + "\n" + body));
    Optional<LocalDate> date = dateOf(entry).or(() -> published);
    if (fetcher.isPresent() && link.isPresent() && PageFetcher.isUrl(link.get())) {
      try {
        PageFetcher.Fetched page = fetcher.get().fetch(link.get());
        TextDecoder.Decoded text = TextDecoder.decode(page.body(), page.charset());
        ContentFormat f = page.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/plain") ? ContentFormat.TEXT : ContentFormat.HTML;
        return new IngestResult.Read(new Document(id, source, link, date, text.text(), f));
      } catch (PageFetcher.FetchException | TextDecoder.UndecodableException e) {
        return new IngestResult.Unreadable(id, link.get(), e.getMessage());
      }
    }
    String text = (title.isEmpty() ? "" : title + "\n\n") + plainText(body);
    if (text.isBlank()) {
      return new IngestResult.Unreadable(id, source, "feed item without title or text");
    }
    return new IngestResult.Read(new Document(id, source, link, date, text, ContentFormat.TEXT));
  }

  private static Optional<LocalDate> dateOf(SyndEntry entry) {
    Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return d == null ? Optional.empty() : Optional.of(d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /**
   * The text of an item's markup, a paragraph a line: items hold a fragment of an article (a
   * summary, or the article's own paragraphs), not a page with furniture, so it needs no main
   * text extraction.
   */
  static String plainText(String markup) {
    if (markup.indexOf('<') < 0) {
      return Jsoup.parse(markup).text();
    }
    Element body = Jsoup.parseBodyFragment(markup).body();
    StringBuilder out = new StringBuilder();
    for (Element e : body.select("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption")) {
      if (e.select("p, li, blockquote").stream().anyMatch(inner -> inner != e)) {
        continue; // its paragraphs are read one by one
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        out.append(t).append("\n\n");
      }
    }
    if (out.length() == 0) {
      return body.text();
    }
    return out.toString().strip();
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
