package org.casus.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** How the inputs given to a command are written. */
public enum InputFormat {
  /** Told for each input by its name, then by its first bytes (see {@link #detect}). */
  AUTO,
  /** Plain text (or HTML, told by its file extension or its first tag), one document a file. */
  TEXT,
  /** An HTML page, one document a file. */
  HTML,
  /** JSON Lines, one document a line: {"id","text"|"html","published","url","source"}. */
  JSONL,
  /** A web archive (.warc or .warc.gz): one document per HTML response or resource record. */
  WARC,
  /** An RSS or Atom feed: one document per item, with its link and date. */
  FEED,
  /** A list of URLs, one a line ('#' starts a comment): each page fetched is a document. */
  URLS;

  /**
   * The format of an input by its name first (.jsonl, .warc[.gz], .rss, .atom, .urls, .html),
   * then by its first bytes (a WARC header, a feed root element, an HTML tag); plain text
   * otherwise. {@code head} is the start of the content, already gunzipped if the name ends in
   * .gz (except WARC, whose records are compressed one by one).
   */
  public static InputFormat detect(String name, byte[] head) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".warc") || n.endsWith(".arc")) {
      return WARC;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    if (n.endsWith(".rss") || n.endsWith(".atom")) {
      return FEED;
    }
    if (n.endsWith(".urls")) {
      return URLS;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return HTML;
    }
    return sniff(head);
  }

  /** The format told by the first bytes of a content alone. */
  public static InputFormat sniff(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1);
    if (start.startsWith("\u00EF\u00BB\u00BF")) {
      start = start.substring(3);
    }
    if (start.startsWith("WARC/")) {
      return WARC;
    }
    String lower = start.stripLeading().toLowerCase(Locale.ROOT);
    if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed") || lower.startsWith("<rdf:rdf")) {
      return isFeed(lower) ? FEED : TEXT;
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      return HTML;
    }
    if (lower.startsWith("{\"") || lower.startsWith("{ \"")) {
      return JSONL;
    }
    return TEXT;
  }

  private static boolean isFeed(String lowerHead) {
    String body = lowerHead.replaceAll("<\\?.*?\\?>|<!--.*?-->", "").stripLeading();
    return body.startsWith("<rss") || body.startsWith("<feed") || body.startsWith("<rdf:rdf");
  }
}
